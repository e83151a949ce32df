import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { IoError } from '../errors.js';
import { safeJoin } from '../io/output.js';
import type { ScaffoldFile } from './scaffold.js';

/** The files (relative paths) that already exist in `dir`. */
export function existingFiles(dir: string, files: readonly ScaffoldFile[]): string[] {
  return files.filter((f) => existsSync(safeJoin(dir, f.path))).map((f) => f.path);
}

/**
 * Writes each file through a temporary sibling and a rename, so a file is
 * either its old self or complete, never half-written. The caller decides
 * beforehand whether overwriting is allowed.
 */
export function writeFiles(dir: string, files: readonly ScaffoldFile[]): void {
  for (const file of files) {
    const destination = safeJoin(dir, file.path);
    const temporary = path.join(path.dirname(destination), `.${path.basename(destination)}.tmp-${process.pid}`);
    try {
      mkdirSync(path.dirname(destination), { recursive: true });
      writeFileSync(temporary, file.content);
      renameSync(temporary, destination);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw new IoError(`cannot write ${destination}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, 'check that the folder is writable');
    }
  }
}
