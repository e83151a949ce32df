import { existsSync } from 'node:fs';
import path from 'node:path';
import { fastRows } from '../records/csv-fast.js';

/** A cohort's published assignments, read back from its groups.csv like a lock file. */
export interface CohortLock {
  /** Participant id → group id. */
  groups: Record<string, string>;
  /** Group id → lead mentor id. */
  leads: Record<string, string>;
  /** Participant id → community mentor id (groups.csv's `community_mentor` column). */
  community: Record<string, string>;
}

/** The published plan of each cohort under `planDir` (undefined where there is none). */
export async function readLocks(planDir: string, cohortIds: readonly string[]): Promise<Record<string, CohortLock | undefined>> {
  const locks: Record<string, CohortLock | undefined> = {};
  for (const id of cohortIds) locks[id] = await readLock(planDir, id);
  return locks;
}

/**
 * Reads `<planDir>/<cohort>/groups.csv` when present, with the records'
 * CSV engine (RFC 4180, BOM, CRLF or LF). A file that cannot be read as
 * expected is ignored (the plan is then made fresh), because a lock is a
 * preference, never a reason to fail. Columns are found by their header
 * names; a missing cell reads as empty.
 */
export async function readLock(planDir: string, cohort: string): Promise<CohortLock | undefined> {
  const file = path.join(planDir, cohort, 'groups.csv');
  if (!existsSync(file)) return undefined;
  const lock: CohortLock = { groups: {}, leads: {}, community: {} };
  let column: Record<string, number> | undefined;
  let broken = false;
  const onRow = (fields: string[]) => {
    if (fields.length === 1 && fields[0] === '') return; // an empty line
    if (column === undefined) {
      column = Object.fromEntries(fields.map((name, i) => [name, i]));
      return;
    }
    const cell = (name: string) => (column![name] === undefined ? '' : (fields[column![name]!] ?? ''));
    if (column.cohort !== undefined && unguard(cell('cohort')) !== cohort) return;
    const person = unguard(cell('person'));
    const group = cell('group');
    const role = cell('role');
    if (role === 'participant') {
      lock.groups[person] = group;
      const mentor = cell('community_mentor');
      if (mentor) lock.community[person] = unguard(mentor);
    } else if (role === 'lead') {
      lock.leads[group] = person;
    }
  };
  for await (const _ of fastRows(file, onRow, () => (broken = true))) if (broken) break;
  return broken || column === undefined ? undefined : lock;
}

/** Undo the spreadsheet formula guard (a leading `'`) that CSV output adds. */
function unguard(cell: string): string {
  return /^'[=+\-@\t\r\n]/.test(cell) ? cell.slice(1) : cell;
}
