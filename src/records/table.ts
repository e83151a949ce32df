import type { CsvBatch, CsvEngine } from './csv.js';
import { fastBatches } from './csv-fast.js';
import { streamBatches } from './csv-stream.js';
import type { RecordFile } from './files.js';
import type { FileFindings } from './findings.js';
import { suggest } from '../util/suggest.js';

export interface ReadOptions {
  /** The CSV engine; `fast` unless a test compares it with csv-parse. */
  engine?: CsvEngine;
}

/** The columns of one record kind, as FORMAT.md names them (lower case). */
export interface Columns {
  required: readonly string[];
  optional: readonly string[];
}

/** Rows after the header, and where each column of `Columns` sits in them (-1: absent, optional). */
export interface TableBatch extends CsvBatch {
  col: readonly number[];
  /** False for a row to leave out: blank, or (reported here) a field count other than the header's. Call it per row, in order. */
  fits(row: string[], line: number): boolean;
}

/**
 * A record file as a table: the first row that is not blank is the header
 * (names trimmed, compared case-insensitively; unknown and unnamed columns
 * are kept in the rows and ignored). A missing required column or a name
 * used twice is an error on the header's line and the file yields no rows.
 * A row whose field count differs from the header's is an error on its line
 * (extra fields that are all empty are allowed: a trailing comma); a row
 * whose fields are all blank (`,,,` from a spreadsheet) is skipped.
 */
export async function* readTable(file: RecordFile, columns: Columns, sink: FileFindings, options: ReadOptions = {}): AsyncGenerator<TableBatch, void, undefined> {
  let broken = false;
  const problem = (line: number, message: string, hint?: string): void => {
    broken = true;
    sink.error(line, message, undefined, hint);
  };
  const batches = options.engine === 'csv-parse' ? streamBatches(file.abs, problem) : fastBatches(file.abs, problem);
  let col: number[] | undefined;
  let width = 0;
  let first = 0;
  const fits = (row: string[], line: number): boolean => {
    if (row.length !== width && !(row.length > width && isBlank(row, width))) {
      if (!isBlank(row)) {
        sink.error(line, `this row has ${row.length} field${row.length === 1 ? '' : 's'}, the header ${width}`, undefined, 'write every column of the header, empty where there is no value; quote a field that holds a comma: "Smith, Anna"');
      }
      return false;
    }
    const lead = row[first]!;
    return !((lead.length === 0 || lead.charCodeAt(0) <= 32) && isBlank(row));
  };
  for await (const { rows, lines } of batches) {
    let i = 0;
    if (col === undefined) {
      while (i < rows.length && isBlank(rows[i]!)) i++;
      if (i === rows.length) continue;
      col = header(rows[i]!, lines[i]!, columns, sink);
      if (col === undefined) return;
      width = rows[i]!.length;
      first = col[0]!;
      i++;
    }
    if (i > 0) {
      rows.splice(0, i);
      lines.splice(0, i);
    }
    if (rows.length > 0) yield { col, rows, lines, fits };
  }
  if (col === undefined && !broken) {
    sink.error(1, 'the file has no header row', undefined, `start it with the column names: ${columns.required.join(',')}`);
  }
}

/** Column positions, or undefined after reporting a missing or duplicated column. */
function header(row: string[], line: number, columns: Columns, sink: FileFindings): number[] | undefined {
  const names = row.map((name) => name.trim().toLowerCase());
  const known = new Set([...columns.required, ...columns.optional]);
  let ok = true;
  const firstAt = new Map<string, number>();
  names.forEach((name, i) => {
    if (name === '') return;
    const before = firstAt.get(name);
    if (before === undefined) {
      firstAt.set(name, i);
      return;
    }
    ok = false;
    sink.error(line, `column "${name}" appears twice in the header (columns ${before + 1} and ${i + 1})`, name, 'remove or rename one of them: which one holds the values is not clear');
  });
  const unknown = names.filter((name) => name !== '' && !known.has(name));
  for (const name of columns.required) {
    if (firstAt.has(name)) continue;
    ok = false;
    const typo = suggest(name, unknown);
    sink.error(
      line,
      `missing required column "${name}"${typo === undefined ? '' : ` (is "${typo}" a typo for it?)`}`,
      name,
      typo === undefined ? `the required columns are ${columns.required.join(', ')}` : `rename the column "${typo}" to "${name}"`,
    );
  }
  if (!ok) return undefined;
  return [...columns.required, ...columns.optional].map((name) => firstAt.get(name) ?? -1);
}

/** All fields from `from` on are empty or white space. */
function isBlank(row: readonly string[], from = 0): boolean {
  for (let i = from; i < row.length; i++) if (row[i]!.trim() !== '') return false;
  return true;
}
