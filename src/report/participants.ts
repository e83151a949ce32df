import type { ProgramSpec } from '../program/model.js';
import { type DayNumber, formatDate } from '../util/dates.js';
import { type AttendanceBook, attendanceFigures, attendanceTimeline } from './attendance.js';
import type { AssessmentBook, ModuleAttempts } from './assessments.js';
import type { CohortInfo, ReportContext, Slot } from './context.js';
import { evaluateCredential } from './credentials.js';
import type { ProjectBook } from './projects.js';
import type { AttendanceFigures, ModuleResult, ParticipantReport } from './types.js';
import { attendanceShort } from './words.js';

export interface Books {
  attendance: AttendanceBook;
  assessments: AssessmentBook;
  projects: ProjectBook;
}

/** Everything the report says about one participant of one cohort. */
export function participantReport(ctx: ReportContext, books: Books, slot: Slot, program: ProgramSpec | undefined): ParticipantReport {
  const cohort = ctx.cohorts[slot.cohort]!;
  const attendance = attendanceFigures(ctx, books.attendance, slot);
  const modules = moduleResults(ctx, cohort, slot, books.assessments.get(slot.index));
  const byId = new Map(modules.map((m) => [m.id, m.result]));
  const facts = {
    modules: byId,
    capstoneOn: capstoneAccepted(ctx, books.projects, slot),
    attendance: attendanceTimeline(ctx, books.attendance, slot),
    cohortStart: cohort.calendar.start,
    today: ctx.today,
  };
  const results = modules.map((m) => m.result);
  // A `left` on or after the cohort's last day is not a withdrawal: they stayed to the end.
  const withdrawn = slot.left !== undefined && slot.left <= ctx.today && slot.left < cohort.calendar.end;
  const reasons = withdrawn ? [] : riskReasons(attendance, modules, program?.atRisk?.attendanceBelow);
  return {
    cohort: cohort.id,
    participant: slot.id,
    name: slot.name,
    email: slot.email,
    department: slot.department,
    group: slot.group,
    left: slot.left !== undefined ? formatDate(slot.left) : null,
    attendance,
    modules: results,
    modulesPassed: results.filter((m) => m.status === 'passed').length,
    modulesTotal: results.filter((m) => m.passScore !== null).length,
    competencies: competencies(modules),
    credentials: (cohort.curriculum.credentials ?? []).map((c) => evaluateCredential(c, facts)),
    capstoneAcceptedOn: facts.capstoneOn !== undefined ? formatDate(facts.capstoneOn) : null,
    atRisk: reasons.length > 0,
    atRiskReasons: reasons,
  };
}

export interface ModuleEntry {
  id: string;
  levels: Record<string, number>;
  /** Last day of the module's span in the cohort calendar. */
  ends: DayNumber | undefined;
  result: ModuleResult;
}

function moduleResults(ctx: ReportContext, cohort: CohortInfo, slot: Slot, attempts: Map<string, ModuleAttempts> | undefined): ModuleEntry[] {
  return cohort.modules.map((module) => {
    const a = attempts?.get(module.id);
    const passScore = module.assessment?.passScore ?? null;
    const status = a?.passedOn !== undefined ? 'passed' : a && passScore !== null ? 'failed' : 'missing';
    const span = cohort.calendar.modules.find((s) => s.module.id === module.id);
    // A module that had not begun when the learner left is not owed.
    const overdue = passScore !== null && status !== 'passed' && span !== undefined && span.end < ctx.today && span.start <= slot.to;
    return {
      id: module.id,
      levels: module.competencies ?? {},
      ends: span?.end,
      result: {
        module: module.id,
        status,
        bestScore: a ? a.best : null,
        attempts: a?.attempts ?? 0,
        passedOn: a?.passedOn !== undefined ? formatDate(a.passedOn) : null,
        passScore,
        overdue,
      },
    };
  });
}

/** Competency → the highest level any passed module gives, sorted by competency id. */
function competencies(modules: ModuleEntry[]): Record<string, number> {
  const levels = new Map<string, number>();
  for (const m of modules) {
    if (m.result.status !== 'passed') continue;
    for (const [competency, level] of Object.entries(m.levels)) levels.set(competency, Math.max(level, levels.get(competency) ?? 0));
  }
  return Object.fromEntries([...levels].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** First day a capstone project of their curriculum with them in its team was accepted. */
function capstoneAccepted(ctx: ReportContext, projects: ProjectBook, slot: Slot): DayNumber | undefined {
  const curriculum = ctx.cohorts[slot.cohort]!.curriculumId;
  let first: DayNumber | undefined;
  for (const state of projects.values()) {
    if (!state.project.capstone || state.acceptedOn === undefined || !state.project.team.includes(slot.id)) continue;
    if (ctx.cohorts[state.cohort]!.curriculumId !== curriculum) continue;
    if (first === undefined || state.acceptedOn < first) first = state.acceptedOn;
  }
  return first;
}

/** Why a learner is at risk: attendance under the program's threshold (when there is a rate), a failed module, an overdue one. */
export function riskReasons(attendance: AttendanceFigures, modules: readonly ModuleEntry[], attendanceBelow: number | undefined): string[] {
  const reasons: string[] = [];
  if (attendanceBelow !== undefined && attendance.rate !== null && attendance.rate < attendanceBelow) {
    reasons.push(attendanceShort(attendance.present, attendance.expected, attendanceBelow));
  }
  for (const { result: m, ends } of modules) {
    if (m.status === 'failed') reasons.push(`module ${m.module} failed (best score ${m.bestScore}, pass mark ${m.passScore})`);
    else if (m.overdue) reasons.push(`module ${m.module} overdue (ended ${formatDate(ends!)})`);
  }
  return reasons;
}
