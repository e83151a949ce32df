import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { isFolder } from './stat.js';
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
 *
 * Once the new folder is in place the run has succeeded: when the earlier
 * copy, moved aside, cannot be removed (a folder inside it owned by another
 * user), `warn` gets a line naming it and how to remove it (see
 * {@link leftoverWarning}); by default it goes to stderr.
 */
export function replaceFolder(target: string, files: Iterable<OutputFile>, warn: (text: string) => void = (text) => void process.stderr.write(text)): number {
  const stage = new StagedFolder(target);
  let written = 0;
  let leftovers: Leftover[];
  try {
    for (const file of passThrough(files)) {
      stage.write(file);
      written++;
    }
    leftovers = stage.commit();
  } catch (error) {
    stage.abort();
    if (error instanceof GeneratorFailure) throw error.cause;
    throw writeFailure(target, error);
  }
  // The new output is in place: an earlier copy that could not be removed is worth a warning, not a failure.
  for (const leftover of leftovers) warn(leftoverWarning(leftover));
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
      makeFolders(this.dir);
    } catch (error) {
      this.abort();
      throw writeFailure(target, error);
    }
    this.writer = new FolderWriter(this.dir);
  }

  write(file: OutputFile): void {
    this.writer.write(file);
  }

  /**
   * Swap the staged folder in place of the target, then remove the earlier
   * target (moved aside to a hidden sibling while swapping).
   *
   * A failed swap throws an IoError (and puts the earlier target back).
   * Once the swap is done the new output is in place and the run has
   * succeeded, so failing to remove the earlier copy (EACCES: a folder in it
   * owned by another user) does not throw: the copies left behind are
   * returned instead, and the CALLER MUST WARN about each one, e.g.
   * `io.stderr(leftoverWarning(leftover))`; an empty list means nothing was
   * left. (A later run retries removing them, quietly: see recoverAbandoned.)
   */
  commit(): Leftover[] {
    try {
      if (existsSync(this.target)) renameSync(this.target, this.retired);
      renameSync(this.dir, this.target);
    } catch (error) {
      this.abort();
      throw writeFailure(this.target, error);
    }
    try {
      rmSync(this.retired, { recursive: true, force: true });
    } catch (error) {
      if (existsSync(this.retired)) return [{ folder: this.retired, code: errorCode(error) }];
    }
    return [];
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
    if (!this.folders.has(folder)) makeFolders(folder);
    this.folders.add(folder);
    writeFileSync(destination, file.content);
  }
}

/** How any failure to create, fill or swap an output folder reaches the user. */
export function writeFailure(target: string, error: unknown): IoError {
  if (error instanceof IoError) return error;
  return new IoError(`cannot write ${target}: ${errorCode(error)}`, 'check that the output folder is writable (--out DIR)');
}

/** An earlier output that was replaced but could not be removed: see {@link StagedFolder.commit}. */
export interface Leftover {
  /** The hidden folder the earlier output was moved aside to (absolute when the target was). */
  folder: string;
  /** Why removing it failed (EACCES, EPERM, EBUSY...). */
  code: string;
}

/** The warning for a {@link Leftover}, one line and a hint, ending in a newline (for stderr). */
export function leftoverWarning(leftover: Leftover): string {
  return (
    `cohort: warning: the new output is in place, but the earlier copy moved aside to ${leftover.folder} could not be removed: ${leftover.code}\n` +
    `  hint: remove it as a user allowed to (its owner, or with sudo): rm -rf ${shellQuote(leftover.folder)}\n`
  );
}

/** Text as one shell word: single-quoted unless plainly safe, so $, ` and ! in a folder name stay literal. */
export function shellQuote(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * Creates `folder` and any missing parents, like `mkdirSync(folder, {
 * recursive: true })`, and returns the folders it created, outermost first
 * (none when `folder` already existed). Use it for every output path instead of
 * the recursive mkdir: on Node 20 that one loops for ever, at full CPU, when
 * creating a folder fails with ENOENT although its parent exists (anything
 * below /proc). Here the nearest existing ancestor is found first and each
 * missing level is made with a plain mkdir, so any failure is thrown as the
 * errno error it is (ENOENT, EACCES, EPERM, ENOTDIR, EEXIST for a file in
 * the way). A level another process creates meanwhile (EEXIST, and it is now
 * a folder) is fine.
 */
export function makeFolders(folder: string): string[] {
  const missing: string[] = [];
  for (let dir = folder; ; ) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(dir).isDirectory();
    } catch (error) {
      const parent = path.dirname(dir);
      // ENOTDIR (a file on the way), EACCES and the like: mkdir could not do better.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || parent === dir) throw error;
      missing.push(dir);
      dir = parent;
      continue;
    }
    // A file where `folder` goes: mkdir reports it (EEXIST).
    if (!isDirectory) missing.push(dir);
    break;
  }
  const made: string[] = [];
  for (const dir of missing.reverse()) {
    try {
      mkdirSync(dir);
      made.push(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && isFolder(dir)) continue;
      throw error;
    }
  }
  return made;
}

/** An errno code (EACCES), else the error's message. */
export function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? (error instanceof Error ? error.message : String(error));
}

/** Runs a clean-up step whose failure changes nothing for the caller. */
export function quietly(action: () => unknown): void {
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
