import { type ProgramPlan, planProgram } from '../../src/plan/index.js';
import { loadFromMemory } from '../../src/program/memory.js';
import type { ProgramModel } from '../../src/program/model.js';
import type { AssessmentRecord, AttendanceRecord, FeedbackRecord, ProjectRecord, RecordFinding } from '../../src/records/types.js';
import { buildReport } from '../../src/report/engine.js';
import type { ReportModel } from '../../src/report/types.js';
import { parseDate } from '../../src/util/dates.js';
import { validateProgram } from '../../src/validate/index.js';
import { batches, each } from './csv-records.js';

/**
 * A small program for the engine tests. Two cohorts of one curriculum
 * (intro 4 h in week 1, data 8 h in weeks 2–3, a 2-week capstone; 4 h/week):
 *
 * - spring-2026: 2026-03-02 … 2026-04-05; g1 = ana, ben; g2 = cleo (joined
 *   2026-03-09), dev (left 2026-03-15). Check-ins on Tuesdays (03-03, 03-10,
 *   03-17, 03-24, 03-31), a cohort-wide demo on 2026-03-27.
 * - summer-2026: 2026-03-30 … 2026-05-03 (overlapping spring's last week);
 *   g1 = ana, eve. Check-ins 03-31, 04-07, …, a demo on 2026-04-24.
 */
export const FILES: Record<string, string> = {
  'program.yaml': `apiVersion: cohort/v1
kind: Program
metadata: { id: acme-academy, name: Acme Academy }
spec:
  timezone: Europe/Berlin
  atRisk: { attendanceBelow: 0.7 }
  successCriteria:
    - { metric: attendance_rate, min: 0.8 }
    - { metric: credential_rate, min: 0.5 }
    - { metric: on_time_delivery, min: 0.75 }
    - { metric: peer_feedback_avg, min: 4 }
    - { metric: mentor_load_max, max: 3 }
    - { metric: completion_rate, min: 0.5, max: 1 }
`,
  'curricula/basics.yaml': `apiVersion: cohort/v1
kind: Curriculum
metadata: { id: basics, name: Basics }
spec:
  hoursPerWeek: 4
  competencies:
    - { id: app-building, name: Building apps }
    - { id: data-modeling, name: Data modelling }
  modules:
    - id: intro
      name: Intro
      hours: 4
      competencies: { app-building: 1 }
      assessment: { type: quiz, passScore: 0.7 }
    - id: data
      name: Data
      hours: 8
      prerequisites: [intro]
      competencies: { app-building: 2, data-modeling: 1 }
      assessment: { type: project, passScore: 0.8 }
  capstone: { name: Capstone, weeks: 2, prerequisites: [data] }
  credentials:
    - id: basics-badge
      name: Basics badge
      requires: { modules: [intro, data], attendance: 0.75, capstone: true }
      validFor: 12
    - id: intro-badge
      name: Intro badge
      requires: { modules: [intro] }
      validFor: 1
`,
  'cohorts/spring.yaml': `apiVersion: cohort/v1
kind: Cohort
metadata: { id: spring-2026, name: Spring 2026 }
spec:
  curriculum: basics
  start: 2026-03-02
  groups: { min: 2, max: 2 }
  touchpoints:
    - { type: check-in, cadence: weekly, weekday: tue, duration: 30m }
    - { type: demo, cadence: monthly, weekday: fri, time: "14:00", duration: 1h, scope: cohort }
  participants:
    - { id: ana, name: Ana, email: ana@acme.example, department: Finance }
    - { id: ben, name: Ben, email: ben@acme.example, department: HR }
    - { id: cleo, name: Cleo, email: cleo@acme.example, department: Finance, joined: 2026-03-09 }
    - { id: dev, name: Dev, email: dev@acme.example, left: 2026-03-15 }
  pins:
    - { participant: ana, group: g1 }
    - { participant: ben, group: g1 }
    - { participant: cleo, group: g2 }
    - { participant: dev, group: g2 }
    - { group: g1, lead: lena }
    - { group: g2, lead: omar }
  projects:
    - { id: expenses, title: Expense flow, team: [ana, ben], capstone: true }
    - { id: wiki, title: Team wiki, team: [cleo] }
`,
  'cohorts/summer.yaml': `apiVersion: cohort/v1
kind: Cohort
metadata: { id: summer-2026, name: Summer 2026 }
spec:
  curriculum: basics
  start: 2026-03-30
  groups: { min: 1, max: 2 }
  touchpoints:
    - { type: check-in, cadence: weekly, weekday: tue, duration: 30m }
    - { type: demo, cadence: monthly, weekday: fri, time: "14:00", duration: 1h, scope: cohort }
  participants:
    - { id: ana, name: Ana, email: ana@acme.example, department: Finance }
    - { id: eve, name: Eve, email: eve@acme.example, department: Sales }
  pins:
    - { group: g1, lead: lena }
  projects:
    - { id: eve-app, title: Eve's app, team: [eve], capstone: true }
`,
  'mentors.yaml': `apiVersion: cohort/v1
kind: MentorRoster
metadata: { id: mentors, name: Mentors }
spec:
  mentors:
    - { id: lena, name: Lena, email: lena@acme.example, tier: lead, capacity: 2 }
    - { id: omar, name: Omar, email: omar@acme.example, tier: lead, capacity: 1 }
    - { id: pia, name: Pia, email: pia@acme.example, tier: community, capacity: 6 }
`,
  'governance.yaml': `apiVersion: cohort/v1
kind: Governance
metadata: { id: governance, name: Policy }
spec:
  lastReviewed: 2026-01-15
  reviewEvery: 6
  dataClasses: [{ id: public }]
  tools: [{ id: forms, name: Forms, dataClasses: [public] }]
`,
};

