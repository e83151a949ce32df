import { compareText } from '../render/order.js';
import { cohortComparator, roundOrNull, sortedParticipants } from './render-format.js';
import type {
  AttendanceFigures,
  CohortReport,
  CredentialResult,
  CriterionResult,
  FeedbackAverage,
  GroupReport,
  MentorReport,
  ModuleReport,
  ModuleResult,
  ParticipantReport,
  ProjectReport,
  ReportModel,
} from './types.js';

/** Decimals kept for rates, shares, scores and averages in metrics.json. */
const DIGITS = 4;

/**
 * metrics.json: the whole report model, machine-readable, except
 * `byCohort`: that is where `--cohort` takes a cohort's own feedback and
 * mentor figures from, and a narrowed report shows them as its `feedback` and
 * `mentors`; the full report keeps its published shape. Keys come in the
 * order types.ts declares them (a field the model gains later follows its
 * siblings, by name, so nothing is ever dropped); maps keyed by id
 * (competencies, department mix, per-cohort values) are sorted; participants
 * and projects follow the CSV order (cohort start order, then id), mentors
 * are by id, module rows keep their curriculum order within a cohort.
 * Rates, scores and averages are rounded to 4 decimals. Two-space
 * indentation and a trailing newline, so the same model gives the same bytes.
 */
export function metricsJson(report: ReportModel): string {
  const byCohort = cohortComparator(report);
  const { byCohort: _perCohort, ...shown } = report;
  const model: Omit<ReportModel, 'byCohort'> = {
    program: rest(report.program, { id: report.program.id, name: report.program.name }),
    asOf: report.asOf,
    cohorts: report.cohorts.map(cohort),
    participants: sortedParticipants(report).map(participant),
    modules: [...report.modules].sort((a, b) => byCohort(a.cohort, b.cohort)).map(moduleReport),
    mentors: [...report.mentors].sort((a, b) => compareText(a.mentor, b.mentor)).map(mentor),
    projects: [...report.projects].sort((a, b) => byCohort(a.cohort, b.cohort) || compareText(a.project, b.project)).map(project),
    feedback: rest(report.feedback, {
      peer: feedback(report.feedback.peer),
      mentor: feedback(report.feedback.mentor),
      stakeholder: feedback(report.feedback.stakeholder),
    }),
    criteria: report.criteria.map((c) => criterion(c, byCohort)),
  };
  return JSON.stringify(rest(shown, model), null, 2) + '\n';
}

function cohort(c: CohortReport): CohortReport {
  return rest(c, {
    cohort: c.cohort,
    name: c.name,
    curriculum: c.curriculum,
    start: c.start,
    end: c.end,
    state: c.state,
    participants: c.participants,
    sessions: rest(c.sessions, { planned: c.sessions.planned, counted: c.sessions.counted, unrecorded: c.sessions.unrecorded }),
    unrecordedSessions: [...c.unrecordedSessions],
    attendanceRate: roundOrNull(c.attendanceRate, DIGITS),
    completionRate: roundOrNull(c.completionRate, DIGITS),
    credentialRate: roundOrNull(c.credentialRate, DIGITS),
    credentialHolders: c.credentialHolders,
    atRisk: c.atRisk,
    departmentMix: sortedRecord(c.departmentMix, compareText, (n) => n),
    groups: c.groups.map(group),
  });
}

function group(g: GroupReport): GroupReport {
  return rest(g, { group: g.group, lead: g.lead, participants: g.participants, attendanceRate: roundOrNull(g.attendanceRate, DIGITS) });
}

function participant(p: ParticipantReport): ParticipantReport {
  return rest(p, {
    cohort: p.cohort,
    participant: p.participant,
    name: p.name,
    email: p.email,
    department: p.department,
    group: p.group,
    left: p.left,
    attendance: attendance(p.attendance),
    modules: p.modules.map(moduleResult),
    modulesPassed: p.modulesPassed,
    modulesTotal: p.modulesTotal,
    competencies: sortedRecord(p.competencies, compareText, (n) => n),
    credentials: p.credentials.map(credential),
    capstoneAcceptedOn: p.capstoneAcceptedOn,
    atRisk: p.atRisk,
    atRiskReasons: [...p.atRiskReasons],
  });
}

