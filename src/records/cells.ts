import { type DayNumber, parseDate } from '../util/dates.js';
import { didYouMean } from '../util/suggest.js';
import type { RecordContext } from './context.js';
import type { FileFindings } from './findings.js';

/**
 * Reading the cells of one row, for the four readers. Call `row(line)` first;
 * each method returns the value, or undefined after reporting the problem
 * (which marks the row `bad`: it is left out). Values are trimmed, except
 * free text. Strings kept in records are canonical copies (from the program
 * or interned here), never slices of the file's text: V8 keeps a sliced
 * string's whole parent alive, so one kept id could pin a chunk of the file.
 */
export class Cells {
  line = 0;
  bad = false;
  private readonly dates = new Map<string, DayNumber | undefined>();
  private readonly strings = new Map<string, string>();
  private readonly hints = new Map<ReadonlySet<string>, Map<string, string>>();
  private suggestions = 0;
  private readonly participants: NumberedIds;
  /** Per participant (by number): the one whose id was read right after theirs last time, or -1. */
  private readonly followers: Int32Array;
  /** The previous row's participant (by number), when it was written as an id; else -1. */
  private previous = -1;

  constructor(
    readonly sink: FileFindings,
    readonly ctx: RecordContext,
  ) {
    this.participants = numbered(ctx.participants);
    this.followers = new Int32Array(this.participants.ids.length).fill(-1);
  }

  row(line: number): void {
    this.line = line;
    this.bad = false;
  }

  error(column: string, message: string, hint?: string): undefined {
    this.bad = true;
    this.sink.error(this.line, message, column, hint);
    return undefined;
  }

  /** A warning that leaves the row out. `message` is built only when the warning will be listed. */
  skip(column: string, message: () => string, hint?: () => string | undefined): undefined {
    this.bad = true;
    if (this.sink.wants('warning')) this.sink.warning(this.line, `${message()}; the row is left out`, column, hint?.());
    else this.sink.warning(this.line, ''); // counted, not listed
    return undefined;
  }

  /** A required value: trimmed, not empty. */
  required(text: string, column: string): string | undefined {
    const value = clean(text);
    return value === '' ? this.error(column, `${column} is empty`) : value;
  }

  /** A `YYYY-MM-DD` date that exists. */
  date(text: string, column: string): DayNumber | undefined {
    const value = clean(text);
    let day = this.dates.get(value);
    if (day === undefined) {
      day = parseDate(value);
      if (day !== undefined && this.dates.size < 10_000) this.dates.set(value, day);
    }
    if (day !== undefined) return day;
    if (value === '') return this.error(column, `${column} is empty`, 'write dates as YYYY-MM-DD, e.g. 2026-03-04');
    return /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? this.error(column, `${column} "${value}" is not a calendar date`, 'check the day and month (YYYY-MM-DD)')
      : this.error(column, `${column} "${value}" is not a date in the form YYYY-MM-DD`, 'write dates as YYYY-MM-DD, e.g. 2026-03-04');
  }

  /** One of `allowed`, compared case-insensitively. */
  choice<T extends string>(text: string, column: string, allowed: readonly T[]): T | undefined {
    const value = clean(text);
    if ((allowed as readonly string[]).includes(value)) return value as T;
    const lower = value.toLowerCase();
    if ((allowed as readonly string[]).includes(lower)) return lower as T;
    if (value === '') return this.error(column, `${column} is empty`, `one of ${allowed.join(', ')}`);
    return this.error(column, `${column} "${value}" is not one of ${allowed.join(', ')}${didYouMean(value, allowed)}`);
  }

  /** A number in [min, max]; empty is undefined without a finding (an absent optional value). */
  number(text: string, column: string, min: number, max = Infinity, whole = false): number | undefined {
    const value = clean(text);
    if (value === '') return undefined;
    const n = toNumber(value);
    if (n === undefined) return this.error(column, `${column} "${value}" is not a number`, decimalHint(value));
    if (whole && !Number.isInteger(n)) return this.error(column, `${column} "${value}" is not a whole number`);
    if (n < min || n > max) return this.error(column, `${column} "${value}" is ${range(min, max)}`);
    return n;
  }

  /** `number(text, column, 0)`, with a quick path for plain digits (minutes in a large attendance file). */
  count(text: string, column: string): number | undefined {
    const n = text.length;
    if (n > 0 && n < 10) {
      let value = 0;
      for (let i = 0; i < n; i++) {
        const digit = text.charCodeAt(i) - 48;
        if (digit < 0 || digit > 9) return this.number(text, column, 0);
        value = value * 10 + digit;
      }
      return value;
    }
    return this.number(text, column, 0);
  }

  /** A score as 0..1 (`0.88`, `1`) or a percentage (`88%`, `88.5 %`), as 0..1. */
  score(text: string, column: string): number | undefined {
    const value = clean(text);
    if (value === '') return this.error(column, `${column} is empty`, 'write 0.88 or 88%');
    if (value.endsWith('%')) {
      const n = toNumber(value.slice(0, -1).trimEnd());
      if (n === undefined) return this.error(column, `${column} "${value}" is not a percentage`, 'write 0.88 or 88%');
      if (n < 0 || n > 100) return this.error(column, `${column} "${value}" is outside 0%..100%`);
      return n / 100;
    }
    const n = toNumber(value);
    if (n === undefined) return this.error(column, `${column} "${value}" is not a number`, decimalHint(value) ?? 'write 0.88 or 88%');
    if (n > 1 && n <= 100) return this.error(column, `${column} "${value}" is above 1: a bare number is a share (0..1)`, `write ${toShare(n)} or ${value}%`);
    if (n < 0 || n > 1) return this.error(column, `${column} "${value}" is outside 0..1`, 'write 0.88 or 88%');
    return n;
  }

