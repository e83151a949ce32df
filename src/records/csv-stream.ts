import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type CsvProblem, type CsvRowSink, CSV_PARSE_OPTIONS, describeCsvError, isCsvError, loadCsvParse, readProblem, unclosedQuote } from './csv.js';
import { decodeFile } from './decode.js';

/**
 * The reference engine: csv-parse's streaming parser over the whole file
 * (comments with `comment_no_infix`, so only a `#` that starts a line is
 * one; empty lines skipped). About 10× slower than csv-fast.ts; the tests
 * hold the two to identical rows.
 *
 * Line numbers come from `info.lines`, the line a record ends on, which
 * counts every CR and every LF inside a quoted field as a line (CRLF there is
 * two). So: a record starts `(LFs in its fields)` lines before its end, and
 * every CR met in fields so far is one line too many.
 */
export async function* streamRows(abs: string, onRow: CsvRowSink, problem: CsvProblem): AsyncGenerator<void, void, undefined> {
  const parser = loadCsvParse().stream.parse({ ...CSV_PARSE_OPTIONS, comment: '#', comment_no_infix: true, skip_empty_lines: true, info: true });
  const source = Readable.from(decodeFile(abs));
  let sourceError: unknown;
  const piped = pipeline(source, parser).catch((error: unknown) => {
    sourceError = error;
  });
  let extra = 0; // lines csv-parse counted twice (CRLF) or counted at all (lone CR) inside fields, so far
  let lastEnd = 0; // the true line the last record ended on
  let seen = { comments: 0, empty: 0 };
  let newlines = 0; // LFs in the text csv-parse was given before the failing chunk (for a UTF-8 error)
  source.on('data', (text: string) => {
    newlines += text.split('\n').length - 1;
  });
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number; comment_lines: number; empty_lines: number } }>) {
      let lfs = 0;
      for (const field of record) {
        for (let i = field.indexOf('\r'); i >= 0; i = field.indexOf('\r', i + 1)) extra++;
        for (let i = field.indexOf('\n'); i >= 0; i = field.indexOf('\n', i + 1)) lfs++;
      }
      lastEnd = info.lines - extra;
      seen = { comments: info.comment_lines, empty: info.empty_lines };
      onRow(record, lastEnd - lfs);
      yield;
    }
  } catch (error) {
    if (!isCsvError(error)) {
      readProblem(sourceError ?? error, newlines + 1, problem);
      return;
    }
    const { message, hint } = describeCsvError(error);
    if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
      // It opened on the first line after the last record that is not a comment or empty.
      const skipped = Number(error.comment_lines ?? 0) - seen.comments + Number(error.empty_lines ?? 0) - seen.empty;
      const at = lastEnd + 1 + skipped;
      const { message: unclosed, hint: how } = unclosedQuote(at);
      problem(at, unclosed, how);
    } else {
      problem(Number(error.lines ?? 1) - extra, message, hint);
    }
    return;
  } finally {
    source.destroy();
    await piped;
  }
  if (sourceError !== undefined) readProblem(sourceError, newlines + 1, problem);
}
