import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { UsageError } from '../errors.js';

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
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, PROGRAM_FILE))) return dir;
    if (path.dirname(dir) === dir) break;
  }
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

/** Every *.yaml / *.yml below the root that is a program document, as sorted relative paths. */
export function discoverFiles(root: string, options: DiscoverOptions): string[] {
  const excluded = options.exclude.length > 0 ? picomatch([...options.exclude], { dot: true }) : () => false;
  const skip = new Set([...RESERVED_ROOT_FOLDERS, ...options.skipFolders].map(normalizeFolder));
  const found: string[] = [];
  const walk = (relDir: string): void => {
    const entries = readdirSync(path.join(root, relDir), { withFileTypes: true });
    for (const entry of entries) {
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      if (excluded(rel)) continue;
      // Symbolic links to folders are not followed: they could loop.
      if (entry.isDirectory()) {
        if (!skip.has(rel)) walk(rel);
      } else if (/\.ya?ml$/i.test(entry.name)) {
        found.push(rel);
      }
    }
  };
  walk('');
  return found.sort();
}

function normalizeFolder(folder: string): string {
  return folder.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
}

/** A path relative to the root when it lies inside it, else undefined. */
export function insideRoot(root: string, target: string): string | undefined {
  const rel = path.relative(root, target);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}
