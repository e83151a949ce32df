import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { documentRules } from '../program/discover.js';
import type { ScaffoldFile } from './scaffold.js';

/** Where a new program's folder sits: inside another program, inside a git repository. */

export interface EnclosingProgram {
  /** The folder holding the enclosing program.yaml. */
  root: string;
  /** The new program's folder relative to that root, with forward slashes. */
  folder: string;
  /** The new files that program would read as its own documents. */
  documents: string[];
  /** A Program.spec.exclude glob that keeps them out. */
  exclude: string;
}

/**
 * The program whose root is the nearest folder above `dir` holding
 * program.yaml (as `cohort validate` finds its root), when it would read
 * any of `files` as its own documents. A program that already skips the
 * folder (its `exclude`, its records folder, a dot-folder…) does not count.
 */
export function enclosingProgram(dir: string, files: readonly ScaffoldFile[]): EnclosingProgram | undefined {
  const root = nearestAbove(dir, (folder) => existsSync(path.join(folder, 'program.yaml')));
  if (root === undefined) return undefined;
  const folder = toSlashes(path.relative(root, dir));
  const settings = readSettings(path.join(root, 'program.yaml'));
  // The very rules `cohort validate` walks that program by.
  const rules = documentRules({ exclude: settings.exclude, skipFolders: [settings.records] });
  const documents = files.map((f) => `${folder}/${f.path}`).filter((rel) => rules.reads(rel));
  if (documents.length === 0) return undefined;
  return { root, folder, documents, exclude: `${folder}/**` };
}

/**
 * The root of the git repository `dir` lies in, when that root is a folder
 * above `dir` (GitHub then runs only the workflows in the root's
 * .github/workflows/). A `.git` file (worktree, submodule) counts as well.
 */
export function enclosingRepository(dir: string): string | undefined {
  const root = nearestAbove(dir, (folder) => existsSync(path.join(folder, '.git')), true);
  return root === undefined || root === dir ? undefined : root;
}

/** The nearest folder from `dir` (itself only when `self`) upwards that passes `test`. */
function nearestAbove(dir: string, test: (folder: string) => boolean, self = false): string | undefined {
  if (!self && path.dirname(dir) === dir) return undefined;
  for (let folder = self ? dir : path.dirname(dir); ; folder = path.dirname(folder)) {
    if (test(folder)) return folder;
    if (path.dirname(folder) === folder) return undefined;
  }
}

/** Program.spec.exclude and records, read leniently: an unreadable program.yaml excludes nothing. */
function readSettings(file: string): { exclude: string[]; records: string } {
  try {
    for (const doc of parseAllDocuments(readFileSync(file, 'utf8'))) {
      if (!('toJS' in doc)) continue;
      const value = doc.toJS() as { kind?: unknown; spec?: { exclude?: unknown; records?: unknown } } | null;
      if (value?.kind !== 'Program') continue;
      const exclude = Array.isArray(value.spec?.exclude) ? value.spec.exclude.filter((g): g is string => typeof g === 'string') : [];
      return { exclude, records: typeof value.spec?.records === 'string' ? value.spec.records : 'records' };
    }
  } catch {
    // fall through
  }
  return { exclude: [], records: 'records' };
}

export function toSlashes(p: string): string {
  return p.split(path.sep).join('/');
}
