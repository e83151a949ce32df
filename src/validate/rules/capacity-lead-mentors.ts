import type { Rule } from '../rule.js';
import { someDocFailed } from './lookup.js';
import { cohortSpans, dayRange, groupCount, plural, shortfalls, tierCapacity } from './timeline.js';

export const capacityLeadMentors: Rule = {
  id: 'capacity/lead-mentors',
  severity: 'error',
  description: 'On every day cohorts run, the lead mentors together can lead all their groups (one lead per group).',
  check(ctx) {
    // A roster that failed its schema hides its mentors' capacity: judging without it would cascade.
    if (someDocFailed(ctx.model, 'MentorRoster', ctx.model.rosters)) return;
    const capacity = tierCapacity(ctx.model, 'lead');
    for (const gap of shortfalls(cohortSpans(ctx.model), (span) => groupCount(span.doc.value.spec), capacity)) {
      ctx.report({
        doc: gap.latest.doc.source,
        path: ['spec', 'groups'],
        message: `lead mentors cover ${plural(capacity, 'group')} but ${gap.demand} run ${dayRange(gap.from, gap.to)} (short by ${gap.short})`,
        hint: 'add lead mentors, raise capacity, or raise groups.max',
      });
    }
  },
};
