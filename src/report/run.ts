import type { ProgramPlan } from '../plan/index.js';
import type { ProgramModel } from '../program/model.js';
import {
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

/** Reads every record file of the program (streamed, file after file) into the report model. */
export async function reportFromRecords(root: string, model: ProgramModel, plan: ProgramPlan, today: DayNumber, findings: RecordFinding[]): Promise<ReportModel> {
  const ctx = recordContext(model);
  const files = findRecordFiles(root, model.program!.value.spec.records ?? 'records/');
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
