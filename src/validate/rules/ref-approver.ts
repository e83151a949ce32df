import type { Rule } from '../rule.js';
import { allMentors, checkReference, isEmail, listed, someDocFailed } from './lookup.js';

/**
 * Emails need no roster entry (a data steward need not be a mentor); other
 * entries are mentor ids. Whether a project's approval.by is an approver is
 * governance/approval's concern.
 */
export const refApprover: Rule = {
  id: 'ref/approver',
  severity: 'error',
  description: 'Governance approvers that are not email addresses must name mentors.',
  check(ctx) {
    const governance = ctx.model.governance;
    // A roster that failed its schema hides its mentors: checking now would cascade.
    if (!governance || someDocFailed(ctx.model, 'MentorRoster', ctx.model.rosters)) return;
    const known = new Set(allMentors(ctx.model).map((m) => m.item.id));
    const hint = `name a mentor of a MentorRoster (${listed(known)}), or write an email address`;
    governance.value.spec.approvers?.forEach((name, i) => {
      if (!isEmail(name)) checkReference(ctx, { doc: governance, path: ['spec', 'approvers', i] }, name, 'mentor', known, [], hint);
    });
  },
};
