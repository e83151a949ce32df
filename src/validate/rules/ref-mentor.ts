import type { Doc } from '../../program/model.js';
import type { Rule, RuleContext } from '../rule.js';
import { allMentors, checkReference, listed, someDocFailed } from './lookup.js';

export const refMentor: Rule = {
  id: 'ref/mentor',
  severity: 'error',
  description: "A group's lead pin must name a lead-tier mentor; a community of practice's host must name a mentor.",
  check(ctx) {
    // A roster that failed its schema hides its mentors: checking now would cascade.
    if (someDocFailed(ctx.model, 'MentorRoster', ctx.model.rosters)) return;
    for (const cohort of ctx.model.cohorts) checkLeads(ctx, cohort);
    checkHosts(ctx);
  },
};

function checkLeads(ctx: RuleContext, cohort: Doc<'Cohort'>): void {
  const mentors = allMentors(ctx.model).map((m) => m.item);
  const leads = mentors.filter((m) => m.tier === 'lead').map((m) => m.id);
  const community = new Set(mentors.filter((m) => m.tier === 'community').map((m) => m.id));
  cohort.value.spec.pins?.forEach((pin, i) => {
    if (!('lead' in pin)) return;
    const where = { doc: cohort, path: ['spec', 'pins', i, 'lead'] };
    if (community.has(pin.lead)) ctx.report({ doc: cohort.source, path: where.path, message: `"${pin.lead}" is a community mentor; only a lead-tier mentor can lead a group`, hint: `pin a lead-tier mentor (${listed(leads)}), or give ${pin.lead} "tier: lead" in the roster` });
    else checkReference(ctx, where, pin.lead, 'lead mentor', leads, [], `name a lead-tier mentor of a MentorRoster: ${listed(leads)}`);
  });
}

function checkHosts(ctx: RuleContext): void {
  const program = ctx.model.program;
  const known = allMentors(ctx.model).map((m) => m.item.id);
  program?.value.spec.communities?.forEach((community, i) => {
    if (community.host === undefined) return;
    checkReference(ctx, { doc: program, path: ['spec', 'communities', i, 'host'] }, community.host, 'mentor', known, [], `name a mentor of a MentorRoster: ${listed(known)}`);
  });
}
