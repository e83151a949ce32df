import { addMonths, formatDate, parseDate } from '../../util/dates.js';
import type { Rule } from '../rule.js';
import { plural } from './timeline.js';

export const governanceReviewOverdue: Rule = {
  id: 'governance/review-overdue',
  severity: 'warning',
  description: 'The governance policy was reviewed within its reviewEvery months (as of today or --today).',
  check(ctx) {
    const governance = ctx.model.governance;
    if (!governance) return;
    const { lastReviewed, reviewEvery } = governance.value.spec;
    const last = parseDate(lastReviewed);
    if (last === undefined) return; // not a calendar date: time/date reports it
    const due = addMonths(last, reviewEvery);
    if (due >= ctx.today) return;
    ctx.report({
      doc: governance.source,
      path: ['spec', 'lastReviewed'],
      message: `governance review overdue since ${formatDate(due)} (last reviewed ${lastReviewed}, every ${plural(reviewEvery, 'month')})`,
      hint: 'review the policy and set lastReviewed to the date of the review',
    });
  },
};
