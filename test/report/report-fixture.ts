import type { BadgeCredential } from '../../src/report/badges.js';
import type { CredentialResult, ModuleResult, ParticipantReport, ReportModel } from '../../src/report/types.js';

/**
 * One hand-made report for the renderer, badge and redaction tests: an
 * ended cohort (spring-2026), a running one (autumn-2026) listed in start
 * order, and a planned one (winter-2027) with nothing recorded. People include
 * non-ASCII names, formula-looking names (`=HYPERLINK("x")`, `@SUM(1)`), a
 * Markdown-breaking name, and a participant who appears in two cohorts.
 * Participants are deliberately out of order.
 */

export const PROGRAM_ID = 'contoso-academy';

function mod(module: string, status: ModuleResult['status'], bestScore: number | null, passedOn: string | null = null): ModuleResult {
  return { module, status, bestScore, attempts: bestScore === null ? 0 : 1, passedOn, passScore: 0.7, overdue: false };
}

function cred(credential: string, status: CredentialResult['status'], earnedOn: string | null = null, expiresOn: string | null = null, missing: string[] = []): CredentialResult {
  return { credential, name: credential === 'foundations-badge' ? 'Low-code Foundations' : 'Automation Practitioner', status, earnedOn, expiresOn, missing };
}

function person(
  cohort: string,
  participant: string,
  name: string,
  email: string,
  extra: Partial<ParticipantReport> = {},
): ParticipantReport {
  return {
    cohort,
    participant,
    name,
    email,
    department: 'Finance',
    group: 'g1',
    left: null,
    attendance: { present: 8, expected: 10, excused: 1, rate: 0.8 },
    modules: [mod('intro', 'passed', 0.9, '2026-03-10'), mod('data-basics', 'passed', 0.8, '2026-04-01')],
    modulesPassed: 2,
    modulesTotal: 2,
    competencies: { 'data-modeling': 1, 'app-building': 1 },
    credentials: [cred('foundations-badge', 'earned', '2026-05-20', '2028-05-20'), cred('automation-pro', 'in-progress', null, null, ['module flows'])],
    capstoneAcceptedOn: null,
    atRisk: false,
    atRiskReasons: [],
    ...extra,
  };
}

