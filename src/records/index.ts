/** Reading `records/`: the four record kinds of FORMAT.md "Records", streamed. */
export type * from './types.js';
export { type RecordContext, recordContext } from './context.js';
export { type FoundRecords, type RecordFile, type RecordFiles, type RecordKind, RECORD_KINDS, findRecordFiles, recordFile } from './files.js';
export { FINDINGS_SHOWN } from './findings.js';
export type { ReadOptions } from './table.js';
export type { CsvEngine } from './csv.js';
export { ATTENDANCE_COLUMNS, ATTENDANCE_STATUSES, readAttendanceBatches } from './attendance.js';
export { ASSESSMENT_COLUMNS, readAssessments, readAssessmentsBatches } from './assessments.js';
export { PROJECT_COLUMNS, PROJECT_STATUSES, readProjects, readProjectsBatches } from './projects.js';
export { FEEDBACK_COLUMNS, FEEDBACK_KINDS, readFeedback, readFeedbackBatches } from './feedback.js';
