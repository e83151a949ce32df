import { isFolder } from '../io/stat.js';
import path from 'node:path';
import type { GlobalOptions, Io } from '../context.js';
import { EXIT } from '../errors.js';
import { type Locks, damagedLocks, readLocks } from '../plan/lock.js';

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

/**
 * The published plan `report` and `onboard` work from, so their groups are
 * the ones people were told: `<out>/plan`, else (an `--out` of their own,
 * say `--out shared`) the program's default `<root>/out/plan`, said on
 * stderr; with neither, groups are planned afresh, as `cohort plan` would.
 * A damaged one stops the run.
 */
export async function readPublishedPlan(program: { root: string; out: string }, cohortIds: readonly string[], options: GlobalOptions, io: Io): Promise<{ locks: Locks } | { stop: number }> {
  const own = path.join(program.out, 'plan');
  const fallback = path.join(program.root, 'out', 'plan');
  // A folder, not just a name: a file called out/plan holds no plan.
  const dir = isFolder(own) || own === fallback || !isFolder(fallback) ? own : fallback;
  const shown = (folder: string) => path.relative(options.cwd, folder) || '.';
  if (!options.quiet && dir === fallback && own !== fallback) io.stderr(`cohort: no published plan in ${shown(own)}: groups are read from ${shown(fallback)}\n`);
  const locks = await readLocks(dir, cohortIds);
  const stop = stopOnDamagedLocks(locks, options, io);
  return stop === undefined ? { locks } : { stop };
}
