import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { IoError } from '../errors.js';

/** A generated file, by its path relative to the folder being replaced. */
export interface OutputFile {
  path: string;
  content: string | Buffer;
}

/**
 * Replace a whole owned folder (e.g. out/plan) with exactly these files.
 * Everything is staged in a sibling folder first and swapped in with
 * renames, so a failed run leaves the earlier output intact, and files the
 * command no longer produces (a deleted cohort's plan) disappear.
 */
export function replaceFolder(target: string, files: readonly OutputFile[]): void {
  const parent = path.dirname(target);
  const stamp = `${process.pid}-${Date.now()}`;
  const staging = path.join(parent, `.${path.basename(target)}.new-${stamp}`);
  const retired = path.join(parent, `.${path.basename(target)}.old-${stamp}`);
  try {
    mkdirSync(staging, { recursive: true });
    for (const file of files) {
      const destination = safeJoin(staging, file.path);
      mkdirSync(path.dirname(destination), { recursive: true });
      writeFileSync(destination, file.content);
    }
    if (existsSync(target)) renameSync(target, retired);
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (existsSync(retired) && !existsSync(target)) renameSync(retired, target);
    throw new IoError(`cannot write ${target}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, 'check that the output folder is writable (--out DIR)');
  }
  rmSync(retired, { recursive: true, force: true });
}

export interface Drift {
  /** Files that would change or be created. */
  stale: string[];
  /** Files present that the command would remove. */
  extra: string[];
}

/** What `--check` reports: how the folder on disk differs from what would be written. */
export function folderDrift(target: string, files: readonly OutputFile[]): Drift {
  const expected = new Map(files.map((f) => [f.path, typeof f.content === 'string' ? Buffer.from(f.content) : f.content]));
  const present = listFiles(target);
  const stale = [...expected.keys()].filter((rel) => {
    const full = path.join(target, rel);
    return !present.includes(rel) || !readFileSync(full).equals(expected.get(rel)!);
  });
  const extra = present.filter((rel) => !expected.has(rel));
  return { stale: stale.sort(), extra: extra.sort() };
}

/** Files below a folder as sorted relative paths with forward slashes ([] when it does not exist). */
export function listFiles(folder: string, rel = ''): string[] {
  const dir = path.join(folder, rel);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      return entry.isDirectory() ? listFiles(folder, child) : [child];
    })
    .sort();
}

/** Joins a generated relative path to a folder, refusing anything that would land outside it. */
export function safeJoin(folder: string, rel: string): string {
  const full = path.resolve(folder, rel);
  const inside = path.relative(folder, full);
  if (rel === '' || path.isAbsolute(rel) || inside.startsWith('..') || path.isAbsolute(inside)) {
    throw new Error(`refusing to write outside the output folder: ${rel}`);
  }
  return full;
}
