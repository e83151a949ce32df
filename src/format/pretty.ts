import { Chalk } from 'chalk';
import type { Diagnostic } from '../diagnostics.js';
import type { FormatInput, Formatter } from './types.js';

/** `file:line:col severity message [rule]`, a code frame, a hint, and a summary line. */
export const pretty: Formatter = (input) => {
  const paint = new Chalk({ level: input.color ? 1 : 0 });
  const blocks = input.diagnostics.map((d) => block(d, input, paint));
  return blocks.join('') + summaryLine(input, paint) + '\n';
};

function block(d: Diagnostic, input: FormatInput, paint: InstanceType<typeof Chalk>): string {
  const severity = d.severity === 'error' ? paint.red('error') : paint.yellow('warning');
  const head = `${paint.bold(`${d.file}:${d.line}:${d.column}`)} ${severity} ${d.message} ${paint.dim(`[${d.rule}]`)}\n`;
  const hint = d.hint ? `  ${paint.cyan('hint:')} ${d.hint}\n` : '';
  return head + codeFrame(d, input, paint) + hint + '\n';
}

/** Columns of a line shown in a code frame: a minified or binary line can be megabytes long. */
const FRAME_COLUMNS = 120;
/** Columns shown before the finding's own when a long line is cut. */
const FRAME_LEAD = 40;

function codeFrame(d: Diagnostic, input: FormatInput, paint: InstanceType<typeof Chalk>): string {
  const first = Math.max(1, d.line - 1);
  const width = String(d.line + 1).length;
  // One window for every line of the frame, so the carets stay under the finding.
  const from = Math.max(0, d.column - 1 - FRAME_LEAD);
  let out = '';
  for (let line = first; line <= d.line + 1; line++) {
    const text = input.lineText(d.file, line);
    if (line > d.line && text.trim() === '') break;
    if (line !== d.line && text === '' && line < d.line) continue;
    const marker = line === d.line ? paint.red('>') : ' ';
    // Context lines too short to reach the window are shown from their start.
    out += `${marker} ${paint.dim(String(line).padStart(width) + ' |')} ${shown(text, line === d.line || text.length > from ? from : 0)}\n`;
    if (line === d.line) {
      const end = Math.min(d.endLine === d.line ? d.endColumn : text.length + 1, from + FRAME_COLUMNS + 1);
      const carets = '^'.repeat(Math.max(1, end - d.column));
      const lead = from > 0 ? 1 : 0; // the "…" that starts a cut line
      out += `  ${paint.dim(' '.repeat(width) + ' |')} ${' '.repeat(Math.max(0, d.column - 1 - from + lead))}${paint.red(carets)}\n`;
    }
  }
  return out;
}

/** A line's text from column `from` on, at most FRAME_COLUMNS of it, cuts marked "…"; tabs as spaces and control characters as U+FFFD, so the frame cannot move the terminal's cursor. */
function shown(text: string, from: number): string {
  const part = text.slice(from, from + FRAME_COLUMNS).replace(/\t/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '\uFFFD');
  return `${from > 0 ? '…' : ''}${part}${text.length > from + FRAME_COLUMNS ? '…' : ''}`;
}

function summaryLine({ summary }: FormatInput, paint: InstanceType<typeof Chalk>): string {
  const files = `${summary.files} file${summary.files === 1 ? '' : 's'}`;
  if (summary.errors === 0 && summary.warnings === 0) return paint.green(`✔ no problems in ${files}`);
  const counts = `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')} in ${files}`;
  return summary.errors > 0 ? paint.red(`✖ ${counts}`) : paint.yellow(`⚠ ${counts}`);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
