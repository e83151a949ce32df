import path from 'node:path';
import { IoError } from '../errors.js';
import { repositoryRoot } from '../io/repository.js';
import { nearestFolderWith, posixPath } from '../io/stat.js';
import { type DocumentRules, PROGRAM_FILE, documentRules } from '../program/discover.js';
import { programDocumentRules } from '../program/load.js';
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
  const root = nearestFolderWith(path.dirname(path.resolve(dir)), PROGRAM_FILE);
  if (root === undefined) return undefined;
  const folder = posixPath(path.relative(root, dir));
  const rules = documentRulesOf(root);
  const documents = files.map((f) => `${folder}/${f.path}`).filter((rel) => rules.reads(rel));
  if (documents.length === 0) return undefined;
  return { root, folder, documents, exclude: `${folder}/**` };
}

/** The very rules `cohort validate` walks that program by; a program.yaml that cannot be read excludes nothing. */
function documentRulesOf(root: string): DocumentRules {
  try {
    return programDocumentRules(root);
  } catch (error) {
    if (!(error instanceof IoError)) throw error;
    return documentRules({ exclude: [], skipFolders: [] });
  }
}

/**
 * The root of the git repository `dir` lies in, when that root is a folder
 * above `dir` (GitHub then runs only the workflows in the root's
 * .github/workflows/). A `.git` file (worktree, submodule) counts as well.
 */
export function enclosingRepository(dir: string): string | undefined {
  const root = repositoryRoot(dir);
  return root === undefined || root === path.resolve(dir) ? undefined : root;
}
