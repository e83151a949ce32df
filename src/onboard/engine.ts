import { Liquid, type Template } from 'liquidjs';
import { markdownCode, markdownLink, markdownOutput } from './escape.js';
import { OUTSIDE, TemplateError, templateDiagnostic } from './errors.js';
import { type TemplateOrigin, type TemplateSources, displayName, isTemplateName } from './sources.js';

/** The virtual roots of the engine's file system, in lookup order: the program's overrides first. */
const ROOTS: readonly TemplateOrigin[] = ['program', 'builtin'];

/** Renders onboarding templates by name; every failure is a {@link TemplateError} with a location. */
export interface OnboardEngine {
  /** Parse a template (and report syntax errors and unknown filters) without rendering it. */
  check(name: string): void;
  render(name: string, scope: Record<string, unknown>): string;
  /** The file a template name resolves to: the program's override, else the built-in. */
  resolve(name: string): { origin: TemplateOrigin; display: string } | undefined;
}

/**
 * LiquidJS set up for untrusted-but-not-hostile template authors: strict
 * variables and filters (a typo is an error, not an empty string), every
 * `{{ }}` escaped for Markdown unless it ends in `| raw` (or a filter that
 * writes Markdown itself: `link`, `code`), no relative or out-of-folder
 * includes, and limits on template size, render time and memory. Liquid
 * cannot call JavaScript, and `ownPropertyOnly` keeps it off prototypes.
 */
export function createEngine(sources: TemplateSources): OnboardEngine {
  const liquid = new Liquid({
    fs: virtualFs(sources),
    root: [...ROOTS],
    partials: [...ROOTS],
    layouts: [...ROOTS],
    extname: '',
    relativeReference: false,
    strictVariables: true,
    strictFilters: true,
    ownPropertyOnly: true,
    outputEscape: markdownOutput,
    cache: true,
    locale: 'en-US',
    timezoneOffset: 0,
    parseLimit: 1_000_000,
    renderLimit: 10_000,
    memoryLimit: 100_000_000,
  });
  liquid.registerFilter('link', { handler: markdownLink, raw: true });
  liquid.registerFilter('code', { handler: markdownCode, raw: true });

  const resolve = (name: string) => {
    const origin = ROOTS.find((root) => sources[root].has(name));
    return origin === undefined ? undefined : { origin, display: displayName(origin, name) };
  };
  const context = { sources, filters: Object.keys(liquid.filters) };
  const parse = (name: string): Template[] => {
    if (resolve(name) === undefined) throw new Error(`no onboarding template "${name}", not even a built-in one`);
    try {
      return liquid.parseFileSync(name);
    } catch (error) {
      throw new TemplateError(templateDiagnostic(error, { ...context, scope: {} }));
    }
  };
  return {
    resolve,
    check: (name) => void parse(name),
    render(name, scope) {
      const parsed = parse(name);
      try {
        return liquid.renderSync(parsed, scope) as string;
      } catch (error) {
        throw new TemplateError(templateDiagnostic(error, { ...context, scope }));
      }
    },
  };
}

/** Virtual file paths are `<root>:<name>`, e.g. `program:participant/welcome.md`. */
function virtualPath(origin: TemplateOrigin, name: string): string {
  return `${origin}:${name}`;
}

/** The only file system the engine sees: the two in-memory folders. */
function virtualFs(sources: TemplateSources) {
  const read = (file: string): string | undefined => {
    const at = file.indexOf(':');
    const origin = file.slice(0, at) as TemplateOrigin;
    return ROOTS.includes(origin) ? sources[origin].get(file.slice(at + 1)) : undefined;
  };
  const readOrThrow = (file: string): string => {
    const text = read(file);
    if (text === undefined) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
    return text;
  };
  return {
    resolve(root: string, file: string, ext: string): string {
      const name = `${file}${ext}`;
      if (!isTemplateName(name)) throw new Error(`${OUTSIDE} "${file}"`);
      return virtualPath(root as TemplateOrigin, name);
    },
    existsSync: (file: string) => read(file) !== undefined,
    exists: async (file: string) => read(file) !== undefined,
    readFileSync: readOrThrow,
    readFile: async (file: string) => readOrThrow(file),
    containsSync: (root: string, file: string) => file.startsWith(`${root}:`),
    contains: async (root: string, file: string) => file.startsWith(`${root}:`),
  };
}
