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
 * `from` is a participant or mentor (by id or email; an email becomes their
 * id), or anyone else by email (a sponsor), kept lower-cased. A `from`
 * without `@` that names no participant or mentor is a warning and the row is
 * left out: it is a typo, not a sponsor. `to` is a participant, a mentor or a
 * project, by id or (people) email. Without `kind`, `to` decides it: a
 * participant is `peer`, a mentor `mentor`, a project `stakeholder`, tried in
 * that order. With `kind`, `to` is looked up in that kind's ids first, then
 * in the others (a sponsor may rate a participant). A `to` that is none of
 * them is a warning and the row is left out, and so is a row whose `from` and
 * `to` are the same person: rating oneself is neither peer nor mentor
 * feedback.
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
  let people: Set<string> | undefined; // every id `from` may name, for did-you-mean
  /** The sender's id, their email as written (lower-cased) when they are no participant or mentor, or undefined after a warning. */
  const sender = (from: string): string | undefined => {
    const id = lookups.peer(from) ?? lookups.mentor(from);
    if (id !== undefined) return id;
    // Sponsors and other stakeholders are on no roster: their email is all there is to go by.
    if (from.includes('@')) return cells.text(from.toLowerCase());
    return cells.skip(
      'from',
      () => `unknown person "${from}"${cells.didYouMean(from, (people ??= new Set([...ctx.participants, ...ctx.mentors])))}`,
      () => 'feedback comes from a participant or mentor (by id or email), or from anyone else by email',
    );
  };
  /** `to` resolved, and the kind it gives (the written one, else the first kind whose ids hold it), or undefined after a warning. */
  const receiver = (toText: string, kindText: string, written: FeedbackKind | undefined): { to: string; kind: FeedbackKind; person: boolean } | undefined => {
    for (const k of written !== undefined ? [written, ...FEEDBACK_KINDS.filter((x) => x !== written)] : FEEDBACK_KINDS) {
      const to = lookups[k](toText);
      if (to !== undefined) return { to, kind: written ?? k, person: k !== 'stakeholder' };
    }
    return cells.skip(
      'to',
      () => `"${toText}" is not a participant, mentor or project${toText.includes('@') ? '' : cells.didYouMean(toText, (targets ??= new Set([...ctx.participants, ...ctx.mentors, ...ctx.projects])))}`,
      () => (kindText === '' ? 'feedback goes to a participant (peer), a mentor (mentor) or a project (stakeholder), by id or email' : undefined),
    );
  };
  yield* recordBatches(file, FEEDBACK_COLUMNS, sink, options, (col) => {
    const [cFrom, cTo, cRating, cDate, cComment, cKind] = col as number[] as [number, number, number, number, number, number];
    return (f: string[], line: number): FeedbackRecord | undefined => {
      cells.row(line);
      const fromText = cells.required(f[cFrom]!, 'from');
      const toText = cells.required(f[cTo]!, 'to');
      const ratingText = clean(f[cRating]!);
      const rating = ratingText === '' ? cells.error('rating', 'rating is empty', 'a number from 1 to 5') : cells.number(ratingText, 'rating', 1, 5);
      const date = cells.date(f[cDate]!, 'date');
      const kindText = cKind >= 0 ? clean(f[cKind]!) : '';
      const written = kindText === '' ? undefined : cells.choice(kindText, 'kind', FEEDBACK_KINDS);
      if (cells.bad) return undefined;
      const from = sender(fromText!);
      const target = from === undefined ? undefined : receiver(toText!, kindText, written);
      if (from === undefined || target === undefined) return undefined;
      // A project may share an id with a person; only a person can rate themselves.
      if (target.person && target.to === from) return cells.skip('to', () => `"${from}" rates themselves: feedback on oneself is neither peer nor mentor feedback`);
      return {
        from,
        to: target.to,
        rating: rating!,
        date: date!,
        comment: cComment >= 0 ? cells.text(f[cComment]!) : '',
        kind: target.kind,
        source: { file: file.rel, line },
      };
    };
  });
}
