import type { Doc } from '../../program/model.js';
import type { Rule, RuleContext } from '../rule.js';
import { groupCount, plural } from './timeline.js';

export const refGroup: Rule = {
  id: 'ref/group',
  severity: 'error',
  description: 'A pin must name a group the cohort has: N participants make ceil(N / groups.max) groups, g1, g2, ….',
  check(ctx) {
    for (const cohort of ctx.model.cohorts) checkCohort(ctx, cohort);
  },
};

function checkCohort(ctx: RuleContext, cohort: Doc<'Cohort'>): void {
  const { spec } = cohort.value;
  const count = groupCount(spec);
  const made = `${plural(spec.participants.length, 'participant')} in groups of at most ${spec.groups.max} make ${plural(count, 'group')}`;
  spec.pins?.forEach((pin, i) => {
    // The schema guarantees the form g1, g2, …, so only the number can be wrong.
    if (Number(pin.group.slice(1)) <= count) return;
    ctx.report({ doc: cohort.source, path: ['spec', 'pins', i, 'group'], message: `group "${pin.group}" does not exist: ${made}`, hint: `pin to ${groupNames(count)}, or change groups.max` });
  });
}

function groupNames(count: number): string {
  if (count === 0) return 'a group once the cohort has participants';
  return count === 1 ? 'g1' : `one of g1 … g${count}`;
}
