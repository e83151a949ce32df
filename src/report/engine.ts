import type { ProgramPlan } from '../plan/index.js';
import type { ProgramModel } from '../program/model.js';
import type { AssessmentRecord, AttendanceRecord, FeedbackRecord, ProjectRecord, RecordFinding } from '../records/types.js';
import { type DayNumber, formatDate } from '../util/dates.js';
import { readAssessments } from './assessments.js';
import { readAttendance } from './attendance.js';
import { cohortReport, moduleReports } from './cohorts.js';
import { type ReportContext, reportContext } from './context.js';
import { scoreCriteria } from './criteria.js';
import { type FeedbackBook, type FeedbackSums, readFeedback } from './feedback.js';
import { type MentorLoad, mentorLoads } from './mentor-load.js';
import { cohortMentorReports, mentorReports } from './mentors.js';
import { participantReport } from './participants.js';
import { projectReports, readProjects } from './projects.js';
import type { CohortFigures, FeedbackAverages, ReportModel } from './types.js';

export interface ReportInput {
  model: ProgramModel;
  plan: ProgramPlan;
  /** The report date (`--today`): records dated after it are left out. */
  today: DayNumber;
  records: {
    /** In batches (readAttendanceBatches): a large export has millions of rows, and an async step per row would cost more than reading it. */
    attendance: AsyncIterable<readonly AttendanceRecord[]>;
    assessments: AsyncIterable<AssessmentRecord>;
    projects: AsyncIterable<ProjectRecord>;
    feedback: AsyncIterable<FeedbackRecord>;
  };
  /** Rows left out (no planned session, unknown participant, …) or counted for no cohort, with their file and line. */
  warn: (finding: RecordFinding) => void;
}

/**
 * `cohort report`'s numbers: a pure function of the program, its plan, the
 * report date and the records. Each record stream is read once, in order,
 * into state sized by the program (participants × sessions, modules,
 * projects), so memory does not grow with the number of rows.
 */
export async function buildReport(input: ReportInput): Promise<ReportModel> {
  const ctx = reportContext(input.model, input.plan, input.today);
  const books = {
    attendance: await readAttendance(ctx, input.records.attendance, input.warn),
    assessments: await readAssessments(ctx, input.records.assessments, input.warn),
    projects: await readProjects(ctx, input.records.projects, input.warn),
  };
  const loads = mentorLoads(ctx);
  const serves = (mentor: string, cohort: number) => loads.get(mentor)?.assignedByCohort.has(cohort) === true;
  const feedback = await readFeedback(ctx, input.records.feedback, serves, input.warn);
  const program = input.model.program?.value;
  const participants = ctx.slots.map((slot) => participantReport(ctx, books, slot, program?.spec));
  const peopleOf = (cohort: string) => participants.filter((p) => p.cohort === cohort);
  const cohorts = ctx.cohorts.map((c) => cohortReport(ctx, books.attendance, c, peopleOf(c.id)));
  const projects = projectReports(ctx, books.projects, feedback.project);
  const peerByCohort = new Map(ctx.cohorts.map((c) => [c.id, feedback.cohort.get(c.index)?.kind.peer.value ?? null]));
  return {
    program: { id: program?.metadata.id ?? '', name: program?.metadata.name ?? '' },
    asOf: formatDate(input.today),
    cohorts,
    participants,
    modules: ctx.cohorts.flatMap((c) => moduleReports(c, peopleOf(c.id))),
    mentors: mentorReports(input.plan.mentors, loads, feedback.mentor),
    projects,
    feedback: averages(feedback),
    criteria: scoreCriteria(program?.spec.successCriteria ?? [], {
      cohorts,
      participants,
      projects,
      peer: { value: feedback.kind.peer.value, perCohort: peerByCohort },
      mentorLoad: mentorLoadMetric(ctx, loads),
    }),
    byCohort: Object.fromEntries(ctx.cohorts.map((c) => [c.id, cohortFigures(input.plan, loads, feedback, c.index)])),
  };
}

function averages(sums: FeedbackSums | undefined): FeedbackAverages {
  const average = (kind: keyof FeedbackAverages) => sums?.kind[kind].average() ?? { count: 0, average: null };
  return { peer: average('peer'), mentor: average('mentor'), stakeholder: average('stakeholder') };
}

/** What `--cohort` shows of one cohort in place of the program-wide feedback and mentors. */
function cohortFigures(plan: ProgramPlan, loads: ReadonlyMap<string, MentorLoad>, feedback: FeedbackBook, cohort: number): CohortFigures {
  const own = feedback.cohort.get(cohort);
  return { feedback: averages(own), mentors: cohortMentorReports(plan.mentors, loads, own?.mentor, cohort) };
}

/** mentor_load_max: the highest peak of any mentor; per cohort, counting that cohort's learners only. */
function mentorLoadMetric(ctx: ReportContext, loads: ReadonlyMap<string, MentorLoad>): { value: number | null; perCohort: Map<string, number | null> } {
  const all = [...loads.values()];
  const perCohort = new Map<string, number | null>();
  for (const c of ctx.cohorts) {
    const peaks = all.flatMap((l) => (l.peakByCohort.has(c.index) ? [l.peakByCohort.get(c.index)!] : []));
    perCohort.set(c.id, peaks.length > 0 ? Math.max(...peaks) : null);
  }
  return { value: all.length > 0 ? Math.max(...all.map((l) => l.peak)) : null, perCohort };
}
