import type { Doc } from '../../program/model.js';
import type { Rule, RuleContext } from '../rule.js';

export const refGroup: Rule = {
  id: 'ref/group',
  severity: 'error',
  description: 'A pin must name a group the cohort has: N participants make ceil(N / groups.max) groups, g1, g2, ….',
  check(ctx) {
    for (const cohort of ctx.model.cohorts) checkCohort(ctx, cohort);
  },
};

function checkCohort(ctx: RuleContext, cohort: Doc<'Cohort'>): void {
  const { participants, groups, pins = [] } = cohort.value.spec;
  const people = participants.length;
  const count = Math.ceil(people / groups.max);
  const made = `${people} participant${people === 1 ? '' : 's'} in groups of at most ${groups.max} make ${count === 1 ? '1 group' : `${count} groups`}`;
  pins.forEach((pin, i) => {
    // The schema guarantees the form g1, g2, …, so only the number can be wrong.
    if (Number(pin.group.slice(1)) <= count) return;
    ctx.report({ doc: cohort.source, path: ['spec', 'pins', i, 'group'], message: `group "${pin.group}" does not exist: ${made}`, hint: `pin to ${groupNames(count)}, or change groups.max` });
  });
}

function groupNames(count: number): string {
  if (count === 0) return 'a group once the cohort has participants';
  return count === 1 ? 'g1' : `one of g1 … g${count}`;
}
