import { accessSync, closeSync, constants, lstatSync, openSync, renameSync, rmSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { IoError } from '../errors.js';
import { errorCode, makeFolders, quietly, recoverAbandonedIn, safeJoin, stagingName } from '../io/output.js';
import type { ScaffoldFile } from './scaffold.js';

const ANOTHER_FOLDER = 'choose another folder (cohort init DIR), or move the paths named above out of the way';

/** The files (relative paths) that already exist in `dir` (a broken symbolic link counts: writing would replace it). */
export function existingFiles(dir: string, files: readonly ScaffoldFile[]): string[] {
  return files.filter((f) => present(safeJoin(dir, f.path))).map((f) => f.path);
}

/**
 * Checks that the program folder can be made, before anything is asked or
 * written: `dir` is a folder or can be created (no file stands in its place
 * or above it). Throws an IoError naming the path otherwise.
 */
export function checkFolder(dir: string): void {
  const blocker = fileInTheWay(dir);
  if (blocker === undefined) return;
  const what = `${blocker === dir ? 'it' : blocker} is ${kindOf(blocker) === 'file' ? 'a file' : 'a broken symbolic link'}, not a folder`;
  throw new IoError(`cannot create the program in ${dir}: ${what}; nothing was written`, 'choose a folder, or a name that does not exist yet: cohort init DIR');
}

/**
 * Checks every path `writeFiles` would touch, before anything is written: a
 * file (or broken link) where a folder goes, a folder where a file goes, a
 * folder that cannot be written to. Throws one IoError listing them all.
 */
export function checkTargets(dir: string, files: readonly ScaffoldFile[]): void {
  checkFolder(dir);
  const problems = new Map<string, string>();
  const folderUsers = new Map<string, string[]>();
  const writable = new Set<string>();
  for (const file of files) {
    const segments = file.path.split('/');
    let blocked = false;
    for (let i = 1; i < segments.length && !blocked; i++) {
      const rel = segments.slice(0, i).join('/');
      const kind = kindOf(path.join(dir, rel));
      if (kind === 'file' || kind === 'broken link') {
        folderUsers.set(rel, [...(folderUsers.get(rel) ?? []), file.path]);
        blocked = true;
      }
    }
    if (blocked) continue;
    const destination = safeJoin(dir, file.path);
    const kind = kindOf(destination);
    if (kind === 'folder') problems.set(file.path, 'is a folder, where init writes a file');
    // The nearest folder that exists is where something gets created: it must take new entries.
    let folder = path.dirname(destination);
    while (kindOf(folder) === 'missing') folder = path.dirname(folder);
    if (!writable.has(folder)) {
      try {
        accessSync(folder, constants.W_OK);
        writable.add(folder);
      } catch {
        const rel = path.relative(dir, folder);
        problems.set(rel.startsWith('..') ? folder : rel || '.', 'is a folder that cannot be written to');
      }
    }
  }
  for (const [rel, users] of folderUsers) {
    const kind = kindOf(path.join(dir, rel)) === 'file' ? 'is a file' : 'is a broken symbolic link';
    const more = users.length > 1 ? ` and ${users.length - 1} more` : '';
    problems.set(rel, `${kind}, where init needs a folder (for ${users[0]}${more})`);
  }
  if (problems.size === 0) return;
  const list = [...problems].map(([rel, problem]) => `\n  ${rel}: ${problem}`).join('');
  throw new IoError(`cannot write the program in ${dir}; nothing was written:${list}`, ANOTHER_FOLDER);
}

/**
 * Writes the files all or nothing. Every file is first written to a
 * temporary sibling (folders are created as needed); only when all are
 * written are they renamed into place, an existing file (--force) first
 * moved aside. When anything fails, what this run made is removed and the
 * files moved aside are put back, so the folder is as it was. The caller
 * checks beforehand (checkTargets) and decides whether overwriting is allowed.
 */
/**
 * What a killed init left next to these files: its half-written copies go,
 * and a file it had moved aside comes back, so the checks that follow see
 * the folder as it was before that run.
 */
export function recoverLeftovers(dir: string, files: readonly ScaffoldFile[]): void {
  for (const folder of new Set(files.map((f) => path.dirname(safeJoin(dir, f.path))))) recoverAbandonedIn(folder);
}

export function writeFiles(dir: string, files: readonly ScaffoldFile[]): void {
  const time = Date.now();
  // Named as every output's staging copies are, so a run killed midway is tidied (and a file it had moved aside put back) by the next one.
  const beside = (destination: string, kind: 'new' | 'old') => path.join(path.dirname(destination), stagingName(destination, kind, process.pid, time));
  const created: string[] = [];
  const planned: Planned[] = [];
  let current = dir;
  try {
    for (const file of files) {
      const destination = safeJoin(dir, file.path);
      current = destination;
      makeFolder(path.dirname(destination), created);
      const entry: Planned = { destination, temporary: beside(destination, 'new'), existed: present(destination), stage: 'none' };
      const fd = openSync(entry.temporary, 'wx');
      entry.stage = 'staged';
      planned.push(entry);
      try {
        writeFileSync(fd, file.content);
      } finally {
        closeSync(fd);
      }
    }
    for (const entry of planned) {
      current = entry.destination;
      if (entry.existed) {
        entry.backup = beside(entry.destination, 'old');
        renameSync(entry.destination, entry.backup);
        entry.stage = 'moved aside';
      }
      renameSync(entry.temporary, entry.destination);
      entry.stage = 'placed';
    }
  } catch (error) {
    const left = undo(planned, created);
    const code = errorCode(error);
    const outcome = left.length === 0 ? 'nothing was written' : `these could not be removed or restored:${left.map((p) => `\n  ${p}`).join('')}`;
    throw new IoError(`cannot write ${current}: ${code}; ${outcome}`, 'check that the folder is writable and the disk has room, then run cohort init again');
  }
  for (const entry of planned) if (entry.backup) quietly(() => rmSync(entry.backup!, { force: true }));
}

interface Planned {
  destination: string;
  temporary: string;
  /** Something (a file, a link) was at the destination before this run. */
  existed: boolean;
  /** Where the earlier file was moved while the new one goes in. */
  backup?: string;
  stage: 'none' | 'staged' | 'moved aside' | 'placed';
}

/** Puts the folder back as it was; returns the paths it could not remove or restore. Never throws. */
function undo(planned: readonly Planned[], created: readonly string[]): string[] {
  const left: string[] = [];
  const attempt = (where: string, action: () => unknown) => {
    try {
      action();
    } catch {
      left.push(where);
    }
  };
  for (const entry of [...planned].reverse()) {
    if (entry.stage === 'placed') {
      if (entry.backup) attempt(entry.destination, () => renameSync(entry.backup!, entry.destination));
      else attempt(entry.destination, () => rmSync(entry.destination, { force: true }));
    }
    if (entry.stage === 'moved aside') attempt(entry.destination, () => renameSync(entry.backup!, entry.destination));
    if (entry.stage !== 'placed') attempt(entry.temporary, () => rmSync(entry.temporary, { force: true }));
  }
  // Innermost first; rmdir removes only empty folders, so nothing that was put there meanwhile goes.
  for (const folder of [...created].reverse()) attempt(folder, () => rmdirSync(folder));
  return left;
}

/** Creates `folder` and any missing parents, recording each one created (outermost first). */
function makeFolder(folder: string, created: string[]): void {
  created.push(...makeFolders(folder));
}

type Kind = 'missing' | 'folder' | 'file' | 'broken link';

/** What is at `p`, following symbolic links; a path below a file counts as missing (its file is reported). */
function kindOf(p: string): Kind {
  try {
    return statSync(p).isDirectory() ? 'folder' : 'file';
  } catch {
    return present(p) ? 'broken link' : 'missing';
  }
}

function present(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

/** The first file found in place of `dir` or one of the folders above it. */
function fileInTheWay(dir: string): string | undefined {
  for (let p = dir; ; p = path.dirname(p)) {
    const kind = kindOf(p);
    if (kind === 'file' || kind === 'broken link') return p;
    if (kind === 'folder' || path.dirname(p) === p) return undefined;
  }
}

