import { judge } from './criteria.js';
import type { CohortFigures, ReportModel } from './types.js';

/** For a cohort the model holds no figures for (none planned under that id): nothing to show. */
const none = (): CohortFigures => ({
  feedback: { peer: { count: 0, average: null }, mentor: { count: 0, average: null }, stakeholder: { count: 0, average: null } },
  mentors: [],
});

/**
 * The report of one cohort (`--cohort`): its cohort, participants, modules
 * and projects, each criterion judged on that cohort's value, and its own
 * feedback averages and mentors (from `byCohort`), so no table on the page
 * mixes in another cohort.
 */
export function narrowReport(report: ReportModel, cohort: string): ReportModel {
  const own = report.byCohort[cohort] ?? none();
  return {
    ...report,
    cohorts: report.cohorts.filter((c) => c.cohort === cohort),
    participants: report.participants.filter((p) => p.cohort === cohort),
    modules: report.modules.filter((m) => m.cohort === cohort),
    mentors: own.mentors,
    projects: report.projects.filter((p) => p.cohort === cohort),
    feedback: own.feedback,
    criteria: report.criteria.map((c) => {
      const value = c.perCohort[cohort] ?? null;
      return { ...c, value, status: judge(value, c.min, c.max), perCohort: { [cohort]: value } };
    }),
    // Its figures are taken above; keeping a copy would give every renderer two lists of one cohort's mentors to keep alike.
    byCohort: {},
  };
}