  /**
   * A participant id, or an email resolved to one; an unknown one is a
   * warning. The common case first: an id as written. Exports list each
   * session's participants in the same order session after session, so the
   * id that followed the previous row's last time is tried before the map:
   * one string comparison, where a lookup among thousands of ids (hashing a
   * fresh string, then a probe that misses the CPU caches) takes about
   * twice as long on a large file.
   */
  participant(text: string, column: string): string | undefined {
    const { ids, number } = this.participants;
    const guess = this.previous >= 0 ? this.followers[this.previous]! : -1;
    if (guess >= 0 && ids[guess] === text) {
      this.previous = guess;
      return ids[guess];
    }
    const n = number.get(text);
    if (n !== undefined) {
      if (this.previous >= 0) this.followers[this.previous] = n;
      this.previous = n;
      return ids[n];
    }
    this.previous = -1;
    return this.participantSlow(text, column);
  }

  private participantSlow(text: string, column: string): string | undefined {
    const value = clean(text);
    if (value === '') return this.error(column, `${column} is empty`);
    const id = this.person(value, this.ctx.participants, this.ctx.participantEmails);
    if (id !== undefined) return id;
    return value.includes('@')
      ? this.skip(column, () => `no participant has the email "${value}"`)
      : this.skip(column, () => `unknown participant "${value}"${this.didYouMean(value, this.ctx.participants)}`);
  }

  /** An id in `ids` (as written, or lower-cased), or undefined without a finding. */
  known(value: string, ids: ReadonlySet<string>): string | undefined {
    const canon = this.canonical(ids);
    return canon.get(value) ?? canon.get(value.toLowerCase());
  }

  /** An id in `ids`, or an email in `emails` (case-insensitive): the id, or undefined without a finding. */
  person(value: string, ids: ReadonlySet<string>, emails: ReadonlyMap<string, string>): string | undefined {
    return this.known(value, ids) ?? (value.includes('@') ? emails.get(value.toLowerCase()) : undefined);
  }

  /** A reference to an id of `ids`; an unknown one is a warning. */
  ref(text: string, column: string, what: string, ids: ReadonlySet<string>): string | undefined {
    const value = clean(text);
    if (value === '') return this.error(column, `${column} is empty`);
    return this.known(value, ids) ?? this.skip(column, () => `unknown ${what} "${value}"${this.didYouMean(value, ids)}`);
  }

  /** Free text, such as a type or a group, as a canonical string. */
  text(text: string): string {
    const value = clean(text);
    let kept = this.strings.get(value);
    if (kept === undefined) {
      kept = flat(value);
      if (this.strings.size < 10_000) this.strings.set(kept, kept);
    }
    return kept;
  }

  /** ` (did you mean "…"?)`, remembered per value, and given up on past 50 distinct values (each costs a pass over `ids`). */
  didYouMean(value: string, ids: ReadonlySet<string>): string {
    let hints = this.hints.get(ids);
    if (hints === undefined) this.hints.set(ids, (hints = new Map()));
    let hint = hints.get(value);
    if (hint === undefined) {
      hint = this.suggestions++ < 50 ? didYouMean(value, ids) : '';
      hints.set(flat(value), hint);
    }
    return hint;
  }

  private canonical(ids: ReadonlySet<string>): Map<string, string> {
    return canonical(ids);
  }
}

/** A set's ids in a list (the program's own strings), and each one's place in it. */
interface NumberedIds {
  ids: string[];
  number: Map<string, number>;
}

const numberings = new WeakMap<ReadonlySet<string>, NumberedIds>();

/** The ids of `set`, numbered, built once per set (a context is built once per run). */
function numbered(set: ReadonlySet<string>): NumberedIds {
  let found = numberings.get(set);
  if (found === undefined || found.ids.length !== set.size) {
    const ids = [...set];
    found = { ids, number: new Map(ids.map((id, i) => [id, i])) };
    numberings.set(set, found);
  }
  return found;
}

const canonicals = new WeakMap<ReadonlySet<string>, Map<string, string>>();

/** id → the program's own string for it, built once per set (a context is built once per run). */
function canonical(ids: ReadonlySet<string>): Map<string, string> {
  let canon = canonicals.get(ids);
  if (canon === undefined || canon.size !== ids.size) {
    canon = new Map();
    for (const id of ids) canon.set(id, id);
    canonicals.set(ids, canon);
  }
  return canon;
}

/** Trimmed, without allocating when there is nothing to trim. */
export function clean(text: string): string {
  const n = text.length;
  return n > 0 && (text.charCodeAt(0) <= 32 || text.charCodeAt(n - 1) <= 32) ? text.trim() : text;
}

/** A copy of `text` that is not a slice of a larger string (see Cells). Short strings are copies already. */
export function flat(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8');
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** A plain decimal number (no exponent, hex, or thousands separators), or undefined. */
export function toNumber(text: string): number | undefined {
  return NUMBER.test(text) ? Number(text) : undefined;
}

function decimalHint(value: string): string | undefined {
  return /^[+-]?\d+,\d+$/.test(value) ? `write a decimal point: ${value.replace(',', '.')}` : undefined;
}

function toShare(n: number): string {
  return String(Math.round(n * 1e6) / 1e8);
}

function range(min: number, max: number): string {
  if (max === Infinity) return min === 0 ? 'negative' : `below ${min}`;
  return `outside ${min}..${max}`;
}
