import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { recoverAbandoned, recoverAbandonedIn } from '../io/output.js';
import { isFile } from '../io/stat.js';
import { fastRows } from '../records/csv-fast.js';
import { parseClock, parseDate } from '../util/dates.js';
import { idRecord } from '../util/id-record.js';

/** A cohort's published assignments, read back from its groups.csv like a lock file. */
export interface CohortLock {
  /** Participant id → group id. */
  groups: Record<string, string>;
  /** Group id → lead mentor id. */
  leads: Record<string, string>;
  /** Participant id → community mentor id (groups.csv's `community_mentor` column). */
  community: Record<string, string>;
  /** Set when groups.csv is there but cannot be read as a plan (the maps are then empty); see damagedLocks. */
  damage?: LockDamage;
  /** The starts of each group touchpoint in schedule.csv, by publishedStartKey. */
  starts?: Record<string, PublishedStarts>;
}

/** A group touchpoint's published starts, minutes since midnight in the cohort's zone. */
export interface PublishedStarts {
  /** The most common (ties: the earliest). */
  usual: number;
  /** Each session's, by day number. */
  byDay: Map<number, number>;
}

/** The key of a group touchpoint in CohortLock.starts. */
export function publishedStartKey(group: string, type: string): string {
  return `${group}\u0000${type}`;
}

/** Why a published groups.csv cannot be read back, and where. */
export interface LockDamage {
  file: string;
  line: number;
  message: string;
  hint?: string;
}

export type Locks = Record<string, CohortLock | undefined>;

/**
 * The published plan of each cohort under `planDir` (undefined where there
 * is none). A plan run that was killed while swapping its output in may have
 * moved the published plan aside (all of it, or with --cohort one cohort's
 * folder): it is put back first.
 */
export async function readLocks(planDir: string, cohortIds: readonly string[]): Promise<Locks> {
  recoverPublished(planDir);
  return readRecovered(planDir, cohortIds);
}

async function readRecovered(planDir: string, cohortIds: readonly string[]): Promise<Locks> {
  const locks: Locks = {};
  for (const id of cohortIds) locks[id] = await readLock(planDir, id);
  return locks;
}

/** What killed runs left of the plan folder and of its cohort folders (see recoverAbandoned). */
function recoverPublished(planDir: string): void {
  recoverAbandoned(planDir);
  recoverAbandonedIn(planDir);
}

/**
 * Every published plan under `planDir`, by folder name, for a reader that
 * does not know the cohorts yet (the plan writer's thread reads them while
 * the program is validated); `pickLocks` then keeps the program's cohorts.
 */
export async function readAllLocks(planDir: string): Promise<Locks> {
  recoverPublished(planDir);
  return readRecovered(planDir, subfolders(planDir));
}

/** Folder names inside `dir`, sorted; none when it is missing or not a readable folder (a lock never fails a run). */
function subfolders(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() || entry.isSymbolicLink())
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}

/** The locks of these cohorts out of all that were read (undefined where there is none). */
export function pickLocks(all: Locks, cohortIds: readonly string[]): Locks {
  const locks: Locks = {};
  for (const id of cohortIds) locks[id] = Object.hasOwn(all, id) ? all[id] : undefined;
  return locks;
}

/** The damaged published plans among `locks`, by cohort id: commands that read the plan stop on them rather than silently plan afresh. */
export function damagedLocks(locks: Locks): LockDamage[] {
  return Object.keys(locks)
    .sort()
    .flatMap((id) => (locks[id]?.damage ? [locks[id].damage] : []));
}

/**
 * Reads `<planDir>/<cohort>/groups.csv` when present, with the records'
 * CSV engine (RFC 4180, BOM, CRLF or LF). Columns are found by their header
 * names; a missing cell reads as empty. A file that is there but cannot be
 * read (broken quoting, a required column gone) comes back with `damage`:
 * planning without it would move everyone, so that is left to --fresh.
 */
