import { Cells } from './cells.js';
import type { RecordContext } from './context.js';
import type { RecordFile } from './files.js';
import { FileFindings } from './findings.js';
import { flatten } from './flatten.js';
import { type Columns, type ReadOptions, recordBatches } from './table.js';
import type { ProjectRecord, ProjectStatus, RecordFinding } from './types.js';

export const PROJECT_COLUMNS: Columns = {
  required: ['project', 'status', 'date'],
  optional: ['planned_days', 'actual_days', 'rework_count', 'satisfaction'],
};
export const PROJECT_STATUSES: readonly ProjectStatus[] = ['proposed', 'approved', 'in-progress', 'delivered', 'accepted', 'cancelled'];

/**
 * Project status rows (`projects*.csv`), streamed. Days are numbers ≥ 0,
 * `rework_count` a whole number ≥ 0, `satisfaction` 1..5; empty is absent.
 */
export function readProjects(file: RecordFile, ctx: RecordContext, findings: RecordFinding[], options: ReadOptions = {}): AsyncGenerator<ProjectRecord, void, undefined> {
  return flatten(readProjectsBatches(file, ctx, findings, options));
}

/** The same rows, a batch (one chunk of the file, a few thousand rows) at a time: for consumers that count millions of rows, an async step per batch instead of per row. */
export async function* readProjectsBatches(file: RecordFile, ctx: RecordContext, findings: RecordFinding[], options: ReadOptions = {}): AsyncGenerator<ProjectRecord[], void, undefined> {
  const sink = new FileFindings(findings, file.rel);
  const cells = new Cells(sink, ctx);
  yield* recordBatches(file, PROJECT_COLUMNS, sink, options, (col) => {
    const [cProject, cStatus, cDate, cPlanned, cActual, cRework, cSatisfaction] = col as number[] as [number, number, number, number, number, number, number];
    return (f: string[], line: number): ProjectRecord | undefined => {
      cells.row(line);
      const status = cells.choice(f[cStatus]!, 'status', PROJECT_STATUSES);
      const date = cells.date(f[cDate]!, 'date');
      const plannedDays = cPlanned >= 0 ? cells.number(f[cPlanned]!, 'planned_days', 0) : undefined;
      const actualDays = cActual >= 0 ? cells.number(f[cActual]!, 'actual_days', 0) : undefined;
      const reworkCount = cRework >= 0 ? cells.number(f[cRework]!, 'rework_count', 0, Infinity, true) : undefined;
      const satisfaction = cSatisfaction >= 0 ? cells.number(f[cSatisfaction]!, 'satisfaction', 1, 5) : undefined;
      const project = cells.ref(f[cProject]!, 'project', 'project', ctx.projects);
      if (cells.bad) return undefined;
      const record: ProjectRecord = { project: project!, status: status!, date: date!, source: { file: file.rel, line } };
      if (plannedDays !== undefined) record.plannedDays = plannedDays;
      if (actualDays !== undefined) record.actualDays = actualDays;
      if (reworkCount !== undefined) record.reworkCount = reworkCount;
      if (satisfaction !== undefined) record.satisfaction = satisfaction;
      return record;
    };
  });
}
