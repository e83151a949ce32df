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

function codeFrame(d: Diagnostic, input: FormatInput, paint: InstanceType<typeof Chalk>): string {
  const first = Math.max(1, d.line - 1);
  const width = String(d.line + 1).length;
  let out = '';
  for (let line = first; line <= d.line + 1; line++) {
    const text = input.lineText(d.file, line);
    if (line > d.line && text.trim() === '') break;
    if (line !== d.line && text === '' && line < d.line) continue;
    const marker = line === d.line ? paint.red('>') : ' ';
    out += `${marker} ${paint.dim(String(line).padStart(width) + ' |')} ${text.replace(/\t/g, ' ')}\n`;
    if (line === d.line) {
      const end = d.endLine === d.line ? d.endColumn : text.length + 1;
      const carets = '^'.repeat(Math.max(1, end - d.column));
      out += `  ${paint.dim(' '.repeat(width) + ' |')} ${' '.repeat(Math.max(0, d.column - 1))}${paint.red(carets)}\n`;
    }
  }
  return out;
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
