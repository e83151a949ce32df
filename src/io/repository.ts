import path from 'node:path';
import { nearestFolderWith, posixPath } from './stat.js';

/**
 * Where the program root sits inside its repository, as a POSIX path (''
 * at the top), or undefined outside one. The repository is the nearest
 * folder above holding `.git` (a folder, or a file in a worktree), else
 * GITHUB_WORKSPACE when the program is inside it. CI annotations and code
 * scanning resolve file paths against the repository root, so findings in
 * `academy/program.yaml` must say so, not `program.yaml`.
 */
export function pathInRepository(programRoot: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const root = path.resolve(programRoot);
  const repository = repositoryRoot(root);
  if (repository !== undefined) return posixPath(path.relative(repository, root));
  const workspace = env.GITHUB_WORKSPACE;
  if (!workspace) return undefined;
  const inside = path.relative(path.resolve(workspace), root);
  return inside.startsWith('..') || path.isAbsolute(inside) ? undefined : posixPath(inside);
}

/** The root of the git repository `dir` lies in: the nearest folder at or above it holding `.git` (a folder, or a file in a worktree). */
export function repositoryRoot(dir: string): string | undefined {
  return nearestFolderWith(dir, '.git');
}

/** A program-relative file as the repository names it. */
export function inRepository(file: string, base: string | undefined): string {
  return base ? `${base}/${file}` : file;
}
