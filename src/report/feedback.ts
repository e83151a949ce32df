import type { FeedbackKind, FeedbackRecord } from '../records/types.js';
import type { FeedbackAverage } from './types.js';
import { type ReportContext, runningOn } from './context.js';

/**
 * Feedback, streamed into running sums (FORMAT.md "Records", Feedback):
 * per kind, per mentor (mentor feedback), per project (stakeholder feedback)
 * and per cohort (peer feedback, by the cohort of the person rated, running
 * on the day it was given).
 */
export class Mean {
  sum = 0;
  count = 0;
  add(value: number): void {
    this.sum += value;
    this.count++;
  }
  get value(): number | null {
    return this.count > 0 ? this.sum / this.count : null;
  }
  average(): FeedbackAverage {
    return { count: this.count, average: this.value };
  }
}

export interface FeedbackBook {
  kind: Record<FeedbackKind, Mean>;
  mentor: Map<string, Mean>;
  project: Map<string, Mean>;
  /** Cohort index → peer ratings of its participants. */
  peerByCohort: Map<number, Mean>;
}

export async function readFeedback(ctx: ReportContext, rows: AsyncIterable<FeedbackRecord>): Promise<FeedbackBook> {
  const book: FeedbackBook = { kind: { peer: new Mean(), mentor: new Mean(), stakeholder: new Mean() }, mentor: new Map(), project: new Map(), peerByCohort: new Map() };
  for await (const row of rows) {
    if (row.date > ctx.today || !Number.isFinite(row.rating)) continue;
    book.kind[row.kind].add(row.rating);
    if (row.kind === 'mentor') meanOf(book.mentor, row.to).add(row.rating);
    if (row.kind === 'stakeholder') meanOf(book.project, row.to).add(row.rating);
    if (row.kind === 'peer') {
      const cohort = cohortOf(ctx, row);
      if (cohort !== undefined) meanOf(book.peerByCohort, cohort).add(row.rating);
    }
  }
  return book;
}

function meanOf<K>(map: Map<K, Mean>, key: K): Mean {
  let mean = map.get(key);
  if (!mean) map.set(key, (mean = new Mean()));
  return mean;
}

function cohortOf(ctx: ReportContext, row: FeedbackRecord): number | undefined {
  const slots = ctx.slotsOf(row.to);
  if (slots.length === 0) return undefined;
  const running = runningOn(ctx, slots, row.date);
  const slot = running[0] ?? slots.filter((s) => ctx.cohorts[ctx.slots[s]!.cohort]!.calendar.start <= row.date).pop() ?? slots[0]!;
  return ctx.slots[slot]!.cohort;
}
