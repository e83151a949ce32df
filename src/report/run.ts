import type { ProgramPlan } from '../plan/index.js';
import type { ProgramModel } from '../program/model.js';
import {
  type FoundRecords,
  RECORD_KINDS,
  type RecordFile,
  type RecordFinding,
  findRecordFiles,
  readAssessments,
  readAttendanceBatches,
  readFeedback,
  readProjects,
  recordContext,
  recordFile,
} from '../records/index.js';
import type { DayNumber } from '../util/dates.js';
import { buildReport } from './engine.js';
import type { ReportModel } from './types.js';

/**
 * Why rows may be missing from the report: a `.csv` in the records folder
 * whose name says no record kind, and a records folder that Program.spec.records
 * names but that is not there (without that setting, a program with no
 * records yet is normal).
 */
function folderNotes(model: ProgramModel, found: FoundRecords): RecordFinding[] {
  const notes: RecordFinding[] = found.ignored.map((file) => {
    const name = file.slice(file.lastIndexOf('/') + 1);
    const kind = RECORD_KINDS.find((k) => name.toLowerCase().startsWith(k));
    return {
      severity: 'warning',
      file,
      line: 1,
      message: 'not read: the name of a records file starts with attendance, assessments, projects or feedback',
      hint: kind ? `rename it ${kind}${name.slice(kind.length)} (lower case)` : 'rename it after what it holds, e.g. attendance-zoom.csv',
    };
  });
  const program = model.program!;
  const configured = program.value.spec.records;
  if (found.missing && configured !== undefined) {
    const line = program.source.file.locator.locate(program.source.index, ['spec', 'records']).line;
    notes.push({ severity: 'warning', file: program.source.file.rel, line, message: `the records folder "${configured}" is not there: no records are read`, hint: 'create it, or correct spec.records (relative to the program root)' });
  }
  return notes;
}

/** Reads every record file of the program (streamed, file after file) into the report model. */
export async function reportFromRecords(root: string, model: ProgramModel, plan: ProgramPlan, today: DayNumber, findings: RecordFinding[]): Promise<ReportModel> {
  const ctx = recordContext(model);
  const found = findRecordFiles(root, model.program!.value.spec.records ?? 'records/');
  findings.push(...folderNotes(model, found));
  const files = found.files;
  const each = <T>(rels: string[], read: (file: RecordFile) => AsyncIterable<T>) =>
    (async function* () {
      for (const rel of rels) yield* read(recordFile(root, rel));
    })();
  return buildReport({
    model,
    plan,
    today,
    records: {
      attendance: each(files.attendance, (f) => readAttendanceBatches(f, ctx, findings)),
      assessments: each(files.assessments, (f) => readAssessments(f, ctx, findings)),
      projects: each(files.projects, (f) => readProjects(f, ctx, findings)),
      feedback: each(files.feedback, (f) => readFeedback(f, ctx, findings)),
    },
    warn: (finding) => findings.push(finding),
  });
}
