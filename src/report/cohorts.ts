import { compareGroups, compareText } from '../render/order.js';
import { formatDate } from '../util/dates.js';
import type { AttendanceBook } from './attendance.js';
import type { CohortInfo, ReportContext } from './context.js';
import type { CohortReport, GroupReport, ModuleReport, ParticipantReport } from './types.js';

/** Holds a credential: earned, or earned and since expired. */
export const holdsCredential = (p: ParticipantReport): boolean => p.credentials.some((c) => c.status !== 'in-progress');
export const passedAll = (p: ParticipantReport): boolean => p.modulesPassed === p.modulesTotal;

/** Attended share of counted participant-sessions: Σ present ÷ Σ expected. */
export function pooledRate(people: readonly ParticipantReport[]): number | null {
  let present = 0;
  let expected = 0;
  for (const p of people) {
    present += p.attendance.present;
    expected += p.attendance.expected;
  }
  return expected > 0 ? present / expected : null;
}

export function share<T>(items: readonly T[], test: (item: T) => boolean): number | null {
  return items.length > 0 ? items.filter(test).length / items.length : null;
}

export function cohortReport(ctx: ReportContext, book: AttendanceBook, cohort: CohortInfo, people: readonly ParticipantReport[]): CohortReport {
  let planned = 0;
  const unrecorded: string[] = [];
  for (let s = cohort.firstSession; s < cohort.firstSession + cohort.sessionCount; s++) {
    if (ctx.sessions.day[s]! > ctx.today) break;
    planned++;
    if (!book.counted[s]) unrecorded.push(ctx.sessions.id[s]!);
  }
  const ended = cohort.state === 'ended';
  const departments = new Map<string, number>();
  for (const p of people) departments.set(p.department || 'unspecified', (departments.get(p.department || 'unspecified') ?? 0) + 1);
  return {
    cohort: cohort.id,
    name: cohort.name,
    curriculum: cohort.curriculumId,
    start: formatDate(cohort.calendar.start),
    end: formatDate(cohort.calendar.end),
    state: cohort.state,
    participants: people.length,
    sessions: { planned, counted: planned - unrecorded.length, unrecorded: unrecorded.length },
    unrecordedSessions: unrecorded,
    attendanceRate: pooledRate(people),
    completionRate: ended ? share(people, passedAll) : null,
    credentialRate: ended ? share(people, holdsCredential) : null,
    credentialHolders: people.filter(holdsCredential).length,
    atRisk: people.filter((p) => p.atRisk).length,
    departmentMix: Object.fromEntries([...departments].sort(([a], [b]) => compareText(a, b))),
    groups: groupReports(cohort, people),
  };
}

function groupReports(cohort: CohortInfo, people: readonly ParticipantReport[]): GroupReport[] {
  return [...cohort.plan.groups]
    .sort((a, b) => compareGroups(a.id, b.id))
    .map((g) => {
      const members = people.filter((p) => p.group === g.id);
      return { group: g.id, lead: g.lead, participants: g.members.length, attendanceRate: pooledRate(members) };
    });
}

export function moduleReports(cohort: CohortInfo, people: readonly ParticipantReport[]): ModuleReport[] {
  return cohort.modules.map((module) => {
    const results = people.map((p) => p.modules.find((m) => m.module === module.id)!);
    const scores = results.flatMap((r) => (r.bestScore !== null ? [r.bestScore] : []));
    const passed = results.filter((r) => r.status === 'passed').length;
    return {
      cohort: cohort.id,
      module: module.id,
      name: module.name,
      passed,
      failed: results.filter((r) => r.status === 'failed').length,
      missing: results.filter((r) => r.status === 'missing').length,
      completionRate: results.length > 0 ? passed / results.length : null,
      averageBestScore: scores.length > 0 ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
    };
  });
}