export function fixtureReport(): ReportModel {
  return {
    program: { id: PROGRAM_ID, name: 'Contoso *Citizen* Developer Academy' },
    asOf: '2026-11-26',
    cohorts: [
      {
        cohort: 'spring-2026',
        name: 'Spring 2026',
        curriculum: 'foundations',
        start: '2026-03-02',
        end: '2026-06-12',
        state: 'ended',
        participants: 3,
        sessions: { planned: 30, counted: 28, unrecorded: 2 },
        unrecordedSessions: ['spring-2026/g1/check-in/2026-04-07', 'spring-2026/all/demo/2026-04-24'],
        attendanceRate: 0.7666666666666667,
        completionRate: 0.6666666666666666,
        credentialRate: 0.6666666666666666,
        credentialHolders: 2,
        atRisk: 1,
        departmentMix: { Finance: 2, '=Ops': 1 },
        groups: [{ group: 'g1', lead: 'omar-haddad', participants: 3, attendanceRate: 0.7666666666666667 }],
      },
      {
        cohort: 'autumn-2026',
        name: 'Autumn | 2026',
        curriculum: 'foundations',
        start: '2026-09-07',
        end: '2026-12-18',
        state: 'running',
        participants: 3,
        sessions: { planned: 20, counted: 18, unrecorded: 2 },
        unrecordedSessions: ['autumn-2026/g1/check-in/2026-11-17', 'autumn-2026/g2/check-in/2026-11-17'],
        attendanceRate: 0.61234,
        completionRate: null,
        credentialRate: null,
        credentialHolders: 1,
        atRisk: 2,
        departmentMix: { Sales: 2, Finance: 1 },
        groups: [
          { group: 'g2', lead: 'sam-reed', participants: 1, attendanceRate: 0.5 },
          { group: 'g1', lead: 'omar-haddad', participants: 2, attendanceRate: 0.65 },
        ],
      },
      {
        cohort: 'winter-2027',
        name: 'Winter 2027',
        curriculum: 'foundations',
        start: '2027-01-11',
        end: '2027-04-16',
        state: 'planned',
        participants: 0,
        sessions: { planned: 0, counted: 0, unrecorded: 0 },
        unrecordedSessions: [],
        attendanceRate: null,
        completionRate: null,
        credentialRate: null,
        credentialHolders: 0,
        atRisk: 0,
        departmentMix: {},
        groups: [],
      },
    ],
    participants: [
      // autumn first and out of id order on purpose
      person('autumn-2026', 'zoe-sum', '@SUM(1)', 'zoe.sum@contoso.example', {
        department: 'Sales',
        group: 'g2',
        attendance: { present: 5, expected: 10, excused: 0, rate: 0.5 },
        modules: [mod('intro', 'passed', 0.75, '2026-09-20'), mod('data-basics', 'missing', null)],
        modulesPassed: 1,
        credentials: [cred('foundations-badge', 'in-progress', null, null, ['module data-basics', 'attendance 0.5 < 0.75']), cred('automation-pro', 'in-progress', null, null, ['module flows'])],
        atRisk: true,
        atRiskReasons: ['attendance 0.5 < 0.7', 'module data-basics overdue'],
      }),
      person('autumn-2026', 'li-wei', '李伟', 'Li.Wei@Contoso.example', {
        department: 'Sales',
        attendance: { present: 7, expected: 9, excused: 1, rate: 0.7777777777777778 },
        credentials: [cred('foundations-badge', 'earned', '2026-11-02', null), cred('automation-pro', 'in-progress', null, null, ['module flows', 'capstone accepted'])],
      }),
      person('autumn-2026', 'anna-schmidt', 'Anna Schmidt', 'anna.schmidt@contoso.example', {
        attendance: { present: 0, expected: 0, excused: 0, rate: null },
        modules: [mod('intro', 'missing', null), mod('data-basics', 'missing', null)],
        modulesPassed: 0,
        credentials: [cred('foundations-badge', 'in-progress', null, null, ['module intro', 'module data-basics']), cred('automation-pro', 'in-progress', null, null, ['module flows'])],
        atRisk: true,
        atRiskReasons: ['no attendance recorded; mentor Omar Haddad to follow up'],
      }),
      person('spring-2026', 'ines-costa', 'Inês Costa', 'ines.costa@contoso.example', {
        department: '=Ops',
        attendance: { present: 9, expected: 10, excused: 0, rate: 0.9 },
        credentials: [cred('foundations-badge', 'expired', '2026-04-20', '2026-10-20'), cred('automation-pro', 'earned', '2026-06-01', null)],
      }),
      person('spring-2026', 'eve-formula', '=HYPERLINK("x")', 'eve@contoso.example', {
        attendance: { present: 6, expected: 10, excused: 2, rate: 0.6 },
        modules: [mod('intro', 'passed', 0.8, '2026-03-12'), mod('data-basics', 'failed', 0.55)],
        modulesPassed: 1,
        credentials: [cred('foundations-badge', 'in-progress', null, null, ['module data-basics', 'capstone accepted']), cred('automation-pro', 'in-progress', null, null, ['module flows'])],
        atRisk: true,
        atRiskReasons: ['attendance 0.6 < 0.7'],
      }),
      person('spring-2026', 'anna-schmidt', 'Anna Schmidt', 'anna.schmidt@contoso.example', {
        attendance: { present: 8, expected: 10, excused: 0, rate: 0.8 },
      }),
    ],
    modules: [
      { cohort: 'spring-2026', module: 'intro', name: 'Low-code fundamentals', passed: 3, failed: 0, missing: 0, completionRate: 1, averageBestScore: 0.8666666666666667 },
      { cohort: 'spring-2026', module: 'data-basics', name: 'Working with data | safely', passed: 2, failed: 1, missing: 0, completionRate: 0.6666666666666666, averageBestScore: 0.7166666666666667 },
      { cohort: 'autumn-2026', module: 'intro', name: 'Low-code fundamentals', passed: 2, failed: 0, missing: 1, completionRate: 0.6666666666666666, averageBestScore: 0.825 },
    ],
    mentors: [
      { mentor: 'sam-reed', name: 'Sam Reed', tier: 'community', assigned: 3, peakLearners: 3, feedbackAverage: null, feedbackCount: 0 },
      { mentor: 'omar-haddad', name: 'Omar Haddad', tier: 'lead', assigned: 2, peakLearners: 5, feedbackAverage: 4.333333333333333, feedbackCount: 3 },
    ],
    projects: [
      { cohort: 'spring-2026', project: 'invoice-approvals', title: 'Invoice approval flow for Anna Schmidt', status: 'accepted', capstone: true, onTime: true, deliveredOn: '2026-05-29', acceptedOn: '2026-06-02', plannedDays: 10, actualDays: 9, reworkCount: 1, satisfaction: 4.5 },
      { cohort: 'autumn-2026', project: 'travel-requests', title: 'Travel <requests> & *approvals*', status: 'in-progress', capstone: true, onTime: null, deliveredOn: null, acceptedOn: null, plannedDays: 12, actualDays: null, reworkCount: null, satisfaction: null },
      { cohort: 'spring-2026', project: 'asset-tracker', title: 'Asset tracker', status: 'delivered', capstone: false, onTime: false, deliveredOn: '2026-05-15', acceptedOn: null, plannedDays: 5, actualDays: 8, reworkCount: 2, satisfaction: 3 },
    ],
    feedback: {
      peer: { count: 6, average: 4.166666666666667 },
      mentor: { count: 3, average: 4.333333333333333 },
      stakeholder: { count: 0, average: null },
    },
    criteria: [
      { metric: 'attendance_rate', min: 0.8, max: null, value: 0.7996, status: 'missed', perCohort: { 'autumn-2026': 0.61234, 'spring-2026': 0.7666666666666667, 'winter-2027': null } },
      { metric: 'credential_rate', min: 0.6, max: null, value: 0.6666666666666666, status: 'met', perCohort: { 'spring-2026': 0.6666666666666666, 'autumn-2026': null, 'winter-2027': null } },
      { metric: 'mentor_load_max', min: null, max: 8, value: 5, status: 'met', perCohort: { 'spring-2026': 3, 'autumn-2026': 5, 'winter-2027': null } },
      { metric: 'stakeholder_satisfaction_avg', min: 4, max: null, value: null, status: 'n/a', perCohort: {} },
    ],
    byCohort: {
      'spring-2026': {
        feedback: { peer: { count: 4, average: 4.25 }, mentor: { count: 2, average: 4.5 }, stakeholder: { count: 0, average: null } },
        mentors: [
          { mentor: 'omar-haddad', name: 'Omar Haddad', tier: 'lead', assigned: 1, peakLearners: 3, feedbackAverage: 4.5, feedbackCount: 2 },
          { mentor: 'sam-reed', name: 'Sam Reed', tier: 'community', assigned: 3, peakLearners: 3, feedbackAverage: null, feedbackCount: 0 },
        ],
      },
      'autumn-2026': {
        feedback: { peer: { count: 2, average: 4 }, mentor: { count: 1, average: 4 }, stakeholder: { count: 0, average: null } },
        mentors: [{ mentor: 'omar-haddad', name: 'Omar Haddad', tier: 'lead', assigned: 1, peakLearners: 5, feedbackAverage: 4, feedbackCount: 1 }],
      },
      'winter-2027': {
        feedback: { peer: { count: 0, average: null }, mentor: { count: 0, average: null }, stakeholder: { count: 0, average: null } },
        mentors: [],
      },
    },
  };
}

