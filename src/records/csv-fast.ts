import { type CsvProblem, type CsvRowSink, MAX_RECORD_CHARS, describeCsvError, parseQuotedRecord, readProblem, tooLong, unclosedQuote } from './csv.js';
import { decodeFile } from './decode.js';

/**
 * The fast CSV engine. Why it exists: csv-parse takes every character through
 * a general state machine (options, look-ahead, per-byte buffer appends). On
 * the benchmark's 1,000,000-row attendance file it alone takes ~9.5 s, four
 * times Miller's whole group-by (~2.5 s), and the target is 0.6× of Miller.
 * Exports are overwhelmingly simple lines, so:
 *
 * - a line with no `"` is split on `,` here (splitPlain);
 * - a line with a `"` is scanned once (scanQuoted): a well-formed record is
 *   split there, and one that is well-formed up to a quoted field still open
 *   at the line end starts a multi-line record;
 * - a multi-line record runs, line by line, until its count of `"` is even
 *   (a record's quotes pair up: `""` inside a quoted field adds two); a
 *   well-formed one is split by splitQuoted (below), any other is handed to
 *   csv-parse, so malformed quoting is judged and worded by csv-parse;
 * - any other line with a `"` is csv-parse's too: with an even count, a
 *   record to read or an error to word; with an odd one, the start of a
 *   multi-line record if csv-parse finds only an unclosed quote, else an
 *   error (a stray quote, `ab"c`) at once.
 *
 * The benchmark's reader process (reading, checking and counting every row)
 * then takes ~0.8 s for that file (~1.1 s with every field quoted).
 * test/records/csv.test.ts holds this engine to csv-parse's rows
 * (csv-stream.ts) on hand-written cases and generated files.
 *
 * Line numbers are counted here, one per LF: csv-parse's `info.lines` counts
 * a CR and an LF inside a quoted field as two lines, which shifts every later
 * row of a CRLF file with multi-line cells (csv-stream.ts corrects for it).
 * Memory is one chunk plus one pending record (at most MAX_RECORD_CHARS).
 */
export async function* fastRows(abs: string, onRow: CsvRowSink, problem: CsvProblem): AsyncGenerator<void, void, undefined> {
  let rest = ''; // text after the last LF seen
  let line = 1; // the line `rest` starts on
  let pending = ''; // an unfinished quoted record: its text from its first character to the last LF seen
  let pendingLine = 0; // the line it starts on; 0 when there is none
  let pendingQuotes = 0; // its count of `"` so far
  let failed = false; // after a problem nothing more is read
  const plain: string[] = []; // the fields of a plain line, reused: sinks take values out of it, never keep it

  const fail = (at: number, message: string, hint?: string): void => {
    failed = true;
    problem(at, message, hint);
  };

  const unclosed = (): void => {
    const { message, hint } = unclosedQuote(pendingLine);
    fail(pendingLine, message, hint);
  };

  /** A complete logical record holding quotes, without its line end. */
  const quoted = (text: string, at: number): void => {
    const fields = splitQuoted(text) ?? parseQuotedRecord(text);
    if (Array.isArray(fields)) {
      onRow(fields, at);
      return;
    }
    const { message, hint } = describeCsvError(fields);
    const within = typeof fields.lines === 'number' ? fields.lines - 1 : 0;
    fail(at + Math.max(0, Math.min(within, countChar(text, '\n', 0, text.length))), message, hint);
  };

  /**
   * A physical line that does not continue a quoted record: `[start, end)` is
   * its text, `next` where the following line starts; `quoteAt` the first `"`
   * at or after `start`, or -1.
   */
  const fresh = (text: string, start: number, end: number, next: number, at: number, quoteAt: number): void => {
    if (end === start || text.charCodeAt(start) === 35 /* # */) return;
    if (quoteAt < 0 || quoteAt >= end) {
      onRow(splitPlain(text, start, end, plain), at);
      return;
    }
    // Most lines with quotes are whole well-formed records (an export that
    // quotes every field) or start a well-formed multi-line field: one pass
    // tells. Anything else is csv-parse's to read, or to word as an error.
    const fields = scanQuoted(text, start, end, plain);
    if (fields === OPEN) {
      open(text.slice(start, next), at);
    } else if (fields !== undefined) {
      onRow(fields, at);
    } else if (countChar(text, '"', quoteAt, end) % 2 === 0) {
      quoted(text.slice(start, end), at);
    } else {
      // An odd count: a quoted field that goes on to the next line, or a stray quote (`ab"c`), which csv-parse words.
      const check = parseQuotedRecord(text.slice(start, end));
      if (!Array.isArray(check) && check.code !== 'CSV_QUOTE_NOT_CLOSED') {
        const { message, hint } = describeCsvError(check);
        fail(at, message, hint);
        return;
      }
      open(text.slice(start, next), at);
    }
  };

  /** A record that goes on past its first line: `text` is that line with its line end. */
  const open = (text: string, at: number): void => {
    pending = text;
    pendingLine = at;
    pendingQuotes = 1; // odd: what counts is whether the record's quotes pair up yet
  };

  try {
    for await (const chunk of decodeFile(abs)) {
      const text = rest.length > 0 ? rest + chunk : chunk;
      let start = 0;
      // The next `"` at or after `start`, looked up again only once passed, so a chunk is scanned once rather than once per line.
      let quoteAt = text.indexOf('"');
      for (;;) {
        const nl = text.indexOf('\n', start);
        if (nl < 0) break;
        if (quoteAt >= 0 && quoteAt < start) quoteAt = text.indexOf('"', start);
        if (pendingLine === 0) {
          fresh(text, start, nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl, nl + 1, line, quoteAt);
        } else {
          // Inside a quoted record: the line and its line end belong to it, whatever they hold.
          pending += text.slice(start, nl + 1);
          if (quoteAt >= 0 && quoteAt < nl) pendingQuotes += countChar(text, '"', quoteAt, nl);
          if (pendingQuotes % 2 === 0) {
            quoted(stripLineEnd(pending), pendingLine);
            pending = '';
            pendingLine = 0;
          } else if (pending.length > MAX_RECORD_CHARS) {
            const { message, hint } = tooLong();
            fail(pendingLine, message, hint);
          }
        }
        if (failed) break;
        line++;
        start = nl + 1;
      }
      if (failed) break;
      rest = text.slice(start);
      if (rest.length + pending.length > MAX_RECORD_CHARS) {
        const { message, hint } = tooLong();
        fail(pendingLine || line, message, hint);
        break;
      }
      yield;
    }
    if (!failed) {
      // The last line, when the file does not end with a line break.
      if (pendingLine > 0) {
        pending += rest;
        pendingQuotes += countChar(rest, '"', 0, rest.length);
        if (pendingQuotes % 2 === 0) quoted(stripLineEnd(pending), pendingLine);
        else unclosed();
      } else if (rest.length > 0) {
        fresh(rest, 0, rest.charCodeAt(rest.length - 1) === 13 ? rest.length - 1 : rest.length, rest.length, line, rest.indexOf('"'));
        if (pendingLine > 0) unclosed();
      }
    }
  } catch (error) {
    // Not UTF-8, or unreadable: the rows before are good; the error finding stops the report.
    readProblem(error, line, problem);
  }
}

