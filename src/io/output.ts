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
 *
 * `files` may be a generator: each file is written as it comes, so a large
 * output never has to be held in memory at once. An error thrown by the
 * generator itself passes through unchanged (after the staging folder is
 * removed); failures to write become an IoError. Returns how many files
 * were written.
 */
export function replaceFolder(target: string, files: Iterable<OutputFile>): number {
  const parent = path.dirname(target);
  const stamp = `${process.pid}-${Date.now()}`;
  const staging = path.join(parent, `.${path.basename(target)}.new-${stamp}`);
  const retired = path.join(parent, `.${path.basename(target)}.old-${stamp}`);
  let written = 0;
  try {
    mkdirSync(staging, { recursive: true });
    const folders = new Set<string>();
    for (const file of passThrough(files)) {
      const destination = safeJoin(staging, file.path);
      const folder = path.dirname(destination);
      if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
      folders.add(folder);
      writeFileSync(destination, file.content);
      written++;
    }
    if (existsSync(target)) renameSync(target, retired);
    renameSync(staging, target);
  } catch (error) {
    // Clean-up must not replace the error that explains the failure.
    quietly(() => rmSync(staging, { recursive: true, force: true }));
    quietly(() => existsSync(retired) && !existsSync(target) && renameSync(retired, target));
    if (error instanceof GeneratorFailure) throw error.cause;
    throw new IoError(`cannot write ${target}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, 'check that the output folder is writable (--out DIR)');
  }
  rmSync(retired, { recursive: true, force: true });
  return written;
}

function quietly(action: () => unknown): void {
  try {
    action();
  } catch {
    // best effort
  }
}

/** An error thrown while producing the files (not while writing them). */
class GeneratorFailure {
  constructor(readonly cause: unknown) {}
}

/** The files, with the producer's own errors wrapped so they can be told from write errors; the producer is closed when writing stops early. */
function* passThrough<T>(items: Iterable<T>): Generator<T> {
  const iterator = items[Symbol.iterator]();
  try {
    for (;;) {
      let next: IteratorResult<T>;
      try {
        next = iterator.next();
      } catch (error) {
        throw new GeneratorFailure(error);
      }
      if (next.done) return;
      yield next.value;
    }
  } finally {
    iterator.return?.();
  }
}

export interface Drift {
  /** Files that would change or be created. */
  stale: string[];
  /** Files present that the command would remove. */
  extra: string[];
}

/** What `--check` reports: how the folder on disk differs from what would be written (files compared as they come). */
export function folderDrift(target: string, files: Iterable<OutputFile>): Drift {
  const present = new Set(listFiles(target));
  // Path → stale; a path given twice is judged by its last content, as writing it would leave it.
  const expected = new Map<string, boolean>();
  for (const file of files) {
    const content = typeof file.content === 'string' ? Buffer.from(file.content) : file.content;
    expected.set(file.path, !present.has(file.path) || !readFileSync(path.join(target, file.path)).equals(content));
  }
  const stale = [...expected].filter(([, isStale]) => isStale).map(([rel]) => rel);
  const extra = [...present].filter((rel) => !expected.has(rel));
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
