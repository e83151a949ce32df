import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { IoError } from '../errors.js';

export type RecordKind = 'attendance' | 'assessments' | 'projects' | 'feedback';
export const RECORD_KINDS: readonly RecordKind[] = ['attendance', 'assessments', 'projects', 'feedback'];

export type RecordFiles = Record<RecordKind, string[]>;

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
 * Sub-folders and other files are not read.
 */
export function findRecordFiles(root: string, recordsDir: string): RecordFiles {
  const found: RecordFiles = { attendance: [], assessments: [], projects: [], feedback: [] };
  const dirAbs = path.resolve(root, recordsDir);
  let names: string[];
  try {
    names = readdirSync(dirAbs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return found;
    throw new IoError(`cannot read the records folder ${recordsDir}: ${code ?? String(error)}`);
  }
  const dirRel = path.relative(root, dirAbs).split(path.sep).join('/');
  for (const name of names.sort()) {
    if (name.length < 4 || name.slice(-4).toLowerCase() !== '.csv') continue;
    const kind = RECORD_KINDS.find((k) => name.startsWith(k));
    if (!kind) continue;
    try {
      if (!statSync(path.join(dirAbs, name)).isFile()) continue; // follows symlinks; a folder named *.csv is not a file
    } catch {
      continue; // a dangling symlink
    }
    found[kind].push(dirRel ? `${dirRel}/${name}` : name);
  }
  return found;
}

/** `{ abs, rel }` for a path `findRecordFiles` returned. */
export function recordFile(root: string, rel: string): RecordFile {
  return { abs: path.resolve(root, rel), rel };
}
