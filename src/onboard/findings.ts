import type { Diagnostic } from '../diagnostics.js';
import { pretty } from '../format/pretty.js';
import type { ProgramModel } from '../program/model.js';
import { suggest } from '../util/suggest.js';
import { type TemplateSources, displayName } from './sources.js';

/**
 * Template and code-of-conduct findings in the pretty format every command
 * uses (location, message, rule, code frame, hint). Code frames come from
 * the template text or, for program settings, from the program file.
 */
export function formatFindings(diagnostics: readonly Diagnostic[], context: { sources: TemplateSources; model: ProgramModel; color: boolean; toolVersion: string }): string {
  const texts = new Map<string, string>();
  for (const origin of ['program', 'builtin'] as const) {
    for (const [name, text] of context.sources[origin]) texts.set(displayName(origin, name), text);
  }
  const lineText = (file: string, line: number): string => {
    const text = texts.get(file);
    if (text !== undefined) return text.split('\n')[line - 1] ?? '';
    const programFile = context.model.program?.source.file;
    return programFile?.rel === file ? programFile.locator.lineText(line) : '';
  };
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return pretty({
    diagnostics,
    summary: { errors, warnings: diagnostics.length - errors, files: new Set(diagnostics.map((d) => d.file)).size },
    rules: [],
    lineText,
    color: context.color,
    toolVersion: context.toolVersion,
  });
}

/**
 * Program templates whose name is a near miss of a template the packs use
 * (`participant/welcom.md`): most likely an override that silently does
 * nothing. Other extra files are partials and are left alone.
 */
export function strayTemplates(sources: TemplateSources, known: readonly string[]): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const name of sources.program.keys()) {
    if (known.includes(name)) continue;
    const near = suggest(name, known);
    if (near === undefined) continue;
    found.push({
      file: displayName('program', name),
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      severity: 'warning',
      rule: 'template/unknown-file',
      message: `not an onboarding template, so it overrides nothing (did you mean "${near}"?)`,
      hint: `rename it to ${displayName('program', near)} to override the built-in, or move shared pieces to templates/onboarding/partials/`,
    });
  }
  return found;
}
