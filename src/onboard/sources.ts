import { lstatSync, readFileSync, readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built-in onboarding templates, shipped with the package (`templates/onboarding/`). */
export const BUILTIN_TEMPLATE_DIR = fileURLToPath(new URL('../../templates/onboarding/', import.meta.url));

/** Where a program keeps its overrides, relative to its root. */
export const PROGRAM_TEMPLATE_DIR = 'templates/onboarding';

/** A template larger than this is refused: no onboarding page needs it, and it guards the renderer. */
export const MAX_TEMPLATE_BYTES = 1024 * 1024;

/**
 * Every template the engine may read, by name (the path below
 * `templates/onboarding/`, forward slashes), held in memory: the engine's
 * file system is these two maps and nothing else, so a template can never
 * read a file outside the template folders.
 */
export interface TemplateSources {
  /** The program's own templates (they win over built-ins of the same name). */
  program: ReadonlyMap<string, string>;
  builtin: ReadonlyMap<string, string>;
}

export type TemplateOrigin = keyof TemplateSources;

/** How a template is named in messages: by its path in the program, or as a built-in. */
export function displayName(origin: TemplateOrigin, name: string): string {
  return origin === 'program' ? `${PROGRAM_TEMPLATE_DIR}/${name}` : `(built-in) onboarding/${name}`;
}

/** The program's overrides (from `<root>/templates/onboarding/`) and the built-ins. */
export function loadTemplateSources(programRoot: string, builtinDir: string = BUILTIN_TEMPLATE_DIR): TemplateSources {
  return {
    program: readTemplateFolder(path.join(programRoot, PROGRAM_TEMPLATE_DIR)),
    builtin: readTemplateFolder(builtinDir),
  };
}

/** A safe template name: relative, forward slashes, no empty, `.` or `..` segment, no dot-files. */
export function isTemplateName(name: string): boolean {
  return name.split('/').every((segment) => /^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(segment));
}

/**
 * Every regular file below a folder, by template name. Dot-files, names that
 * are not safe template names, files that are too large, and symbolic links
 * that lead out of the folder are left out. Line endings become LF and a
 * byte-order mark is dropped, so a Windows checkout renders the same bytes.
 */
export function readTemplateFolder(folder: string): Map<string, string> {
  const found = new Map<string, string>();
  let realRoot: string;
  try {
    realRoot = realpathSync(folder);
  } catch {
    return found;
  }
  const walk = (rel: string): void => {
    for (const entry of readdirSync(path.join(folder, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const name = rel ? `${rel}/${entry.name}` : entry.name;
      if (!isTemplateName(name)) continue;
      const full = path.join(folder, name);
      const real = realpathOrUndefined(full);
      if (real === undefined || !(real === realRoot || real.startsWith(realRoot + path.sep))) continue;
      const stat = lstatSync(real);
      if (stat.isDirectory()) walk(name);
      else if (stat.isFile() && stat.size <= MAX_TEMPLATE_BYTES) found.set(name, normalizeText(readFileSync(real, 'utf8')));
    }
  };
  walk('');
  return found;
}

function realpathOrUndefined(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}

function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
