import { UsageError } from '../errors.js';
import { didYouMean } from '../util/suggest.js';
import type { Pack, Roster } from './packs.js';

export interface Selection {
  /** The packs to render. */
  packs: Pack[];
  /** Folders below `onboarding/` to replace, each with exactly its files; '' is the whole folder. */
  targets: string[];
}

/**
 * What `--cohort` and `--person` narrow the run to. Without them the whole
 * `onboarding/` folder is replaced; with `--cohort` that cohort's folder;
 * with `--person` each of that person's folders (one per cohort they are in
 * or serve). An id that matches nothing is a usage error with a suggestion;
 * a mentor on the roster who serves no cohort (so has no pack) is told so.
 */
export function selectPacks(packs: readonly Pack[], options: { cohort?: string; person?: string }, roster: Roster = new Map()): Selection {
  const inCohort = options.cohort === undefined ? [...packs] : packs.filter((p) => p.cohort === options.cohort);
  if (options.person === undefined) {
    return { packs: inCohort, targets: [options.cohort ?? ''] };
  }
  const person = options.person;
  const mine = inCohort.filter((p) => p.person === person);
  if (mine.length === 0) {
    const elsewhere = [...new Set(packs.filter((p) => p.person === person).map((p) => p.cohort))];
    if (elsewhere.length > 0) {
      throw new UsageError(`"${person}" has no onboarding pack in cohort "${options.cohort}"`, `their cohorts: ${elsewhere.join(', ')}`);
    }
    const where = options.cohort === undefined ? '' : ` in cohort "${options.cohort}"`;
    const tier = roster.get(person);
    if (tier !== undefined) {
      throw new UsageError(`"${person}" is on the mentor roster but has no onboarding pack${where}: they serve no cohort`, servingHint(person, tier));
    }
    const ids = [...new Set(inCohort.map((p) => p.person))].sort();
    throw new UsageError(`no participant or mentor "${person}"${where}${didYouMean(person, ids)}`, 'use a participant or mentor id as written in the YAML');
  }
  return { packs: mine, targets: [...new Set(mine.map((p) => `${p.cohort}/${p.person}`))] };
}

/** How a mentor who serves no cohort comes to serve one, by tier (only lead-tier mentors can be pinned). */
function servingHint(person: string, tier: 'lead' | 'community'): string {
  return tier === 'lead'
    ? `pin them as a group's lead (\`{ group: g1, lead: ${person} }\` under a cohort's pins), or they get a pack once the plan gives them a group`
    : "they get a pack once the plan makes them a participant's community mentor";
}
