import { stringify } from 'csv-stringify/sync';

/** A CSV cell as renderers hand it over: text, a number, or nothing. */
export type CsvCell = string | number | null | undefined;

/**
 * Characters that make a spreadsheet treat a text cell as a formula (OWASP
 * "CSV Injection"), plus the full-width forms Apple Numbers normalises to them.
 */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

/**
 * One cell's text before quoting. Numbers stay numbers (`-3` is written as
 * `-3`; NaN and ±Infinity, which no spreadsheet reads back, as an empty cell);
 * null and undefined are empty; a string that a spreadsheet could run as a
 * formula gets a leading `'` (so the string `"-3"` becomes `'-3`).
 */
export function safeCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = String(value);
  return text.length > 0 && FORMULA_START.has(text[0]!) ? `'${text}` : text;
}

/**
 * A whole CSV file per the shared conventions: UTF-8 BOM, LF record
 * delimiters (also after the last row), RFC 4180 quoting only where a cell
 * holds a comma, a quote, CR or LF, and formula-safe text cells. Lists inside a
 * cell are the caller's to join with `; ` (see {@link joinList}).
 */
export function toCsv(header: string[], rows: Array<Array<CsvCell>>): string {
  const records = [header.map((h) => safeCell(h)), ...rows.map((row) => row.map((cell) => safeCell(cell)))];
  return stringify(records, {
    bom: true,
    delimiter: ',',
    quote: '"',
    escape: '"',
    record_delimiter: '\n',
    // Passing record_delimiter switches this off by default; keep cells holding CR or LF quoted.
    quote_record_delimiter: true,
    eof: true,
    // The guard above already ran; the library's own would add a second `'`.
    escape_formulas: false,
  });
}

/** A list inside one cell, joined the one way every CSV joins lists. */
export function joinList(items: readonly string[]): string {
  return items.join('; ');
}
