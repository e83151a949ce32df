import type { Doc } from '../../program/model.js';
import type { Rule, RuleContext } from '../rule.js';
import { allMentors, checkReference, isEmail, listed, someDocFailed } from './lookup.js';

export const refApprover: Rule = {
  id: 'ref/approver',
  severity: 'error',
  description: "Governance approvers that are not email addresses must name mentors; a project's approval must be by one of the approvers.",
  check(ctx) {
    // Without a valid Governance document program/singletons (or the schema) has already said so.
    const governance = ctx.model.governance;
    if (!governance) return;
    checkApprovers(ctx, governance);
    for (const cohort of ctx.model.cohorts) checkApprovals(ctx, cohort, governance.value.spec.approvers ?? []);
  },
};

/** Emails need no roster entry (a data steward need not be a mentor); other entries are mentor ids. */
function checkApprovers(ctx: RuleContext, governance: Doc<'Governance'>): void {
  if (someDocFailed(ctx.model, 'MentorRoster', ctx.model.rosters)) return;
  const known = allMentors(ctx.model).map((m) => m.item.id);
  const hint = `name a mentor of a MentorRoster (${listed(known)}), or write an email address`;
  governance.value.spec.approvers?.forEach((name, i) => {
    if (!isEmail(name)) checkReference(ctx, { doc: governance, path: ['spec', 'approvers', i] }, name, 'mentor', known, [], hint);
  });
}

/** Email addresses match whatever their case, as mail systems do. */
function checkApprovals(ctx: RuleContext, cohort: Doc<'Cohort'>, approvers: readonly string[]): void {
  const emails = new Set(approvers.filter(isEmail).map((a) => a.toLowerCase()));
  const hint = `approval.by must be one of the Governance approvers: ${listed(approvers)}`;
  cohort.value.spec.projects?.forEach((project, i) => {
    const by = project.approval?.by;
    if (by === undefined || emails.has(by.toLowerCase())) return;
    checkReference(ctx, { doc: cohort, path: ['spec', 'projects', i, 'approval', 'by'] }, by, 'approver', approvers, [], hint);
  });
}
