import { existsSync } from 'node:fs';
import path from 'node:path';

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
  for (let dir = root; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return posix(path.relative(dir, root));
    if (path.dirname(dir) === dir) break;
  }
  const workspace = env.GITHUB_WORKSPACE;
  if (!workspace) return undefined;
  const inside = path.relative(path.resolve(workspace), root);
  return inside.startsWith('..') || path.isAbsolute(inside) ? undefined : posix(inside);
}

function posix(relative: string): string {
  return relative.split(path.sep).join('/');
}

/** A program-relative file as the repository names it. */
export function inRepository(file: string, base: string | undefined): string {
  return base ? `${base}/${file}` : file;
}
