import type { Diagnostic, Severity } from '../diagnostics.js';
import type { PathSegment } from '../program/locate.js';
import type { SourceDoc, SourceFile } from '../program/source.js';

/** What a check says about a place in a document; the reporter locates it. */
export interface Finding {
  doc: SourceDoc;
  path: readonly PathSegment[];
  /** Point at the key (`lead:`) rather than the value; default value. */
  at?: 'key' | 'value';
  message: string;
  hint?: string;
}

export function locateFinding(finding: Finding, rule: string, severity: Severity): Diagnostic {
  const span = finding.doc.file.locator.locate(finding.doc.index, finding.path, finding.at ?? 'value');
  return withHint({ file: finding.doc.file.rel, ...span, severity, rule, message: finding.message }, finding.hint);
}

export function fileDiagnostic(file: SourceFile, offset: number, endOffset: number | undefined, rule: string, message: string, hint?: string): Diagnostic {
  const span = file.locator.span(offset, endOffset);
  return withHint({ file: file.rel, ...span, severity: 'error', rule, message }, hint);
}

function withHint(diagnostic: Diagnostic, hint: string | undefined): Diagnostic {
  return hint ? { ...diagnostic, hint } : diagnostic;
}