/** Every person of the fixture: id, name, email (mentors have none in the model). */
export const FIXTURE_PEOPLE: Array<{ id: string; name: string; email?: string }> = [
  { id: 'anna-schmidt', name: 'Anna Schmidt', email: 'anna.schmidt@contoso.example' },
  { id: 'ines-costa', name: 'Inês Costa', email: 'ines.costa@contoso.example' },
  { id: 'eve-formula', name: '=HYPERLINK("x")', email: 'eve@contoso.example' },
  { id: 'zoe-sum', name: '@SUM(1)', email: 'zoe.sum@contoso.example' },
  { id: 'li-wei', name: '李伟', email: 'Li.Wei@Contoso.example' },
  { id: 'omar-haddad', name: 'Omar Haddad' },
  { id: 'sam-reed', name: 'Sam Reed' },
];

export const FIXTURE_CREDENTIALS: BadgeCredential[] = [
  {
    id: 'foundations-badge',
    name: 'Low-code Foundations',
    description: 'Builds safe low-code apps on internal data.',
    curriculum: 'foundations',
    criteriaText: 'Pass modules intro and data-basics, attend at least 75% of sessions, and have a capstone project accepted.',
  },
  { id: 'automation-pro', name: 'Automation Practitioner', curriculum: 'foundations', criteriaText: 'Pass module flows.' },
];

export const FIXTURE_BADGES = {
  issuer: { name: 'Contoso Academy', url: 'https://academy.contoso.example', email: 'academy@contoso.example' },
  baseUrl: 'https://academy.contoso.example/badges/',
};
