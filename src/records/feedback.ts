import { Cells, clean } from './cells.js';
import type { RecordContext } from './context.js';
import type { RecordFile } from './files.js';
import { FileFindings } from './findings.js';
import { flatten } from './flatten.js';
import { type Columns, type ReadOptions, recordBatches } from './table.js';
import type { FeedbackKind, FeedbackRecord, RecordFinding } from './types.js';

export const FEEDBACK_COLUMNS: Columns = { required: ['from', 'to', 'rating', 'date'], optional: ['comment', 'kind'] };
export const FEEDBACK_KINDS: readonly FeedbackKind[] = ['peer', 'mentor', 'stakeholder'];

/**
 * Feedback rows (`feedback*.csv`), streamed.
 *
 * `from` is anyone: a participant's or mentor's email becomes their id,
 * anything else (a sponsor's email) is kept as written. `to` is a
 * participant, a mentor or a project, by id or (people) email. Without
 * `kind`, `to` decides it: a participant is `peer`, a mentor `mentor`, a
 * project `stakeholder`, tried in that order. With `kind`, `to` is looked up
 * in that kind's ids first, then in the others (a sponsor may rate a
 * participant). A `to` that is none of them is a warning and the row is left
 * out.
 */
export function readFeedback(file: RecordFile, ctx: RecordContext, findings: RecordFinding[], options: ReadOptions = {}): AsyncGenerator<FeedbackRecord, void, undefined> {
  return flatten(readFeedbackBatches(file, ctx, findings, options));
}

/** The same rows, a batch (one chunk of the file, a few thousand rows) at a time: for consumers that count millions of rows, an async step per batch instead of per row. */
export async function* readFeedbackBatches(file: RecordFile, ctx: RecordContext, findings: RecordFinding[], options: ReadOptions = {}): AsyncGenerator<FeedbackRecord[], void, undefined> {
  const sink = new FileFindings(findings, file.rel);
  const cells = new Cells(sink, ctx);
  const lookups: Record<FeedbackKind, (value: string) => string | undefined> = {
    peer: (value) => cells.person(value, ctx.participants, ctx.participantEmails),
    mentor: (value) => cells.person(value, ctx.mentors, ctx.mentorEmails),
    stakeholder: (value) => cells.known(value, ctx.projects),
  };
  let targets: Set<string> | undefined; // every id `to` may name, for did-you-mean
  yield* recordBatches(file, FEEDBACK_COLUMNS, sink, options, (col) => {
    const [cFrom, cTo, cRating, cDate, cComment, cKind] = col as number[] as [number, number, number, number, number, number];
    return (f: string[], line: number): FeedbackRecord | undefined => {
      cells.row(line);
      const from = cells.required(f[cFrom]!, 'from');
      const toText = cells.required(f[cTo]!, 'to');
      const ratingText = clean(f[cRating]!);
      const rating = ratingText === '' ? cells.error('rating', 'rating is empty', 'a number from 1 to 5') : cells.number(ratingText, 'rating', 1, 5);
      const date = cells.date(f[cDate]!, 'date');
      const kindText = cKind >= 0 ? clean(f[cKind]!) : '';
      const written = kindText === '' ? undefined : cells.choice(kindText, 'kind', FEEDBACK_KINDS);
      if (cells.bad) return undefined;
      let kind: FeedbackKind | undefined;
      let to: string | undefined;
      for (const k of written !== undefined ? [written, ...FEEDBACK_KINDS.filter((x) => x !== written)] : FEEDBACK_KINDS) {
        to = lookups[k](toText!);
        if (to !== undefined) {
          kind = written ?? k;
          break;
        }
      }
      if (to === undefined || kind === undefined) {
        cells.skip(
          'to',
          () => `"${toText}" is not a participant, mentor or project${toText!.includes('@') ? '' : cells.didYouMean(toText!, (targets ??= new Set([...ctx.participants, ...ctx.mentors, ...ctx.projects])))}`,
          () => (kindText === '' ? 'feedback goes to a participant (peer), a mentor (mentor) or a project (stakeholder), by id or email' : undefined),
        );
        return undefined;
      }
      return {
        from: lookups.peer(from!) ?? lookups.mentor(from!) ?? cells.text(from!.includes('@') ? from!.toLowerCase() : from!),
        to,
        rating: rating!,
        date: date!,
        comment: cComment >= 0 ? cells.text(f[cComment]!) : '',
        kind,
        source: { file: file.rel, line },
      };
    };
  });
}
