import type { RecordFinding } from './types.js';

type Severity = RecordFinding['severity'];

/**
 * Findings of one file, listed up to FINDINGS_SHOWN per severity; past that
 * they are counted and summed up in one finding at the end, so a file of a
 * million rows that all name an unknown participant (the wrong program, say)
 * neither floods the terminal nor grows memory with the row count.
 */
export const FINDINGS_SHOWN = 100;

export class FileFindings {
  private readonly shown = { error: 0, warning: 0 };
  private readonly hidden = { error: 0, warning: 0 };
  private readonly firstHidden = { error: 0, warning: 0 };
  /** An error was found (listed or not). */
  errors = 0;

  constructor(
    private readonly findings: RecordFinding[],
    readonly file: string,
  ) {}

  /** False once findings of this severity are only counted: skip building their message. */
  wants(severity: Severity): boolean {
    return this.shown[severity] < FINDINGS_SHOWN;
  }

  add(severity: Severity, line: number, message: string, column?: string, hint?: string): void {
    if (severity === 'error') this.errors++;
    if (this.shown[severity] < FINDINGS_SHOWN) {
      this.shown[severity]++;
      const finding: RecordFinding = { severity, file: this.file, line, message };
      if (column !== undefined) finding.column = column;
      if (hint !== undefined) finding.hint = hint;
      this.findings.push(finding);
      return;
    }
    if (this.hidden[severity]++ === 0) this.firstHidden[severity] = line;
  }

  error(line: number, message: string, column?: string, hint?: string): void {
    this.add('error', line, message, column, hint);
  }

  warning(line: number, message: string, column?: string, hint?: string): void {
    this.add('warning', line, message, column, hint);
  }

  /** Adds the "… more" summaries. Call once, when the file is done. */
  close(): void {
    for (const severity of ['error', 'warning'] as const) {
      const n = this.hidden[severity];
      if (n === 0) continue;
      this.findings.push({
        severity,
        file: this.file,
        line: this.firstHidden[severity],
        message: `${n.toLocaleString('en-US')} more ${severity}${n === 1 ? '' : 's'} in this file from here on, not listed (the first ${FINDINGS_SHOWN} are)`,
      });
    }
  }
}
