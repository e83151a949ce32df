import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
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
  const stage = new StagedFolder(target);
  let written = 0;
  try {
    for (const file of passThrough(files)) {
      stage.write(file);
      written++;
    }
    stage.commit();
  } catch (error) {
    stage.abort();
    if (error instanceof GeneratorFailure) throw error.cause;
    throw writeFailure(target, error);
  }
  return written;
}

/**
 * The staging half of {@link replaceFolder}, for writers that fill the
 * folder from elsewhere (another thread writes into `dir`): create it, fill
 * it, then `commit` swaps it in or `abort` removes it. Either leaves no
 * staging folder behind.
 */
export class StagedFolder {
  /** The staging folder: a hidden sibling of the target. */
  readonly dir: string;
  private readonly retired: string;
  private readonly writer: FolderWriter;

  constructor(readonly target: string) {
    const parent = path.dirname(target);
    recoverAbandoned(target);
    const time = Date.now();
    this.dir = path.join(parent, stagingName(target, 'new', process.pid, time));
    this.retired = path.join(parent, stagingName(target, 'old', process.pid, time));
    try {
      mkdirSync(this.dir, { recursive: true });
    } catch (error) {
      this.abort();
      throw writeFailure(target, error);
    }
    this.writer = new FolderWriter(this.dir);
  }

  write(file: OutputFile): void {
    this.writer.write(file);
  }

  /** Swap the staged folder in place of the target (the earlier target is removed). */
  commit(): void {
    try {
      if (existsSync(this.target)) renameSync(this.target, this.retired);
      renameSync(this.dir, this.target);
    } catch (error) {
      this.abort();
      throw writeFailure(this.target, error);
    }
    rmSync(this.retired, { recursive: true, force: true });
  }

  /** Remove the staging folder and put the earlier target back if it was moved; never throws. */
  abort(): void {
    // Clean-up must not replace the error that explains the failure.
    quietly(() => rmSync(this.dir, { recursive: true, force: true }));
    quietly(() => existsSync(this.retired) && !existsSync(this.target) && renameSync(this.retired, this.target));
  }
}

/**
 * Tidies what runs that were killed (Ctrl+C, a lost machine) left next to
 * `target`: their staging folders are removed, and when one died between
 * its two renames, with the target moved aside and not yet replaced, the
 * earlier output is put back. Only folders this machine made, of processes
 * no longer running, are touched: a run going on at the same time keeps its
 * own, also one on another machine sharing the folder (process ids mean
 * nothing across machines). Best effort: tidying never fails a run.
 */
export function recoverAbandoned(target: string): void {
  recoverIn(path.dirname(target), path.basename(target));
}

/** recoverAbandoned for every folder inside `dir` that killed runs left staging folders for (a `plan --cohort` run stages next to its cohort's folder). */
export function recoverAbandonedIn(dir: string): void {
  recoverIn(dir);
}

function recoverIn(dir: string, only?: string): void {
  let names: string[] = [];
  quietly(() => (names = readdirSync(dir)));
  const abandoned = names
    .map((name) => ({ name, stage: stageOf(name) }))
    .filter((entry): entry is { name: string; stage: Stage } => entry.stage !== undefined && (only === undefined || entry.stage.base === only) && entry.stage.host === HOST && !isRunning(entry.stage.pid))
    // The most recent retired output first: it is the one to put back.
    .sort((a, b) => b.stage.time - a.stage.time);
  for (const { name, stage } of abandoned) {
    const folder = path.join(dir, name);
    const target = path.join(dir, stage.base);
    if (stage.kind === 'old' && !existsSync(target)) quietly(() => renameSync(folder, target));
    else quietly(() => rmSync(folder, { recursive: true, force: true }));
  }
}

interface Stage {
  /** The name of the folder it stands next to. */
  base: string;
  kind: 'new' | 'old';
  host: string;
  pid: number;
  time: number;
}

/** The name of a staging (`new`) or retired (`old`) folder next to `target`, made by process `pid` of this machine at `time`. */
export function stagingName(target: string, kind: Stage['kind'], pid: number, time: number): string {
  return `.${path.basename(target)}.${kind}-${HOST}-${pid}-${time}`;
}

/** This machine's name as it goes into staging folders' names (the characters a folder name keeps everywhere). */
const HOST = hostname().replace(/[^A-Za-z0-9.-]/g, '_') || 'host';

/**
 * A name stagingName makes, read back. Folders named before the machine's
 * name went in (`.plan.new-<pid>-<time>`) are taken as this machine's.
 */
function stageOf(name: string): Stage | undefined {
  const match = /^\.(.+)\.(new|old)-(?:(.+)-)?(\d+)-(\d+)$/.exec(name);
  if (!match) return undefined;
  return { base: match[1]!, kind: match[2] as Stage['kind'], host: match[3] ?? HOST, pid: Number(match[4]), time: Number(match[5]) };
}

/** Whether a process with this id runs on this machine (this process counts as running). */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Writes files below one folder, creating sub-folders once each; refuses paths that leave it. */
export class FolderWriter {
  private readonly folders = new Set<string>();

  constructor(readonly dir: string) {}

  write(file: OutputFile): void {
    const destination = safeJoin(this.dir, file.path);
    const folder = path.dirname(destination);
    if (!this.folders.has(folder)) mkdirSync(folder, { recursive: true });
    this.folders.add(folder);
    writeFileSync(destination, file.content);
  }
}

/** How any failure to create, fill or swap an output folder reaches the user. */
export function writeFailure(target: string, error: unknown): IoError {
  if (error instanceof IoError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? (error instanceof Error ? error.message : String(error));
  return new IoError(`cannot write ${target}: ${code}`, 'check that the output folder is writable (--out DIR)');
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
  /** Files that would change. */
  stale: string[];
  /** Files that would be created. */
  missing: string[];
  /** Files present that the command would remove. */
  extra: string[];
}

/** What `--check` reports: how the folder on disk differs from what would be written (files compared as they come). */
export function folderDrift(target: string, files: Iterable<OutputFile>): Drift {
  const present = new Set(listFiles(target));
  // Path → stale; a path given twice is judged by its last content, as writing it would leave it.
  const expected = new Map<string, boolean>();
  for (const file of files) {
    if (!present.has(file.path)) {
      expected.set(file.path, true);
      continue;
    }
    const content = typeof file.content === 'string' ? Buffer.from(file.content) : file.content;
    expected.set(file.path, !readFileSync(path.join(target, file.path)).equals(content));
  }
  const changed = [...expected].filter(([, isStale]) => isStale).map(([rel]) => rel);
  const extra = [...present].filter((rel) => !expected.has(rel));
  return { stale: changed.filter((rel) => present.has(rel)).sort(), missing: changed.filter((rel) => !present.has(rel)).sort(), extra: extra.sort() };
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
