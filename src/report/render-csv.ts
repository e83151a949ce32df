import { joinList, toCsv, type CsvCell } from '../render/csv.js';
import { compareText } from '../render/order.js';
import { roundOrNull, sortedParticipants } from './render-format.js';
import type { ReportModel } from './types.js';

/** participants.csv columns: a public contract (README). */
export const PARTICIPANTS_CSV_COLUMNS = [
  'cohort',
  'participant',
  'name',
  'email',
  'department',
  'group',
  'attendance_rate',
  'modules_passed',
  'modules_total',
  'credentials',
  'at_risk',
  'at_risk_reason',
];

/** credentials.csv columns: a public contract (README). */
export const CREDENTIALS_CSV_COLUMNS = ['cohort', 'participant', 'name', 'email', 'credential', 'status', 'earned_on', 'expires_on', 'missing'];

/**
 * participants.csv: one row per participant per cohort, by cohort (start
 * order) then participant id. `attendance_rate` is a number with at most 3
 * decimals (empty while nothing was expected); `credentials` lists the ids of
 * credentials currently earned (not expired), by id; `at_risk` is `yes`/`no`.
 */
export function participantsCsv(report: ReportModel): string {
  const rows: CsvCell[][] = sortedParticipants(report).map((p) => [
    p.cohort,
    p.participant,
    p.name,
    p.email,
    p.department,
    p.group,
    roundOrNull(p.attendance.rate, 3),
    p.modulesPassed,
    p.modulesTotal,
    joinList(
      p.credentials
        .filter((c) => c.status === 'earned')
        .map((c) => c.credential)
        .sort(compareText),
    ),
    p.atRisk ? 'yes' : 'no',
    joinList(p.atRiskReasons),
  ]);
  return toCsv(PARTICIPANTS_CSV_COLUMNS, rows);
}

/**
 * credentials.csv: one row per participant per credential of their
 * curriculum, by cohort (start order), participant id, credential id.
 * `status` is `earned`, `in-progress` or `expired`; `missing` lists what is
 * still missing, joined with `; `.
 */
export function credentialsCsv(report: ReportModel): string {
  const rows: CsvCell[][] = [];
  for (const p of sortedParticipants(report)) {
    const credentials = [...p.credentials].sort((a, b) => compareText(a.credential, b.credential));
    for (const c of credentials) {
      rows.push([p.cohort, p.participant, p.name, p.email, c.credential, c.status, c.earnedOn, c.expiresOn, joinList(c.missing)]);
    }
  }
  return toCsv(CREDENTIALS_CSV_COLUMNS, rows);
}
