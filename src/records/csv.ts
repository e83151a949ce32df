import { createRequire } from 'node:module';
import type { CsvError, Options } from 'csv-parse';
import { Utf8Error } from './decode.js';

/**
 * The CSV layer: physical text → rows of fields, each with the 1-based line
 * its record starts on. Two engines give identical rows (tests hold them to
 * it): `fast`, the default (csv-fast.ts), and `csv-parse`, csv-parse's
 * streaming parser over the whole file (csv-stream.ts), kept as the
 * reference the fast one is tested against.
 *
 * Shared rules: UTF-8, BOM dropped; records end at LF or CRLF (a lone CR is
 * text); a line whose first character is `#` is a comment, outside quoted
 * fields; empty lines are skipped; RFC 4180 quoting, `""` for a quote in a
 * quoted field. A syntax error (a stray or unclosed quote, a record over
 * MAX_RECORD_CHARS, bytes that are not UTF-8, an unreadable file) is one
 * problem with its line, and the rest of the file is not read: past a broken
 * quote, where records end is guesswork.
 */
export type CsvEngine = 'fast' | 'csv-parse';

/**
 * Engines hand each row, in file order, to a sink with the line its record
 * starts on, and yield (nothing) after each chunk of the file, so that the
 * reader can pass on what those rows gave: no array of rows in between.
 * The fields array may be reused for the next row: take values, not it.
 */
export type CsvRowSink = (fields: string[], line: number) => void;

export type CsvProblem = (line: number, message: string, hint?: string) => void;

/** Longest record (or line) read; past it the file is taken to be broken (an unclosed quote, lone-CR line ends). */
export const MAX_RECORD_CHARS = 1 << 20;

export const QUOTE_HINT = 'quote a field that holds a quote, comma or line break, and double each quote inside it: "say ""hi"", then go"';

type CsvParse = typeof import('csv-parse');
type CsvParseSync = typeof import('csv-parse/sync');
let csvParse: { stream: CsvParse; sync: CsvParseSync } | undefined;

/**
 * csv-parse, loaded on first use: most files never need it, and loading it
 * costs ~12 ms of every start (require, being synchronous, serves the fast
 * engine's one-off calls).
 */
export function loadCsvParse(): { stream: CsvParse; sync: CsvParseSync } {
  if (csvParse === undefined) {
    const require = createRequire(import.meta.url);
    csvParse = { stream: require('csv-parse') as CsvParse, sync: require('csv-parse/sync') as CsvParseSync };
  }
  return csvParse;
}

/** A csv-parse error (its CommonJS files each bundle their own CsvError class). */
export function isCsvError(error: unknown): error is CsvError {
  return csvParse !== undefined && (error instanceof csvParse.stream.CsvError || error instanceof csvParse.sync.CsvError);
}

/** csv-parse options shared by both engines (the fast one hands it quoted records only). */
export const CSV_PARSE_OPTIONS: Options = {
  relax_column_count: true,
  record_delimiter: ['\r\n', '\n'],
  max_record_size: MAX_RECORD_CHARS,
};

/** Fields of one logical record that holds quotes, by csv-parse; a CsvError when its quoting is broken. */
export function parseQuotedRecord(text: string): string[] | CsvError {
  const { sync } = loadCsvParse();
  let records: string[][];
  try {
    records = sync.parse(text, CSV_PARSE_OPTIONS);
  } catch (error) {
    if (isCsvError(error)) return error;
    throw error;
  }
  // The fast engine cut the record where its quotes balance, so one record is all a well-formed one can give.
  if (records.length !== 1) return new sync.CsvError('CSV_INVALID_CLOSING_QUOTE', 'quotes do not pair up');
  return records[0]!;
}

/** A csv-parse error, in the words findings use. */
export function describeCsvError(error: CsvError): { message: string; hint?: string } {
  const field = typeof error.column === 'number' ? ` (field ${error.column + 1})` : '';
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return { message: 'a quoted field is not closed before the end of the file; the rest of the file is not read', hint: QUOTE_HINT };
    case 'INVALID_OPENING_QUOTE':
      return { message: `a quote inside a field that does not start with one${field}; the rest of the file is not read`, hint: QUOTE_HINT };
    case 'CSV_INVALID_CLOSING_QUOTE':
      return { message: `text after a closing quote${field}; the rest of the file is not read`, hint: QUOTE_HINT };
    case 'CSV_MAX_RECORD_SIZE':
      return tooLong();
    default:
      return { message: `not readable as CSV (${error.message}); the rest of the file is not read` };
  }
}

/** A quoted field that opens on line `at` and never closes. */
export function unclosedQuote(at: number): { message: string; hint: string } {
  return { message: `the quoted field opened on line ${at} is not closed; the rest of the file is not read`, hint: QUOTE_HINT };
}

export function tooLong(): { message: string; hint: string } {
  return {
    message: `a record longer than ${MAX_RECORD_CHARS / (1 << 20)} MiB; the rest of the file is not read`,
    hint: 'look for a quote that is never closed, or line ends that are a lone CR (save as "CSV UTF-8")',
  };
}

/** A problem on `line` (the one being read) for an error thrown while reading (not UTF-8, unreadable); rethrows anything else. */
export function readProblem(error: unknown, line: number, problem: CsvProblem): void {
  if (error instanceof Utf8Error) {
    problem(line, 'the file is not UTF-8; it is not read from here on', 'save it as "CSV UTF-8" (Excel) or UTF-8 text');
    return;
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
    problem(line, `cannot read the file (${code})`);
    return;
  }
  throw error;
}