export function small(files: Record<string, string> = FILES): { model: ProgramModel; plan: ProgramPlan; errors: string[] } {
  const { model, diagnostics } = validateProgram(loadFromMemory(files), { today: '2026-03-01' });
  const plan = planProgram(model, { locks: {} });
  const errors = [...diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line} ${d.message}`), ...plan.problems.filter((p) => p.severity === 'error').map((p) => p.message)];
  return { model, plan, errors };
}

const day = (text: string) => parseDate(text)!;
let line = 1;

/** Records by hand: `att('ana', '2026-03-03', 'check-in', 'present')`, lines numbered from 2 in creation order. */
export function att(participant: string, date: string, type: string, status: AttendanceRecord['status'], extra: Partial<Pick<AttendanceRecord, 'cohort' | 'group'>> = {}): AttendanceRecord {
  return { participant, date: day(date), type, status, cohort: extra.cohort ?? '', group: extra.group ?? '', source: { file: 'records/attendance.csv', line: ++line } };
}

export function score(participant: string, module: string, value: number, date: string): AssessmentRecord {
  return { participant, module, score: value, date: day(date), assessor: '', source: { file: 'records/assessments.csv', line: ++line } };
}

export function proj(project: string, status: ProjectRecord['status'], date: string, extra: Partial<ProjectRecord> = {}): ProjectRecord {
  return { project, status, date: day(date), ...extra, source: { file: 'records/projects.csv', line: ++line } };
}

export function fb(from: string, to: string, rating: number, date: string, kind: FeedbackRecord['kind']): FeedbackRecord {
  return { from, to, rating, date: day(date), comment: '', kind, source: { file: 'records/feedback.csv', line: ++line } };
}

export interface Records {
  attendance?: AttendanceRecord[];
  assessments?: AssessmentRecord[];
  projects?: ProjectRecord[];
  feedback?: FeedbackRecord[];
}

export async function report(records: Records, today: string, files: Record<string, string> = FILES): Promise<{ report: ReportModel; warnings: RecordFinding[] }> {
  const { model, plan } = small(files);
  const warnings: RecordFinding[] = [];
  const result = await buildReport({
    model,
    plan,
    today: day(today),
    records: {
      attendance: batches(records.attendance ?? [], 2), // small batches: rows meet batch boundaries
      assessments: each(records.assessments ?? []),
      projects: each(records.projects ?? []),
      feedback: each(records.feedback ?? []),
    },
    warn: (w) => warnings.push(w),
  });
  return { report: result, warnings };
}

export function person(r: ReportModel, cohort: string, id: string) {
  const p = r.participants.find((x) => x.cohort === cohort && x.participant === id);
  if (!p) throw new Error(`no ${cohort}/${id} in the report`);
  return p;
}
