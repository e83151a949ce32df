import { readdirSync } from 'node:fs';
import path from 'node:path';
import { IoError } from '../errors.js';
import { isFile } from '../io/stat.js';

export type RecordKind = 'attendance' | 'assessments' | 'projects' | 'feedback';
export const RECORD_KINDS: readonly RecordKind[] = ['attendance', 'assessments', 'projects', 'feedback'];

export type RecordFiles = Record<RecordKind, string[]>;

/** What the records folder holds: the record files by kind, and what is not read. */
export interface FoundRecords {
  files: RecordFiles;
  /** `.csv` files directly in the folder whose name starts with no record kind (`Attendance.csv`, `zoom-export.csv`): not read. */
  ignored: string[];
  /** The folder is not there. */
  missing: boolean;
}

/** A record file: where to read it, and the path findings name (relative to the program root, forward slashes). */
export interface RecordFile {
  abs: string;
  rel: string;
}

/**
 * The record files directly in `recordsDir` (relative to `root`, e.g.
 * `records/`): `attendance*.csv`, `assessments*.csv`, `projects*.csv`,
 * `feedback*.csv`, the `.csv` matched case-insensitively and the prefix as
 * written. Paths are relative to `root` with forward slashes, sorted by code
 * unit. A missing folder gives empty lists; an unreadable one is an IoError.
 * Sub-folders and other files are not read; other `.csv` files are listed
 * as `ignored`, so a report can say why their rows are not counted.
 */
export function findRecordFiles(root: string, recordsDir: string): FoundRecords {
  const found: FoundRecords = { files: { attendance: [], assessments: [], projects: [], feedback: [] }, ignored: [], missing: false };
  const dirAbs = path.resolve(root, recordsDir);
  let names: string[];
  try {
    names = readdirSync(dirAbs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ...found, missing: true };
    throw new IoError(`cannot read the records folder ${recordsDir}: ${code ?? String(error)}`);
  }
  const dirRel = path.relative(root, dirAbs).split(path.sep).join('/');
  for (const name of names.sort()) {
    if (name.length < 4 || name.slice(-4).toLowerCase() !== '.csv' || !isFile(path.join(dirAbs, name))) continue;
    const rel = dirRel ? `${dirRel}/${name}` : name;
    const kind = RECORD_KINDS.find((k) => name.startsWith(k));
    if (kind) found.files[kind].push(rel);
    else found.ignored.push(rel);
  }
  return found;
}


/** `{ abs, rel }` for a path `findRecordFiles` returned. */
export function recordFile(root: string, rel: string): RecordFile {
  return { abs: path.resolve(root, rel), rel };
}
