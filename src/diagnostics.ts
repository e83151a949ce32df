/** The one shape every finding takes, whatever produced it. */
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** Path relative to the program root, with forward slashes. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  rule: string;
  message: string;
  hint?: string;
}

export interface Summary {
  errors: number;
  warnings: number;
  files: number;
}

export function summarize(diagnostics: readonly Diagnostic[], files: number): Summary {
  let errors = 0;
  for (const d of diagnostics) if (d.severity === 'error') errors++;
  return { errors, warnings: diagnostics.length - errors, files };
}

/** Stable order: by file, then position, then rule, so output never shuffles. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compareText(a.rule, b.rule) ||
      compareText(a.message, b.message),
  );
}

/** Locale-independent comparison, so output does not depend on the machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
