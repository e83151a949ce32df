import type { FeedbackKind, FeedbackRecord, RecordFinding } from '../records/types.js';
import { formatDate } from '../util/dates.js';
import type { FeedbackAverage } from './types.js';
import { type ReportContext, runningOn } from './context.js';
import { projectDeclarations } from './projects.js';

/**
 * Feedback, streamed into running sums (FORMAT.md "Records", Feedback):
 * per kind, per mentor (mentor feedback), per project (stakeholder feedback)
 * and, for `--cohort`, the same per cohort. A rating is credited to a cohort
 * as follows: peer feedback to the cohort of the person rated that runs on
 * the day it was given, preferring one the rater shares with them; mentor
 * feedback to the rater's cohort (when the rater is a participant),
 * preferring one the mentor serves; stakeholder feedback to the project's
 * cohort. A peer or mentor rating that could be for several cohorts is a
 * warning and counts program-wide only.
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

/** Ratings of one scope (the program, or one cohort): per kind, and per mentor rated. */
export interface FeedbackSums {
  kind: Record<FeedbackKind, Mean>;
  mentor: Map<string, Mean>;
}

export interface FeedbackBook extends FeedbackSums {
  project: Map<string, Mean>;
  /** Cohort index → the ratings credited to it. */
  cohort: Map<number, FeedbackSums>;
}

/** Mentor id → whether they serve the cohort of that index (lead one of its groups or are assigned one of its learners). */
export type Serves = (mentor: string, cohort: number) => boolean;

const sums = (): FeedbackSums => ({ kind: { peer: new Mean(), mentor: new Mean(), stakeholder: new Mean() }, mentor: new Map() });

export async function readFeedback(ctx: ReportContext, rows: AsyncIterable<FeedbackRecord>, serves: Serves, warn: (f: RecordFinding) => void): Promise<FeedbackBook> {
  const book: FeedbackBook = { ...sums(), project: new Map(), cohort: new Map() };
  const projectCohort = new Map([...projectDeclarations(ctx)].map(([id, declared]) => [id, declared.cohort]));
  for await (const row of rows) {
    if (row.date > ctx.today || !Number.isFinite(row.rating)) continue;
    add(book, row);
    if (row.kind === 'stakeholder') meanOf(book.project, row.to).add(row.rating);
    const credit = creditOf(ctx, row, serves, projectCohort);
    if ('problem' in credit) warn({ severity: 'warning', file: row.source.file, line: row.source.line, column: credit.column, message: credit.problem });
    else if (credit.cohort !== undefined) add(sumsOf(book.cohort, credit.cohort), row);
  }
  return book;
}

function add(into: FeedbackSums, row: FeedbackRecord): void {
  into.kind[row.kind].add(row.rating);
  if (row.kind === 'mentor') meanOf(into.mentor, row.to).add(row.rating);
}

function meanOf<K>(map: Map<K, Mean>, key: K): Mean {
  let mean = map.get(key);
  if (!mean) map.set(key, (mean = new Mean()));
  return mean;
}

function sumsOf(map: Map<number, FeedbackSums>, cohort: number): FeedbackSums {
  let found = map.get(cohort);
  if (!found) map.set(cohort, (found = sums()));
  return found;
}

/** The cohort a rating counts for (undefined: none), or why it could be for several. */
type Credit = { cohort: number | undefined } | { problem: string; column: string };

function creditOf(ctx: ReportContext, row: FeedbackRecord, serves: Serves, projectCohort: ReadonlyMap<string, number>): Credit {
  if (row.kind === 'peer') return peerCohort(ctx, row);
  if (row.kind === 'mentor') return mentorCohort(ctx, row, serves);
  return { cohort: projectCohort.get(row.to) };
}

/** Peer feedback: the rated person's cohort, preferring one the rater (when a participant) is in too. */
function peerCohort(ctx: ReportContext, row: FeedbackRecord): Credit {
  const rater = ctx.slotsOf(row.from);
  const match = matchCohort(ctx, row.to, row.date, (cohort) => rater.some((s) => ctx.slots[s]!.cohort === cohort));
  if ('cohort' in match) return match;
  return ambiguous(ctx, row.to, row.date, match.candidates, `${row.from} is in ${match.shared === 0 ? 'none' : 'more than one'} of them`, 'to');
}

/** Mentor feedback from a participant: the rater's cohort, preferring one the mentor serves. A rater who is no participant (a sponsor) credits no cohort. */
function mentorCohort(ctx: ReportContext, row: FeedbackRecord, serves: Serves): Credit {
  const match = matchCohort(ctx, row.from, row.date, (cohort) => serves(row.to, cohort));
  if ('cohort' in match) return match;
  return ambiguous(ctx, row.from, row.date, match.candidates, `mentor ${row.to} serves ${match.shared === 0 ? 'none' : 'more than one'} of them`, 'from');
}

type Match = { cohort: number | undefined } | { candidates: number[]; shared: number };

/**
 * Which of `person`'s cohorts a rating of that day belongs to: those running
 * that day (else the last one begun by then, else their first), narrowed to
 * the ones `preferred` holds when any are. No cohort when the person is in
 * none; the candidates, and how many were preferred, when it stays ambiguous.
 */
function matchCohort(ctx: ReportContext, person: string, day: number, preferred: (cohort: number) => boolean): Match {
  const slots = ctx.slotsOf(person);
  if (slots.length === 0) return { cohort: undefined };
  const running = runningOn(ctx, slots, day);
  const fallback = slots.filter((s) => ctx.cohorts[ctx.slots[s]!.cohort]!.calendar.start <= day).pop() ?? slots[0]!;
  const candidates = (running.length > 0 ? running : [fallback]).map((s) => ctx.slots[s]!.cohort);
  const shared = candidates.filter(preferred);
  const chosen = shared.length > 0 ? shared : candidates;
  return chosen.length === 1 ? { cohort: chosen[0]! } : { candidates, shared: shared.length };
}

function ambiguous(ctx: ReportContext, person: string, day: number, cohorts: readonly number[], why: string, column: string): Credit {
  const ids = cohorts.map((c) => ctx.cohorts[c]!.id);
  return { problem: `${person} is in ${ids.join(' and ')} on ${formatDate(day)}, and ${why}: the rating counts program-wide, for no cohort`, column };
}
