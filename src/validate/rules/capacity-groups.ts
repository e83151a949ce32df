import type { CohortSpec, Doc } from '../../program/model.js';
import type { Rule, RuleContext } from '../rule.js';
import { groupCount, plural } from './timeline.js';

export const capacityGroups: Rule = {
  id: 'capacity/groups',
  severity: 'error',
  description: "A cohort's participants can be split into groups within groups.min..max.",
  check(ctx) {
    for (const cohort of ctx.model.cohorts) checkGroups(ctx, cohort);
  },
};

function checkGroups(ctx: RuleContext, cohort: Doc<'Cohort'>): void {
  const spec = cohort.value.spec;
  const { min = 1, max } = spec.groups;
  const n = spec.participants.length;
  const report = (path: string[], message: string, hint: string) => ctx.report({ doc: cohort.source, path: ['spec', 'groups', ...path], message, hint });
  if (min > max) return report(['min'], `groups.min (${min}) is greater than groups.max (${max})`, `make groups.min at most ${max}, or raise groups.max`);
  // A cohort still being filled is not an error; it simply has no groups yet.
  if (n === 0) return;
  if (n < min) return report([], `${plural(n, 'participant')} cannot form a group of at least ${min}`, `lower groups.min to ${n}, or add ${plural(min - n, 'participant')}`);
  const smallest = smallestGroup(spec);
  if (smallest >= min) return;
  const groups = groupCount(spec);
  report([], `${plural(n, 'participant')} cannot be split into groups of ${min} to ${max}: ${groups} balanced groups would have ${sizes(n, groups)}`, `lower groups.min to ${smallest}, or raise groups.max to ${fittingMax(n, min, max)}`);
}

/** Balanced groups differ by at most one person, so the smallest has floor(N / groups). */
function smallestGroup(spec: CohortSpec): number {
  return Math.floor(spec.participants.length / groupCount(spec));
}

/** "3 or 4 people" or "4 people each". */
function sizes(n: number, groups: number): string {
  const small = Math.floor(n / groups);
  return n % groups === 0 ? `${small} people each` : `${small} or ${small + 1} people`;
}

/** The least groups.max that makes the split work; N itself (one group) always does once N >= min. */
function fittingMax(n: number, min: number, max: number): number {
  for (let candidate = max + 1; candidate < n; candidate++) {
    if (Math.floor(n / Math.ceil(n / candidate)) >= min) return candidate;
  }
  return n;
}