function attendance(a: AttendanceFigures): AttendanceFigures {
  return rest(a, { present: a.present, expected: a.expected, excused: a.excused, rate: roundOrNull(a.rate, DIGITS) });
}

function moduleResult(m: ModuleResult): ModuleResult {
  return rest(m, {
    module: m.module,
    status: m.status,
    bestScore: roundOrNull(m.bestScore, DIGITS),
    attempts: m.attempts,
    passedOn: m.passedOn,
    passScore: m.passScore,
    overdue: m.overdue,
  });
}

function credential(c: CredentialResult): CredentialResult {
  return rest(c, { credential: c.credential, name: c.name, status: c.status, earnedOn: c.earnedOn, expiresOn: c.expiresOn, missing: [...c.missing] });
}

function moduleReport(m: ModuleReport): ModuleReport {
  return rest(m, {
    cohort: m.cohort,
    module: m.module,
    name: m.name,
    passed: m.passed,
    failed: m.failed,
    missing: m.missing,
    completionRate: roundOrNull(m.completionRate, DIGITS),
    averageBestScore: roundOrNull(m.averageBestScore, DIGITS),
  });
}

function mentor(m: MentorReport): MentorReport {
  return rest(m, {
    mentor: m.mentor,
    name: m.name,
    tier: m.tier,
    assigned: m.assigned,
    peakLearners: m.peakLearners,
    feedbackAverage: roundOrNull(m.feedbackAverage, DIGITS),
    feedbackCount: m.feedbackCount,
  });
}

function project(p: ProjectReport): ProjectReport {
  return rest(p, {
    cohort: p.cohort,
    project: p.project,
    title: p.title,
    status: p.status,
    capstone: p.capstone,
    onTime: p.onTime,
    deliveredOn: p.deliveredOn,
    acceptedOn: p.acceptedOn,
    plannedDays: p.plannedDays,
    actualDays: p.actualDays,
    reworkCount: p.reworkCount,
    satisfaction: roundOrNull(p.satisfaction, DIGITS),
  });
}

function feedback(f: FeedbackAverage): FeedbackAverage {
  return rest(f, { count: f.count, average: roundOrNull(f.average, DIGITS) });
}

function criterion(c: CriterionResult, byCohort: (a: string, b: string) => number): CriterionResult {
  return rest(c, {
    metric: c.metric,
    min: c.min,
    max: c.max,
    value: roundOrNull(c.value, DIGITS),
    status: c.status,
    perCohort: sortedRecord(c.perCohort, byCohort, (v) => roundOrNull(v, DIGITS)),
  });
}

/** A map with its keys sorted and each value mapped. */
function sortedRecord<V, W>(record: Record<string, V>, compare: (a: string, b: string) => number, map: (value: V) => W): Record<string, W> {
  return Object.fromEntries(Object.keys(record).sort(compare).map((key) => [key, map(record[key]!)]));
}

/**
 * `ordered` followed by any field of `source` it does not name (one the
 * model gained after this renderer was written), by name, so metrics.json
 * never silently drops data.
 */
function rest<T extends object>(source: T, ordered: T): T {
  const out: Record<string, unknown> = { ...(ordered as Record<string, unknown>) };
  const extra = source as Record<string, unknown>;
  for (const key of Object.keys(extra).sort(compareText)) if (!Object.hasOwn(out, key)) out[key] = canonical(extra[key]);
  return out as T;
}

/** Any JSON value with object keys sorted, for fields this renderer does not know. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(Object.keys(record).sort(compareText).map((k) => [k, canonical(record[k])]));
  }
  return value;
}
