import { Cells, clean } from './cells.js';
import type { RecordContext } from './context.js';
import type { RecordFile } from './files.js';
import { FileFindings } from './findings.js';
import { flatten } from './flatten.js';
import { type Columns, type ReadOptions, readTable } from './table.js';
import type { AttendanceRecord, AttendanceStatus, RecordFinding } from './types.js';

export const ATTENDANCE_COLUMNS: Columns = { required: ['participant', 'date', 'type', 'status'], optional: ['cohort', 'group', 'minutes'] };
export const ATTENDANCE_STATUSES: readonly AttendanceStatus[] = ['present', 'absent', 'excused'];

/**
 * Attendance rows (`attendance*.csv`), streamed. `cohort`, when given, must
 * be a cohort of the program; `group` and `type` are kept as written (the
 * report matches them to planned sessions); `minutes` is a number ≥ 0.
 */
export function readAttendance(file: RecordFile, ctx: RecordContext, findings: RecordFinding[], options: ReadOptions = {}): AsyncGenerator<AttendanceRecord, void, undefined> {
  return flatten(readAttendanceBatches(file, ctx, findings, options));
}

/** The same rows, a batch (one chunk of the file, a few thousand rows) at a time: for consumers that count millions of rows, an async step per batch instead of per row. */
export async function* readAttendanceBatches(file: RecordFile, ctx: RecordContext, findings: RecordFinding[], options: ReadOptions = {}): AsyncGenerator<AttendanceRecord[], void, undefined> {
  const sink = new FileFindings(findings, file.rel);
  const cells = new Cells(sink, ctx);
  // The previous good row's raw cells and what they gave (a cell equal to its raw text gives the same).
  const memo = { dateText: '\0', date: 0, typeText: '\0', type: '', cohortText: '\0', cohort: '', groupText: '\0', group: '' };
  try {
    for await (const { col, rows, lines, fits } of readTable(file, ATTENDANCE_COLUMNS, sink, options)) {
      const [cParticipant, cDate, cType, cStatus, cCohort, cGroup, cMinutes] = col as [number, number, number, number, number, number, number];
      const out: AttendanceRecord[] = [];
      for (let i = 0; i < rows.length; i++) {
        const f = rows[i]!;
        const line = lines[i]!;
        if (!fits(f, line)) continue;
        cells.row(line);
        // Rows come in runs of one session: date, type, cohort and group are
        // mostly the previous row's, and comparing is cheaper than looking up.
        const dateText = f[cDate]!;
        const date = dateText === memo.dateText ? memo.date : cells.date(dateText, 'date');
        const typeText = f[cType]!;
        const type = typeText === memo.typeText ? memo.type : cells.required(typeText, 'type');
        const status = statusOf(f[cStatus]!) ?? cells.choice(f[cStatus]!, 'status', ATTENDANCE_STATUSES);
        const minutes = cMinutes >= 0 ? cells.count(f[cMinutes]!, 'minutes') : undefined;
        const cohortText = cCohort >= 0 ? f[cCohort]! : '';
        const cohort = cohortText === memo.cohortText ? memo.cohort : clean(cohortText) === '' ? '' : cells.ref(cohortText, 'cohort', 'cohort', ctx.cohorts);
        const groupText = cGroup >= 0 ? f[cGroup]! : '';
        const group = groupText === memo.groupText ? memo.group : cells.text(groupText);
        const participant = cells.participant(f[cParticipant]!, 'participant');
        if (cells.bad) continue;
        memo.dateText = dateText;
        memo.date = date!;
        if (typeText !== memo.typeText) {
          memo.typeText = typeText;
          memo.type = cells.text(type!);
        }
        memo.cohortText = cohortText;
        memo.cohort = cohort!;
        memo.groupText = groupText;
        memo.group = group;
        const record: AttendanceRecord = {
          participant: participant!,
          date: date!,
          type: memo.type,
          status: status!,
          cohort: cohort!,
          group,
          source: { file: file.rel, line },
        };
        if (minutes !== undefined) record.minutes = minutes;
        out.push(record);
      }
      if (out.length > 0) yield out;
    }
  } finally {
    sink.close();
  }
}

/** The common spellings without a call into Cells. */
function statusOf(text: string): AttendanceStatus | undefined {
  switch (text) {
    case 'present':
    case 'absent':
    case 'excused':
      return text;
    default:
      return undefined;
  }
}
