import type { AssessmentRecord, RecordFinding } from '../records/types.js';
import type { DayNumber } from '../util/dates.js';
import { type ReportContext, runningOn } from './context.js';

/**
 * Assessment results, streamed (FORMAT.md "Records", Assessments): per
 * participant slot and module, the attempts, the best score and the day of
 * the first attempt that reached the pass mark. Sized by slots × modules.
 */
export interface ModuleAttempts {
  attempts: number;
  best: number;
  /** Day of the earliest attempt at or above passScore; undefined when none did (or the module has no assessment). */
  passedOn: DayNumber | undefined;
}

/** Slot index → module id → attempts. */
export type AssessmentBook = Map<number, Map<string, ModuleAttempts>>;

export async function readAssessments(ctx: ReportContext, rows: AsyncIterable<AssessmentRecord>, warn: (f: RecordFinding) => void): Promise<AssessmentBook> {
  const book: AssessmentBook = new Map();
  const noted = new Set<string>();
  for await (const row of rows) {
    if (row.date > ctx.today) continue;
    const found = slotFor(ctx, row);
    if (typeof found === 'string') {
      warn({ severity: 'warning', file: row.source.file, line: row.source.line, column: found.startsWith('unknown participant') ? 'participant' : 'module', message: found });
      continue;
    }
    const cohort = ctx.cohorts[ctx.slots[found]!.cohort]!;
    const module = cohort.modules.find((m) => m.id === row.module)!;
    const passScore = module.assessment?.passScore;
    if (passScore === undefined && !noted.has(`${cohort.curriculumId}/${module.id}`)) {
      // Noted once per module: its scores are kept, but nothing can pass it.
      noted.add(`${cohort.curriculumId}/${module.id}`);
      warn({
        severity: 'warning',
        file: row.source.file,
        line: row.source.line,
        column: 'module',
        message: `module ${module.id} of ${cohort.curriculumId} has no assessment, so no score passes it`,
        hint: `give the module an assessment: { type, passScore } in the curriculum`,
      });
    }
    let modules = book.get(found);
    if (!modules) book.set(found, (modules = new Map()));
    const entry = modules.get(row.module) ?? { attempts: 0, best: -Infinity, passedOn: undefined };
    entry.attempts++;
    entry.best = Math.max(entry.best, row.score);
    if (passScore !== undefined && row.score >= passScore && (entry.passedOn === undefined || row.date < entry.passedOn)) entry.passedOn = row.date;
    modules.set(row.module, entry);
  }
  return book;
}

/** The slot an assessment belongs to: the participant's cohort whose curriculum has the module; several: the one running that day, else the latest begun. */
function slotFor(ctx: ReportContext, row: AssessmentRecord): number | string {
  const slots = ctx.slotsOf(row.participant);
  if (slots.length === 0) return `unknown participant "${row.participant}"`;
  const withModule = slots.filter((s) => ctx.cohorts[ctx.slots[s]!.cohort]!.modules.some((m) => m.id === row.module));
  if (withModule.length === 0) {
    const curricula = [...new Set(slots.map((s) => ctx.cohorts[ctx.slots[s]!.cohort]!.curriculumId))];
    return `${row.participant}'s curriculum ${curricula.join(' / ')} has no module "${row.module}"`;
  }
  if (withModule.length === 1) return withModule[0]!;
  const running = runningOn(ctx, withModule, row.date);
  if (running.length === 1) return running[0]!;
  const begun = withModule.filter((s) => ctx.cohorts[ctx.slots[s]!.cohort]!.calendar.start <= row.date);
  // Slots are in cohort start order, so the last begun is the latest.
  return begun.length > 0 ? begun[begun.length - 1]! : withModule[0]!;
}
