import { judge } from './criteria.js';
import type { ReportModel } from './types.js';

/**
 * The report of one cohort (`--cohort`): its cohort, participants, modules
 * and projects, and each criterion judged on that cohort's value. Feedback
 * averages and mentor figures stay program-wide: the model keeps them so.
 */
export function narrowReport(report: ReportModel, cohort: string): ReportModel {
  return {
    ...report,
    cohorts: report.cohorts.filter((c) => c.cohort === cohort),
    participants: report.participants.filter((p) => p.cohort === cohort),
    modules: report.modules.filter((m) => m.cohort === cohort),
    projects: report.projects.filter((p) => p.cohort === cohort),
    criteria: report.criteria.map((c) => {
      const value = c.perCohort[cohort] ?? null;
      return { ...c, value, status: judge(value, c.min, c.max), perCohort: { [cohort]: value } };
    }),
  };
}
