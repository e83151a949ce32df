import type { Rule } from '../rule.js';
import { someDocFailed } from './lookup.js';
import { cohortSpans, dayRange, plural, shortfalls, tierCapacity } from './timeline.js';

export const capacityCommunityMentors: Rule = {
  id: 'capacity/community-mentors',
  severity: 'warning',
  description: 'On every day cohorts run, the community mentors together have room for all their participants.',
  check(ctx) {
    // A roster that failed its schema hides its mentors' capacity: judging without it would cascade.
    if (someDocFailed(ctx.model, 'MentorRoster', ctx.model.rosters)) return;
    const capacity = tierCapacity(ctx.model, 'community');
    // Community mentoring is optional: a program without community mentors has chosen not to offer it.
    if (capacity === 0) return;
    // Every listed participant counts for the whole run, as the planner assigns them; joined/left do not shrink it.
    for (const gap of shortfalls(cohortSpans(ctx.model), (span) => span.doc.value.spec.participants.length, capacity)) {
      ctx.report({
        doc: gap.latest.doc.source,
        path: ['metadata', 'id'],
        message: `community mentors cover ${plural(capacity, 'learner')} but ${gap.demand} take part ${dayRange(gap.from, gap.to)} (short by ${gap.short})`,
        hint: 'add community mentors or raise their capacity',
      });
    }
  },
};