export async function readLock(planDir: string, cohort: string): Promise<CohortLock | undefined> {
  const file = path.join(planDir, cohort, 'groups.csv');
  if (!existsSync(file)) return undefined;
  // A pipe would block reading for ever.
  if (!isFile(file)) return emptyLock({ file, line: 1, message: 'it is not a regular file' });
  const lock = emptyLock();
  let column: Columns | undefined;
  let damage: LockDamage | undefined;
  const damaged = (line: number, message: string, hint?: string) => {
    damage ??= { file, line, message, ...(hint ? { hint } : {}) };
  };
  const onRow = (fields: string[], line: number) => {
    if (damage || (fields.length === 1 && fields[0] === '')) return; // an empty line
    if (column === undefined) {
      column = columnsOf(fields);
      const missing = REQUIRED.filter((name) => column![name] < 0);
      if (missing.length > 0) damaged(line, `the header has no ${missing.join(', ')} column${missing.length === 1 ? '' : 's'}`);
      return;
    }
    const cell = (at: number) => (at < 0 ? '' : (fields[at] ?? ''));
    if (column.cohort >= 0 && unguard(cell(column.cohort)) !== cohort) return;
    const person = unguard(cell(column.person));
    const group = cell(column.group);
    const role = cell(column.role);
    if (role === 'participant') {
      lock.groups[person] = group;
      const mentor = cell(column.mentor);
      if (mentor) lock.community[person] = unguard(mentor);
    } else if (role === 'lead') {
      lock.leads[group] = person;
    }
  };
  for await (const _ of fastRows(file, onRow, damaged)) if (damage) break;
  if (damage) return emptyLock(damage);
  if (column === undefined) return undefined;
  const starts = await readPublishedStarts(path.join(planDir, cohort, 'schedule.csv'));
  return starts ? { ...lock, starts } : lock;
}

/**
 * The starts of each group touchpoint in a published schedule.csv, per
 * session and the most common; cohort-wide rows (`all`) are left out. Only
 * a preference for the slot finder: a missing or unreadable file gives none.
 */
async function readPublishedStarts(file: string): Promise<Record<string, PublishedStarts> | undefined> {
  if (!isFile(file)) return undefined;
  const byKey = new Map<string, Map<number, number>>();
  let at: { group: number; type: number; date: number; start: number } | undefined;
  let broken = false;
  const onRow = (fields: string[]) => {
    if (fields.length === 1 && fields[0] === '') return;
    if (at === undefined) {
      at = { group: fields.indexOf('group'), type: fields.indexOf('type'), date: fields.indexOf('date'), start: fields.indexOf('start') };
      if (Object.values(at).some((column) => column < 0)) broken = true;
      return;
    }
    const group = fields[at.group] ?? '';
    const day = parseDate(fields[at.date] ?? '');
    const start = parseClock(fields[at.start] ?? '');
    if (group === '' || group === 'all' || day === undefined || start === undefined) return;
    const key = publishedStartKey(group, fields[at.type] ?? '');
    let byDay = byKey.get(key);
    if (byDay === undefined) byKey.set(key, (byDay = new Map()));
    byDay.set(day, start);
  };
  for await (const _ of fastRows(file, onRow, () => (broken = true))) if (broken) break;
  if (broken) return undefined;
  const starts = idRecord<PublishedStarts>();
  for (const [key, byDay] of byKey) starts[key] = { usual: mostCommon(byDay.values()), byDay };
  return starts;
}

/** The value met most often; ties: the smallest. */
function mostCommon(values: Iterable<number>): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
}


/** A lock that keeps nothing; with `damage`, one that says why. */
function emptyLock(damage?: LockDamage): CohortLock {
  return { groups: idRecord(), leads: idRecord(), community: idRecord(), ...(damage ? { damage } : {}) };
}

/** The columns a lock cannot do without. */
const REQUIRED = ['group', 'role', 'person'] as const;

/** Where groups.csv's columns are, by header name (-1: absent); read once per file, then per row by number. */
interface Columns {
  cohort: number;
  group: number;
  role: number;
  person: number;
  mentor: number;
}

function columnsOf(header: readonly string[]): Columns {
  return { cohort: header.indexOf('cohort'), group: header.indexOf('group'), role: header.indexOf('role'), person: header.indexOf('person'), mentor: header.indexOf('community_mentor') };
}

/** Undo the spreadsheet formula guard (a leading `'`) that CSV output adds. */
function unguard(cell: string): string {
  // Most cells do not start with a quote: one character code decides.
  return cell.charCodeAt(0) === 39 && /^'[=+\-@\t\r\n]/.test(cell) ? cell.slice(1) : cell;
}