/**
 * The fields of `text[start, end)`, which holds no quote, into `fields`
 * (overwritten). Twice as fast as slice + split, which builds the line
 * first; reusing the array spares an allocation per row.
 */
export function splitPlain(text: string, start: number, end: number, fields: string[] = []): string[] {
  let n = 0;
  let from = start;
  for (;;) {
    const comma = text.indexOf(',', from);
    if (comma < 0 || comma >= end) break;
    fields[n++] = text.slice(from, comma);
    from = comma + 1;
  }
  fields[n++] = text.slice(from, end);
  if (fields.length !== n) fields.length = n;
  return fields;
}

/**
 * The fields of a record with quotes, when it is well-formed RFC 4180: each
 * field either has no `"` or is wholly quoted with `""` inside. Anything else
 * is undefined, and csv-parse reads it (and words the error). Not left to
 * csv-parse throughout because its one-shot parse costs ~20 µs a record: an
 * export that quotes every field (many tools do) would read at a tenth of
 * the speed.
 */
export function splitQuoted(text: string): string[] | undefined {
  const fields = scanQuoted(text, 0, text.length, []);
  return fields === OPEN ? undefined : fields;
}

/** What scanQuoted gives for text that ends inside a quoted field, well-formed up to there: the start of a multi-line field. */
const OPEN = Symbol('open');

/**
 * The fields of `text[start, end)` into `fields` (overwritten) when it is
 * well-formed (see splitQuoted); OPEN when it is well-formed up to where it
 * ends inside a quoted field; undefined otherwise. `text[end]`, when there
 * is one, ends a line (CR or LF), never a quote.
 */
function scanQuoted(text: string, start: number, end: number, fields: string[]): string[] | typeof OPEN | undefined {
  let n = 0;
  let i = start;
  let quote = -2; // the first `"` at or after `i` once looked up (-1: none), for fields that must have none
  for (;;) {
    if (i < end && text.charCodeAt(i) === 34) {
      let value = '';
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0 || q >= end) return OPEN;
        if (text.charCodeAt(q + 1) === 34) {
          value += text.slice(from, q + 1);
          from = q + 2;
          continue;
        }
        value += text.slice(from, q);
        i = q + 1;
        break;
      }
      fields[n++] = value;
      if (i === end) break;
      if (text.charCodeAt(i) !== 44) return undefined;
      i++;
    } else {
      const comma = text.indexOf(',', i);
      const stop = comma < 0 || comma >= end ? end : comma;
      if (quote !== -1 && quote < i) quote = text.indexOf('"', i);
      if (quote >= 0 && quote < stop) return undefined;
      fields[n++] = text.slice(i, stop);
      if (stop === end) break;
      i = stop + 1;
    }
  }
  if (fields.length !== n) fields.length = n;
  return fields;
}

/** `text` without one trailing LF or CRLF. */
function stripLineEnd(text: string): string {
  if (text.charCodeAt(text.length - 1) !== 10) return text;
  return text.charCodeAt(text.length - 2) === 13 ? text.slice(0, -2) : text.slice(0, -1);
}

/** Occurrences of `ch` in `text[from, to)`. */
function countChar(text: string, ch: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf(ch, from); i >= 0 && i < to; i = text.indexOf(ch, i + 1)) n++;
  return n;
}
