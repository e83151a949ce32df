import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

/** A cohort's published assignments, read back from its groups.csv like a lock file. */
export interface CohortLock {
  /** Participant id → group id. */
  groups: Record<string, string>;
  /** Group id → lead mentor id. */
  leads: Record<string, string>;
  /** Participant id → community mentor id (groups.csv's `community_mentor` column). */
  community: Record<string, string>;
}

/**
 * Reads `<planDir>/<cohort>/groups.csv` when present. A file that cannot be
 * read as expected is ignored (the plan is then made fresh), because a lock
 * is a preference, never a reason to fail.
 */
export function readLock(planDir: string, cohort: string): CohortLock | undefined {
  const file = path.join(planDir, cohort, 'groups.csv');
  if (!existsSync(file)) return undefined;
  try {
    const rows = parse(readFileSync(file), { bom: true, columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
    const lock: CohortLock = { groups: {}, leads: {}, community: {} };
    for (const row of rows) {
      const person = unguard(row.person ?? '');
      const group = row.group ?? '';
      if (row.cohort !== undefined && unguard(row.cohort) !== cohort) continue;
      if (row.role === 'participant') {
        lock.groups[person] = group;
        if (row.community_mentor) lock.community[person] = unguard(row.community_mentor);
      } else if (row.role === 'lead') {
        lock.leads[group] = person;
      }
    }
    return lock;
  } catch {
    return undefined;
  }
}

/** Undo the spreadsheet formula guard (a leading `'`) that CSV output adds. */
function unguard(cell: string): string {
  return /^'[=+\-@\t\r\n]/.test(cell) ? cell.slice(1) : cell;
}
