import path from 'node:path';
import type { GlobalOptions, Io } from '../context.js';
import { EXIT } from '../errors.js';
import { type Locks, damagedLocks } from '../plan/lock.js';

/**
 * A published groups.csv that is there but cannot be read stops plan,
 * report and onboard (exit 1), named with its line: planning without it
 * would quietly move everyone out of the groups they were told.
 */
export function stopOnDamagedLocks(locks: Locks, options: GlobalOptions, io: Io): number | undefined {
  const damaged = damagedLocks(locks);
  if (damaged.length === 0) return undefined;
  for (const d of damaged) {
    const where = `${path.relative(options.cwd, d.file) || d.file}:${d.line}`;
    io.stderr(`${where} error the published plan cannot be read: ${d.message}\n`);
    io.stderr(`  hint: ${d.hint ? `${d.hint}; or ` : ''}fix the file or restore it from version control, or run cohort plan --fresh to plan every group anew\n`);
  }
  return EXIT.findings;
}
