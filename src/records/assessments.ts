import { Cells } from './cells.js';
import type { RecordContext } from './context.js';
import type { RecordFile } from './files.js';
import { FileFindings } from './findings.js';
import { flatten } from './flatten.js';
import { type Columns, type ReadOptions, recordBatches } from './table.js';
import type { AssessmentRecord, RecordFinding } from './types.js';

export const ASSESSMENT_COLUMNS: Columns = { required: ['participant', 'module', 'score', 'date'], optional: ['assessor'] };

/**
 * Assessment rows (`assessments*.csv`), streamed. `module` is any module of
 * the program; `score` is 0..1 or a percentage; `assessor` is kept as
 * written, a mentor's email resolved to the mentor's id.
 */
export function readAssessments(file: RecordFile, ctx: RecordContext, findings: RecordFinding[], options: ReadOptions = {}): AsyncGenerator<AssessmentRecord, void, undefined> {
  return flatten(readAssessmentsBatches(file, ctx, findings, options));
}

/** The same rows, a batch (one chunk of the file, a few thousand rows) at a time: for consumers that count millions of rows, an async step per batch instead of per row. */
export async function* readAssessmentsBatches(file: RecordFile, ctx: RecordContext, findings: RecordFinding[], options: ReadOptions = {}): AsyncGenerator<AssessmentRecord[], void, undefined> {
  const sink = new FileFindings(findings, file.rel);
  const cells = new Cells(sink, ctx);
  yield* recordBatches(file, ASSESSMENT_COLUMNS, sink, options, (col) => {
    const [cParticipant, cModule, cScore, cDate, cAssessor] = col as number[] as [number, number, number, number, number];
    return (f: string[], line: number): AssessmentRecord | undefined => {
      cells.row(line);
      const score = cells.score(f[cScore]!, 'score');
      const date = cells.date(f[cDate]!, 'date');
      const participant = cells.participant(f[cParticipant]!, 'participant');
      const module = cells.ref(f[cModule]!, 'module', 'module', ctx.modules);
      if (cells.bad) return undefined;
      const assessor = cAssessor >= 0 ? cells.text(f[cAssessor]!) : '';
      return {
        participant: participant!,
        module: module!,
        score: score!,
        date: date!,
        assessor: (assessor && cells.person(assessor, ctx.mentors, ctx.mentorEmails)) || assessor,
        source: { file: file.rel, line },
      };
    };
  });
}
