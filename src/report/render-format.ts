import { compareText } from '../render/order.js';
import type { CriterionResult, CriterionStatus, ParticipantReport, ReportModel } from './types.js';

/**
 * Shared formatting for the report renderers (CSV, JSON, Markdown, terminal):
 * one rounding, one row order, one way to write a target, a value and a status.
 */

/**
 * `value` rounded half away from zero to `digits` decimals; -0 becomes 0 and
 * non-finite numbers become null (JSON and CSV cannot hold them).
 */
export function roundTo(value: number, digits: number): number | null {
  if (!Number.isFinite(value)) return null;
  const factor = 10 ** digits;
  // toPrecision(15) drops binary noise first, so 0.1235 (stored as 0.12349999…) rounds up as written.
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = (Math.sign(value) * Math.round(scaled)) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** {@link roundTo} that passes null through. */
export function roundOrNull(value: number | null | undefined, digits: number): number | null {
  return value === null || value === undefined ? null : roundTo(value, digits);
}

/**
 * The order of cohorts in every report output: as listed in `report.cohorts`
 * (start order, as the engine sorts them); a cohort id not listed there goes
 * after them, by id.
 */
export function cohortComparator(report: Pick<ReportModel, 'cohorts'>): (a: string, b: string) => number {
  const rank = new Map(report.cohorts.map((c, i) => [c.cohort, i]));
  return (a, b) => {
    const ra = rank.get(a) ?? Number.MAX_SAFE_INTEGER;
    const rb = rank.get(b) ?? Number.MAX_SAFE_INTEGER;
    return ra - rb || compareText(a, b);
  };
}

/** Participants in report order: cohort (start order), then participant id. */
export function sortedParticipants(report: Pick<ReportModel, 'cohorts' | 'participants'>): ParticipantReport[] {
  const byCohort = cohortComparator(report);
  return [...report.participants].sort((a, b) => byCohort(a.cohort, b.cohort) || compareText(a.participant, b.participant));
}

/** Words for the metrics `successCriteria` may name; an unknown metric shows its id. */
const METRIC_LABELS: Record<string, string> = {
  attendance_rate: 'Attendance rate',
  credential_rate: 'Credential rate',
  completion_rate: 'Completion rate',
  on_time_delivery: 'On-time delivery',
  peer_feedback_avg: 'Peer feedback (avg)',
  stakeholder_satisfaction_avg: 'Stakeholder satisfaction (avg)',
  mentor_load_max: 'Mentor load (max learners)',
};

export function metricLabel(metric: string): string {
  return METRIC_LABELS[metric] ?? metric;
}

/** A number as people write it: at most `digits` decimals, no trailing zeros ("0.8", "4.25", "8"). */
export function formatNumber(value: number, digits = 2): string {
  const rounded = roundTo(value, digits);
  return rounded === null ? '' : String(rounded);
}

/** A criterion's target: "≥ 0.8", "≤ 8", or "≥ 0.5, ≤ 0.9" with both bounds; "—" with none. */
export function formatTarget(c: Pick<CriterionResult, 'min' | 'max'>): string {
  const parts: string[] = [];
  if (c.min !== null && c.min !== undefined) parts.push(`≥ ${formatNumber(c.min, 6)}`);
  if (c.max !== null && c.max !== undefined) parts.push(`≤ ${formatNumber(c.max, 6)}`);
  return parts.length > 0 ? parts.join(', ') : '—';
}

/**
 * A criterion's value with two decimals, or more where two would make a
 * missed target look met (0.7996 against ≥ 0.8 shows as "0.7996", not "0.8");
 * "—" when there is no data.
 */
export function formatCriterionValue(c: Pick<CriterionResult, 'min' | 'max' | 'value'>): string {
  if (c.value === null || c.value === undefined || !Number.isFinite(c.value)) return '—';
  const meets = (v: number) => (c.min === null || c.min === undefined || v >= c.min) && (c.max === null || c.max === undefined || v <= c.max);
  const actual = meets(c.value);
  for (let digits = 2; digits <= 6; digits++) {
    const shown = roundTo(c.value, digits)!;
    if (meets(shown) === actual) return String(shown);
  }
  return String(c.value);
}

/** "✅ met", "❌ missed", "— n/a". */
export function formatStatus(status: CriterionStatus): string {
  return status === 'met' ? '✅ met' : status === 'missed' ? '❌ missed' : '— n/a';
}

/** A 0..1 share as a percentage with at most one decimal ("83.3%"); "—" for null. */
export function formatPercent(rate: number | null | undefined): string {
  return rate === null || rate === undefined || !Number.isFinite(rate) ? '—' : `${formatNumber(rate * 100, 1)}%`;
}

/** An average rating ("4.25"), "—" for null. */
export function formatAverage(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '—' : formatNumber(value, 2);
}
