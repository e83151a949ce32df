import type { Doc } from '../../program/model.js';
import type { Rule, RuleContext } from '../rule.js';
import { allMentors, checkReference, firstById, listed, someDocFailed } from './lookup.js';

export const refMentor: Rule = {
  id: 'ref/mentor',
  severity: 'error',
  description: "A group's lead pin must name a lead-tier mentor; a community of practice's host must name a mentor.",
  check(ctx) {
    // A roster that failed its schema hides its mentors: checking now would cascade.
    if (someDocFailed(ctx.model, 'MentorRoster', ctx.model.rosters)) return;
    const mentors = [...firstById(allMentors(ctx.model).map((m) => m.item)).values()];
    const tiers = { lead: new Set<string>(), community: new Set<string>() };
    for (const mentor of mentors) tiers[mentor.tier].add(mentor.id);
    for (const cohort of ctx.model.cohorts) checkLeads(ctx, cohort, tiers);
    checkHosts(ctx, new Set(mentors.map((m) => m.id)));
  },
};

/** A community mentor there is a real mentor in the wrong role, so it gets its own message rather than a did-you-mean. */
function checkLeads(ctx: RuleContext, cohort: Doc<'Cohort'>, tiers: { lead: Set<string>; community: Set<string> }): void {
  cohort.value.spec.pins?.forEach((pin, i) => {
    if (!('lead' in pin)) return;
    const path = ['spec', 'pins', i, 'lead'];
    if (tiers.community.has(pin.lead)) {
      ctx.report({ doc: cohort.source, path, message: `"${pin.lead}" is a community mentor; only a lead-tier mentor can lead a group`, hint: `pin a lead-tier mentor (${listed(tiers.lead)}), or give ${pin.lead} "tier: lead" in the roster` });
    } else checkReference(ctx, { doc: cohort, path }, pin.lead, 'lead mentor', tiers.lead, [], `name a lead-tier mentor of a MentorRoster: ${listed(tiers.lead)}`);
  });
}

function checkHosts(ctx: RuleContext, known: Set<string>): void {
  const program = ctx.model.program;
  program?.value.spec.communities?.forEach((community, i) => {
    if (community.host === undefined) return;
    checkReference(ctx, { doc: program, path: ['spec', 'communities', i, 'host'] }, community.host, 'mentor', known, [], `name a mentor of a MentorRoster: ${listed(known)}`);
  });
}
