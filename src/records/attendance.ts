import { Cells, clean } from './cells.js';
import type { RecordContext } from './context.js';
import type { RecordFile } from './files.js';
import { FileFindings } from './findings.js';
import { type Columns, type ReadOptions, recordBatches } from './table.js';
import type { AttendanceRecord, AttendanceStatus, RecordFinding } from './types.js';

export const ATTENDANCE_COLUMNS: Columns = { required: ['participant', 'date', 'type', 'status'], optional: ['cohort', 'group', 'minutes'] };
export const ATTENDANCE_STATUSES: readonly AttendanceStatus[] = ['present', 'absent', 'excused'];

/**
 * Attendance rows (`attendance*.csv`), streamed a batch (one chunk of the
 * file, about a thousand rows) at a time: an export can have millions of
 * rows, and an async step per row would cost more than reading it.
 * `cohort`, when given, must be a cohort of the program; `group` and `type`
 * are kept as written (the report matches them to planned sessions);
 * `minutes` is a number ≥ 0.
 */
export async function* readAttendanceBatches(file: RecordFile, ctx: RecordContext, findings: RecordFinding[], options: ReadOptions = {}): AsyncGenerator<AttendanceRecord[], void, undefined> {
  const sink = new FileFindings(findings, file.rel);
  const cells = new Cells(sink, ctx);
  yield* recordBatches(file, ATTENDANCE_COLUMNS, sink, options, (col) => {
    const [cParticipant, cDate, cType, cStatus, cCohort, cGroup, cMinutes] = col as [number, number, number, number, number, number, number];
    // Rows come in runs of one session: date, type, cohort and group are mostly
    // the previous good row's, and comparing the text is cheaper than reading it.
    let dateText = '\0', date = 0, typeText = '\0', type = '', cohortText = '\0', cohort = '', groupText = '\0', group = ''; // prettier-ignore
    return (f, line) => {
      cells.row(line);
      const dateCell = f[cDate]!;
      const day = dateCell === dateText ? date : cells.date(dateCell, 'date');
      const typeCell = f[cType]!;
      const typeValue = typeCell === typeText ? type : cells.required(typeCell, 'type');
      const status = statusOf(f[cStatus]!) ?? cells.choice(f[cStatus]!, 'status', ATTENDANCE_STATUSES);
      const minutes = cMinutes >= 0 ? cells.count(f[cMinutes]!, 'minutes') : undefined;
      const cohortCell = cCohort >= 0 ? f[cCohort]! : '';
      const cohortValue = cohortCell === cohortText ? cohort : clean(cohortCell) === '' ? '' : cells.ref(cohortCell, 'cohort', 'cohort', ctx.cohorts);
      const groupCell = cGroup >= 0 ? f[cGroup]! : '';
      const groupValue = groupCell === groupText ? group : cells.text(groupCell);
      const participant = cells.participant(f[cParticipant]!, 'participant');
      if (cells.bad) return undefined;
      dateText = dateCell;
      date = day!;
      if (typeCell !== typeText) {
        typeText = typeCell;
        type = cells.text(typeValue!);
      }
      cohortText = cohortCell;
      cohort = cohortValue!;
      groupText = groupCell;
      group = groupValue;
      // One object shape for every record (minutes present, maybe undefined): consumers' property reads stay monomorphic.
      return { participant: participant!, date, type, status: status!, cohort, group, minutes, source: { file: file.rel, line } };
    };
  });
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
