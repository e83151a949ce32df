import type { CsvEngine } from './csv.js';
import { fastRows } from './csv-fast.js';
import { streamRows } from './csv-stream.js';
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

/** What a reader does with a table's rows. */
export interface TableHandler {
  /** The header is read: where each column of `Columns` sits in a row (-1: an optional one that is absent). */
  header(col: readonly number[]): void;
  /** A row after the header with the header's field count, not blank. */
  row(fields: string[], line: number): void;
}

/**
 * A record file as a table, handed row by row to `handler`; yields after
 * each chunk of the file. The first row that is not blank is the header
 * (names trimmed, compared case-insensitively; unknown and unnamed columns
 * are kept in the rows and ignored). A missing required column or a name
 * used twice is an error on the header's line and the file yields no rows.
 * A row whose field count differs from the header's is an error on its line
 * (extra fields that are all empty are allowed: a trailing comma); a row
 * whose fields are all blank (`,,,` from a spreadsheet) is skipped.
 */
export async function* readTable(file: RecordFile, columns: Columns, sink: FileFindings, handler: TableHandler, options: ReadOptions = {}): AsyncGenerator<void, void, undefined> {
  let broken = false;
  const problem = (line: number, message: string, hint?: string): void => {
    broken = true;
    sink.error(line, message, undefined, hint);
  };
  let col: number[] | undefined;
  let badHeader = false;
  let width = 0;
  let first = 0;
  const onRow = (row: string[], line: number): void => {
    if (col !== undefined) {
      if (row.length !== width && !(row.length > width && isBlank(row, width))) {
        if (!isBlank(row)) {
          sink.error(line, `this row has ${row.length} field${row.length === 1 ? '' : 's'}, the header ${width}`, undefined, 'write every column of the header, empty where there is no value; quote a field that holds a comma: "Smith, Anna"');
        }
        return;
      }
      const lead = row[first]!;
      if ((lead.length === 0 || lead.charCodeAt(0) <= 32) && isBlank(row)) return;
      handler.row(row, line);
      return;
    }
    if (badHeader || isBlank(row)) return;
    col = header(row, line, columns, sink);
    if (col === undefined) {
      badHeader = true;
      return;
    }
    width = row.length;
    first = col[0]!;
    handler.header(col);
  };
  const rows = options.engine === 'csv-parse' ? streamRows(file.abs, onRow, problem) : fastRows(file.abs, onRow, problem);
  for await (const _ of rows) {
    if (badHeader) return;
    yield;
  }
  if (col === undefined && !badHeader && !broken) {
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

/**
 * Batches of records from a table: `reader(col)` is called once the header
 * is read and gives the function that turns a row into a record (undefined:
 * the row is left out, its findings reported). Closes `sink` at the end.
 */
export async function* recordBatches<T>(
  file: RecordFile,
  columns: Columns,
  sink: FileFindings,
  options: ReadOptions,
  reader: (col: readonly number[]) => (fields: string[], line: number) => T | undefined,
): AsyncGenerator<T[], void, undefined> {
  let out: T[] = [];
  let read: ((fields: string[], line: number) => T | undefined) | undefined;
  const handler: TableHandler = {
    header(col) {
      read = reader(col);
    },
    row(fields, line) {
      const record = read!(fields, line);
      if (record !== undefined) out.push(record);
    },
  };
  try {
    for await (const _ of readTable(file, columns, sink, handler, options)) {
      if (out.length > 0) {
        yield out;
        out = [];
      }
    }
    if (out.length > 0) yield out;
  } finally {
    sink.close();
  }
}
