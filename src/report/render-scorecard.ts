import { formatCriterionValue, formatStatus, formatTarget, metricLabel } from './render-format.js';
import type { CriterionStatus, ReportModel } from './types.js';

/** The header of the scorecard, in the terminal and in report.md. */
export const SCORECARD_HEADER = ['Metric', 'Target', 'Value', 'Status'] as const;

/** One success criterion as the terminal and report.md show it. */
export interface ScorecardRow {
  /** The metric in words ("Attendance rate"); an unknown metric shows its id. */
  metric: string;
  /** The metric id as written in `successCriteria` (`attendance_rate`). */
  id: string;
  /** "≥ 0.8", "≤ 8", "≥ 0.5, ≤ 0.9". */
  target: string;
  /** "0.83"; "—" without data. */
  value: string;
  /** "✅ met", "❌ missed", "— n/a". */
  status: string;
  /** The raw status, for colouring a terminal cell or choosing an exit code. */
  result: CriterionStatus;
}

/**
 * The criteria scorecard, one row per success criterion in program order.
 * Print `[row.metric, row.target, row.value, row.status]` under
 * {@link SCORECARD_HEADER}.
 */
export function scorecardRows(report: Pick<ReportModel, 'criteria'>): ScorecardRow[] {
  return report.criteria.map((c) => ({
    metric: metricLabel(c.metric),
    id: c.metric,
    target: formatTarget(c),
    value: formatCriterionValue(c),
    status: formatStatus(c.status),
    result: c.status,
  }));
}
