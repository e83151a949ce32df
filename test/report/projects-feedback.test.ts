import { describe, expect, it } from 'vitest';
import { judge, scoreCriteria } from '../../src/report/criteria.js';
import { peakOf } from '../../src/report/mentor-load.js';
import { fb, proj, report } from './program.js';

describe('projects', () => {
  it('reads the status history: the latest row by date is current, a tie goes to the later row', async () => {
    const unknown = proj('nope', 'proposed', '2026-03-02');
    const { report: r, warnings } = await report(
      {
        projects: [
          proj('wiki', 'delivered', '2026-03-20', { plannedDays: 10, actualDays: 12, reworkCount: 1 }),
          proj('wiki', 'approved', '2026-03-05', { plannedDays: 9 }),
          proj('wiki', 'in-progress', '2026-03-20'),
          proj('wiki', 'delivered', '2026-03-20'),
          proj('expenses', 'in-progress', '2026-03-06', { plannedDays: 10 }),
          proj('expenses', 'delivered', '2026-03-24', { actualDays: 10, satisfaction: 4 }),
          proj('expenses', 'accepted', '2026-03-25'),
          proj('expenses', 'cancelled', '2026-05-01'), // after today: left out
          unknown,
        ],
      },
      '2026-03-31',
    );
    expect(warnings.map((w) => [w.line, w.column, w.message])).toEqual([[unknown.source.line, 'project', 'unknown project "nope"']]);
    const spring = r.projects.filter((p) => p.cohort === 'spring-2026');
    expect(spring).toEqual([
      {
        cohort: 'spring-2026',
        project: 'expenses',
        title: 'Expense flow',
        status: 'accepted',
        capstone: true,
        onTime: true,
        deliveredOn: '2026-03-24',
        acceptedOn: '2026-03-25',
        plannedDays: 10,
        actualDays: 10,
        reworkCount: null,
        satisfaction: 4,
      },
      {
        cohort: 'spring-2026',
        project: 'wiki',
        title: 'Team wiki',
        status: 'delivered',
        capstone: false,
        onTime: false,
        deliveredOn: '2026-03-20',
        acceptedOn: null,
        plannedDays: 10,
        actualDays: 12,
        reworkCount: 1,
        satisfaction: null,
      },
    ]);
    expect(r.projects.find((p) => p.project === 'eve-app')).toMatchObject({ status: 'not recorded', onTime: null });
    expect(r.criteria.find((c) => c.metric === 'on_time_delivery')).toMatchObject({ value: 0.5, status: 'missed', perCohort: { 'spring-2026': 0.5, 'summer-2026': null } });
  });

  it('leaves projects with unknown days out of on-time delivery', async () => {
    const { report: r } = await report({ projects: [proj('wiki', 'delivered', '2026-03-20', { actualDays: 3 })] }, '2026-03-31');
    expect(r.projects.find((p) => p.project === 'wiki')!.onTime).toBeNull();
    expect(r.criteria.find((c) => c.metric === 'on_time_delivery')).toMatchObject({ value: null, status: 'n/a' });
  });
});

describe('feedback', () => {
  it('averages per kind, per mentor and per cohort of the person rated; stakeholder ratings fill a project\'s missing satisfaction', async () => {
    const { report: r } = await report(
      {
        feedback: [
          fb('ben', 'ana', 5, '2026-03-10', 'peer'), // spring runs
          fb('ana', 'ben', 3, '2026-03-10', 'peer'),
          fb('eve', 'ana', 4, '2026-04-20', 'peer'), // only summer runs
          fb('ana', 'lena', 4, '2026-03-10', 'mentor'),
          fb('ben', 'lena', 5, '2026-03-10', 'mentor'),
          fb('x@acme.example', 'wiki', 2, '2026-03-25', 'stakeholder'),
          fb('x@acme.example', 'wiki', 3, '2026-03-26', 'stakeholder'),
          fb('ana', 'ben', 1, '2026-06-01', 'peer'), // after today
        ],
      },
      '2026-04-30',
    );
    expect(r.feedback).toEqual({ peer: { count: 3, average: 4 }, mentor: { count: 2, average: 4.5 }, stakeholder: { count: 2, average: 2.5 } });
    expect(r.mentors.find((m) => m.mentor === 'lena')).toMatchObject({ feedbackAverage: 4.5, feedbackCount: 2 });
    expect(r.mentors.find((m) => m.mentor === 'omar')).toMatchObject({ feedbackAverage: null, feedbackCount: 0 });
    expect(r.criteria.find((c) => c.metric === 'peer_feedback_avg')).toMatchObject({ value: 4, status: 'met', perCohort: { 'spring-2026': 4, 'summer-2026': 4 } });
    expect(r.projects.find((p) => p.project === 'wiki')!.satisfaction).toBe(2.5);
  });
});

