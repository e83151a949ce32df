import type { CsvError, Info } from 'csv-parse';
import { type CsvProblem, type CsvRowSink, CSV_PARSE_OPTIONS, describeCsvError, isCsvError, loadCsvParse, readProblem, unclosedQuote } from './csv.js';
import { decodeFile } from './decode.js';

/**
 * The reference engine: csv-parse's streaming parser over the whole file
 * (comments with `comment_no_infix`, so only a `#` that starts a line is
 * one; empty lines skipped). About 10× slower than csv-fast.ts; the tests
 * hold the two to identical rows and problems.
 *
 * The file's text is written to the parser chunk by chunk, and each record
 * is taken in `on_record` as it is parsed: the rows before a syntax error
 * are delivered (a stream's async iterator drops what it buffered when the
 * error comes), and the engine yields after each chunk, like the fast one.
 *
 * Line numbers come from `info.lines`, the line a record ends on, which
 * counts every CR and every LF inside a field as a line (so CRLF there is
 * two, and a lone CR one). So: a record starts `(LFs in its fields)` lines
 * before its end, and every CR met in fields so far is one line too many.
 */
export async function* streamRows(abs: string, onRow: CsvRowSink, problem: CsvProblem): AsyncGenerator<void, void, undefined> {
  let extra = 0; // lines csv-parse counted in excess so far (one per CR in fields)
  let lastEnd = 0; // the true line the last record ended on
  let seen = { comments: 0, empty: 0 }; // comment and empty lines csv-parse had counted by then
  const parser = loadCsvParse().stream.parse({
    ...CSV_PARSE_OPTIONS,
    comment: '#',
    comment_no_infix: true,
    skip_empty_lines: true,
    on_record: (record: string[], info: Info) => {
      let lfs = 0;
      for (const field of record) {
        for (let i = field.indexOf('\r'); i >= 0; i = field.indexOf('\r', i + 1)) extra++;
        for (let i = field.indexOf('\n'); i >= 0; i = field.indexOf('\n', i + 1)) lfs++;
      }
      lastEnd = info.lines - extra;
      seen = { comments: info.comment_lines, empty: info.empty_lines };
      onRow(record, lastEnd - lfs);
      return null; // nothing to pass down the stream: the row is delivered
    },
  });
  parser.on('error', () => undefined); // errors arrive through the write and end callbacks
  const fed = (text?: string): Promise<Error | null | undefined> =>
    new Promise((resolve) => {
      if (text === undefined) parser.end((error?: Error | null) => resolve(error));
      else parser.write(text, (error?: Error | null) => resolve(error));
    });

  let newlines = 0; // LFs in the text written so far (for where a UTF-8 error is)
  let failure: Error | null | undefined;
  try {
    for await (const text of decodeFile(abs)) {
      failure = await fed(text);
      if (failure) break;
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) newlines++;
      yield;
    }
    if (!failure) failure = await fed();
  } catch (error) {
    parser.destroy();
    readProblem(error, newlines + 1, problem);
    return;
  }
  if (!failure) return;
  if (!isCsvError(failure)) throw failure;
  report(failure as CsvError);

  function report(error: CsvError): void {
    const { message, hint } = describeCsvError(error);
    if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
      // It opened on the first line after the last record that is not a comment or empty.
      const skipped = Number(error.comment_lines ?? 0) - seen.comments + Number(error.empty_lines ?? 0) - seen.empty;
      const at = lastEnd + 1 + skipped;
      const unclosed = unclosedQuote(at);
      problem(at, unclosed.message, unclosed.hint);
    } else {
      problem(Number(error.lines ?? 1) - extra, message, hint);
    }
  }
}
