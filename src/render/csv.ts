/** A CSV cell as renderers hand it over: text, a number, or nothing. */
export type CsvCell = string | number | null | undefined;

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
  return text.length > 0 && startsFormula(text.charCodeAt(0)) ? `'${text}` : text;
}

/**
 * Whether a cell's first UTF-16 unit makes a spreadsheet treat it as a formula
 * (OWASP "CSV Injection"): `= + - @`, tab, CR, LF, and the full-width forms
 * Apple Numbers normalises to `= + - @`. A switch, as this runs for every cell.
 */
function startsFormula(unit: number): boolean {
  switch (unit) {
    case 0x3d: // =
    case 0x2b: // +
    case 0x2d: // -
    case 0x40: // @
    case 0x09: // tab
    case 0x0d: // CR
    case 0x0a: // LF
    case 0xff1d:
    case 0xff0b:
    case 0xff0d:
    case 0xff20:
      return true;
    default:
      return false;
  }
}

/**
 * A whole CSV file per the shared conventions: UTF-8 BOM, LF record
 * delimiters (also after the last row), RFC 4180 quoting only where a cell
 * holds a comma, a quote, CR or LF, and formula-safe text cells. Lists inside a
 * cell are the caller's to join with `; ` (see {@link joinList}).
 *
 * Written here rather than by csv-stringify, which made up a third of the
 * time of writing a 100-cohort plan (about 0.7 s for its 93,000 rows, where
 * this takes a tenth of that); test/render/csv.test.ts holds the two to the
 * same bytes, on hostile cells too.
 */
export function toCsv(header: string[], rows: Array<Array<CsvCell>>): string {
  // Joined once into a flat string: a file returned as a rope keeps every cell's piece alive until it is written.
  const lines = new Array<string>(rows.length + 1);
  lines[0] = csvLine(header);
  for (let i = 0; i < rows.length; i++) lines[i + 1] = csvLine(rows[i]!);
  return `\uFEFF${lines.join('\n')}\n`;
}

function csvLine(cells: ReadonlyArray<CsvCell>): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) line += i === 0 ? cellText(cells[i]) : `,${cellText(cells[i])}`;
  return line;
}

/** A cell as written: `quoted(safeCell(value))`, with plain text (the most of any file) passed through after one scan. */
function cellText(value: CsvCell): string {
  return typeof value === 'string' && value.length > 0 && !startsFormula(value.charCodeAt(0)) && !needsQuotes(value) ? value : quoted(safeCell(value));
}

/** Whether a cell holds a character that needs quotes (RFC 4180): `"`, `,`, CR or LF. */
function needsQuotes(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x2c || c === 0x0d || c === 0x0a) return true;
  }
  return false;
}

function quoted(text: string): string {
  return needsQuotes(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A list inside one cell, joined the one way every CSV joins lists. */
export function joinList(items: readonly string[]): string {
  return items.join('; ');
}
