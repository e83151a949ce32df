import type { Diagnostic } from '../diagnostics.js';
import { suggest } from '../util/suggest.js';
import { type TemplateOrigin, type TemplateSources, PROGRAM_TEMPLATE_DIR, displayName } from './sources.js';

/** The start of the message a path that would leave the template folders fails with. */
export const OUTSIDE = 'template path outside the template folders:';

const HINT_VARIABLES = 'the variables each template receives are listed under "Onboarding templates" in the README';

/** A template that cannot be parsed or rendered, located in the template's own file. */
export class TemplateError extends Error {
  override name = 'TemplateError';
  constructor(readonly diagnostic: Diagnostic) {
    super(`${diagnostic.file}:${diagnostic.line}:${diagnostic.column} ${diagnostic.message}`);
  }
}

export interface ErrorContext {
  sources: TemplateSources;
  /** Registered filter names, for did-you-mean. */
  filters: readonly string[];
  /** The variables the failing render received, for did-you-mean. */
  scope: Record<string, unknown>;
}

/** The parts of a LiquidJS token an error carries (LiquidJS does not export the shape we need). */
interface ErrorToken {
  input: string;
  file?: string;
  begin: number;
  end: number;
  getPosition(): [number, number];
}

interface LiquidLikeError extends Error {
  token?: ErrorToken;
  originalError?: Error & { variableName?: string };
}

/**
 * LiquidJS errors in the shape of every other finding. Anything that is not
 * a LiquidJS error is a bug in cohort and is thrown on unchanged.
 */
export function templateDiagnostic(error: unknown, context: ErrorContext): Diagnostic {
  const e = error as LiquidLikeError;
  if (!(error instanceof Error) || e.token === undefined || typeof e.token.getPosition !== 'function') throw error;
  const [line, column] = e.token.getPosition();
  const length = Math.max(1, e.token.input.slice(e.token.begin, e.token.end).split('\n')[0]!.length);
  const { rule, message, hint } = classify(e, context);
  return { file: fileOf(e.token, context.sources), line, column, endLine: line, endColumn: column + length, severity: 'error', rule, message, hint };
}

function classify(e: LiquidLikeError, context: ErrorContext): { rule: string; message: string; hint: string } {
  const original = e.originalError?.message ?? stripLocation(e.message);
  if (e.name === 'UndefinedVariableError') {
    const name = e.originalError?.variableName ?? original.replace(/^undefined variable: /, '');
    return { rule: 'template/undefined', message: `unknown variable "${name}"${variableSuggestion(name, context.scope)}`, hint: HINT_VARIABLES };
  }
  const filter = /^undefined filter: (.+)$/.exec(original);
  if (filter) {
    const near = suggest(filter[1]!, context.filters);
    return { rule: 'template/filter', message: `unknown filter "${filter[1]}"${near ? ` (did you mean "${near}"?)` : ''}`, hint: 'LiquidJS standard filters plus link, code and raw are available; see the README' };
  }
  if (original.startsWith(OUTSIDE)) {
    return { rule: 'template/include', message: original, hint: `name a template by its path below ${PROGRAM_TEMPLATE_DIR}/, such as "partials/contact.md"` };
  }
  const missing = /^ENOENT: Failed to lookup "(.*)" in /.exec(original);
  if (missing) {
    return { rule: 'template/include', message: `no template "${missing[1]}" in ${PROGRAM_TEMPLATE_DIR}/ or the built-in templates`, hint: `name a template by its path below ${PROGRAM_TEMPLATE_DIR}/, such as "partials/contact.md"` };
  }
  if (e.name === 'ParseError' || e.name === 'TokenizationError') {
    return { rule: 'template/syntax', message: original, hint: 'check that every {{ }} and {% %} is closed and every block tag has its end tag' };
  }
  return { rule: 'template/render', message: original, hint: HINT_VARIABLES };
}

/** LiquidJS appends ", file:…, line:…, col:…" to messages; the diagnostic carries those itself. */
function stripLocation(message: string): string {
  return message.replace(/(?:, file:.*?)?, line:\d+, col:\d+$/s, '');
}

/** The display name of the file a token came from: its virtual path, else the template whose text it is in. */
function fileOf(token: ErrorToken, sources: TemplateSources): string {
  const at = token.file?.indexOf(':') ?? -1;
  if (token.file && at > 0) return displayName(token.file.slice(0, at) as TemplateOrigin, token.file.slice(at + 1));
  for (const origin of ['program', 'builtin'] as const) {
    for (const [name, text] of sources[origin]) if (text === token.input) return displayName(origin, name);
  }
  return '(template)';
}

/** " (did you mean "person.name"?)" from the variables the render received, walking the dotted path. */
function variableSuggestion(name: string, scope: Record<string, unknown>): string {
  const parts = name.split('.');
  let value: unknown = scope;
  for (let i = 0; i < parts.length; i++) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return '';
    const record = value as Record<string, unknown>;
    if (!Object.hasOwn(record, parts[i]!)) {
      // A loop variable is not in the top-level scope; a guess is offered only when one is close.
      const near = suggest(parts[i]!, Object.keys(record));
      return near === undefined ? '' : ` (did you mean "${[...parts.slice(0, i), near].join('.')}"?)`;
    }
    value = record[parts[i]!];
  }
  return '';
}