describe('feedback in overlapping cohorts', () => {
  // ana is in spring-2026 and summer-2026, which both run 2026-03-30 … 2026-04-05; eve is in summer-2026 only.
  it('credits a rating to the cohort the rater shares with the person rated', async () => {
    const { report: r, warnings } = await report({ feedback: [fb('eve', 'ana', 3, '2026-04-01', 'peer')] }, '2026-04-30');
    expect(warnings).toEqual([]);
    expect(r.criteria.find((c) => c.metric === 'peer_feedback_avg')).toMatchObject({ value: 3, perCohort: { 'spring-2026': null, 'summer-2026': 3 } });
  });

  it('warns, with file and line, about a rating that could be for either cohort, and counts it program-wide only', async () => {
    const row = fb('lena', 'ana', 2, '2026-04-01', 'peer'); // a mentor, in neither cohort
    const { report: r, warnings } = await report({ feedback: [fb('ben', 'ana', 5, '2026-03-10', 'peer'), row] }, '2026-04-30');
    expect(warnings).toEqual([
      {
        severity: 'warning',
        file: 'records/feedback.csv',
        line: row.source.line,
        column: 'to',
        message: 'ana is in spring-2026 and summer-2026 on 2026-04-01, and lena is in none of them: the rating counts program-wide, for no cohort',
      },
    ]);
    expect(r.feedback.peer).toEqual({ count: 2, average: 3.5 });
    expect(r.criteria.find((c) => c.metric === 'peer_feedback_avg')).toMatchObject({ value: 3.5, perCohort: { 'spring-2026': 5, 'summer-2026': null } });
  });

  it('credits mentor feedback to the rater’s cohort the mentor serves, and warns when the mentor serves both', async () => {
    const both = fb('ana', 'lena', 2, '2026-04-01', 'mentor'); // lena leads g1 of both cohorts
    const { report: r, warnings } = await report({ feedback: [fb('ana', 'omar', 4, '2026-04-01', 'mentor'), both] }, '2026-04-30');
    expect(warnings.map((w) => [w.line, w.column, w.message])).toEqual([
      [both.source.line, 'from', 'ana is in spring-2026 and summer-2026 on 2026-04-01, and mentor lena serves more than one of them: the rating counts program-wide, for no cohort'],
    ]);
    expect(r.feedback.mentor).toEqual({ count: 2, average: 3 });
    expect(r.byCohort['spring-2026']!.feedback.mentor).toEqual({ count: 1, average: 4 });
    expect(r.byCohort['summer-2026']!.feedback.mentor).toEqual({ count: 0, average: null });
  });
});

describe('mentor load and criteria', () => {
  it('counts the most learners a mentor serves at once, a person in two cohorts once', async () => {
    const { report: r } = await report({}, '2026-03-01');
    // lena: spring g1 (ana, ben) and summer g1 (ana, eve) overlap 03-30…04-05 → ana, ben, eve
    expect(r.mentors.map((m) => [m.mentor, m.tier, m.assigned, m.peakLearners])).toEqual([
      ['lena', 'lead', 2, 3],
      ['omar', 'lead', 1, 2],
      ['pia', 'community', 6, 4],
    ]);
    expect(r.criteria.find((c) => c.metric === 'mentor_load_max')).toMatchObject({ max: 3, value: 4, status: 'missed', perCohort: { 'spring-2026': 4, 'summer-2026': 2 } });
  });

  it('peakOf: spans are inclusive; one leaving the day before another arrives frees the place', () => {
    expect(peakOf([{ from: 1, to: 5, who: 'a' }, { from: 5, to: 9, who: 'b' }])).toBe(2);
    expect(peakOf([{ from: 1, to: 4, who: 'a' }, { from: 5, to: 9, who: 'b' }])).toBe(1);
    expect(peakOf([{ from: 1, to: 5, who: 'a' }, { from: 3, to: 9, who: 'a' }])).toBe(1);
  });

  it('judges met, missed and n/a against min and max', () => {
    expect(judge(0.8, 0.8, null)).toBe('met');
    expect(judge(0.79, 0.8, null)).toBe('missed');
    expect(judge(8, null, 8)).toBe('met');
    expect(judge(9, null, 8)).toBe('missed');
    expect(judge(5, 1, 4)).toBe('missed');
    expect(judge(null, 0.8, null)).toBe('n/a');
  });

  it('scores stakeholder satisfaction over projects, and every criterion is n/a without data', () => {
    const inputs = {
      cohorts: [],
      participants: [],
      projects: [],
      peer: { value: null, perCohort: new Map() },
      mentorLoad: { value: null, perCohort: new Map() },
    };
    const metrics = ['attendance_rate', 'credential_rate', 'on_time_delivery', 'peer_feedback_avg', 'mentor_load_max', 'completion_rate', 'stakeholder_satisfaction_avg'] as const;
    expect(scoreCriteria(metrics.map((metric) => ({ metric, min: 1 })), inputs).map((c) => c.status)).toEqual(metrics.map(() => 'n/a'));
  });
});
