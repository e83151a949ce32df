import { type Dirent, existsSync, readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { isFolder, nearestFolderWith, posixPath } from '../io/stat.js';
import { IoError, UsageError } from '../errors.js';

export const PROGRAM_FILE = 'program.yaml';

/** Folders at the root that never hold program documents. */
const RESERVED_ROOT_FOLDERS = ['records', 'templates', 'out'];

/** `--program DIR`, else the nearest ancestor of `cwd` holding program.yaml (as git finds .git). */
export function findRoot(cwd: string, explicit?: string): string {
  if (explicit !== undefined) {
    const root = path.resolve(cwd, explicit);
    if (!existsSync(path.join(root, PROGRAM_FILE))) {
      throw new UsageError(`no ${PROGRAM_FILE} in ${root}`, 'pass the folder that holds program.yaml to --program, or run `cohort init` there');
    }
    return root;
  }
  const found = nearestFolderWith(cwd, PROGRAM_FILE);
  if (found !== undefined) return found;
  throw new UsageError(
    `no ${PROGRAM_FILE} in ${path.resolve(cwd)} or any folder above it`,
    'run cohort inside a program folder, pass --program DIR, or create one with `cohort init`',
  );
}

export interface DiscoverOptions {
  /** Program.spec.exclude: globs relative to the root. */
  exclude: readonly string[];
  /** Further folders (relative to the root) to skip: the records folder, --out. */
  skipFolders: readonly string[];
}

/** Which paths below the root are program documents: one rule set for walking the root and for asking about a path that may not exist yet. */
export interface DocumentRules {
  /** An entry (a folder when `isFolder`) that discovery does not read, nor walk into. */
  skips(rel: string, isFolder: boolean): boolean;
  /** A file path (relative, forward slashes) that discovery would read as a program document. */
  reads(rel: string): boolean;
}

export function documentRules(options: DiscoverOptions): DocumentRules {
  const excluded = options.exclude.length > 0 ? picomatch([...options.exclude], { dot: true }) : () => false;
  const skip = new Set([...RESERVED_ROOT_FOLDERS, ...options.skipFolders].map(normalizeFolder));
  const skips = (rel: string, isFolder: boolean): boolean => {
    const name = rel.slice(rel.lastIndexOf('/') + 1);
    return name.startsWith('.') || name === 'node_modules' || excluded(rel) || (isFolder && skip.has(rel));
  };
  const reads = (rel: string): boolean => {
    if (!/\.ya?ml$/i.test(rel)) return false;
    const segments = rel.split('/');
    return segments.every((_, i) => !skips(segments.slice(0, i + 1).join('/'), i < segments.length - 1));
  };
  return { skips, reads };
}

/**
 * Every *.yaml / *.yml below the root that is a program document, as sorted
 * relative paths.
 *
 * Symbolic links are followed, to folders as to files; the skip rules apply
 * to the link's own path. A folder is walked once, by its real path, so
 * links cannot loop, and a folder reached both directly and through a link
 * is listed by its direct path: links are walked after everything else. A
 * link that points nowhere named *.yaml is listed like a file, so reading it
 * reports it. A folder that cannot be read is an IoError naming it.
 */
export function discoverFiles(root: string, options: DiscoverOptions): string[] {
  const rules = documentRules(options);
  const found: string[] = [];
  const walked = new Set<string>();
  const linked: string[] = [];
  const walk = (relDir: string): void => {
    const abs = path.join(root, relDir);
    const real = realPath(abs);
    if (walked.has(real)) return;
    walked.add(real);
    for (const entry of readFolder(abs, relDir)) {
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
      const isLink = entry.isSymbolicLink();
      const folder = isLink ? isFolder(path.join(abs, entry.name)) : entry.isDirectory();
      if (rules.skips(rel, folder)) continue;
      if (folder && isLink) linked.push(rel);
      else if (folder) walk(rel);
      else if (/\.ya?ml$/i.test(entry.name)) found.push(rel);
    }
  };
  walk('');
  // A link found while walking a linked folder joins the queue: walked in turn, once.
  for (let i = 0; i < linked.length; i++) walk(linked[i]!);
  return found.sort();
}

/** A folder's entries by name (so which of two ways to one folder is walked does not depend on the file system's order). */
function readFolder(abs: string, rel: string): Dirent[] {
  try {
    return readdirSync(abs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    if (rel === '') throw new IoError(`cannot read the program folder ${abs}: ${code}`, "check the folder's permissions");
    throw new IoError(`cannot read the folder ${rel}: ${code}`, `check the folder's permissions, or add "${rel}" to Program.spec.exclude to skip it`);
  }
}


function realPath(abs: string): string {
  try {
    return realpathSync(abs);
  } catch {
    return path.resolve(abs);
  }
}

function normalizeFolder(folder: string): string {
  return folder.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
}

/** A path relative to the root when it lies inside it, else undefined. */
export function insideRoot(root: string, target: string): string | undefined {
  const rel = path.relative(root, target);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return posixPath(rel);
}
