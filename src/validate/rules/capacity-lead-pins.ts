import type { Doc, LeadPin, Mentor } from '../../program/model.js';
import type { Rule, RuleContext } from '../rule.js';
import { someDocFailed } from './lookup.js';
import { type CohortSpan, type PinAt, type Shortfall, cohortSpans, dayRange, plannedPins, plural, shortfalls, tierMentors } from './timeline.js';

export const capacityLeadPins: Rule = {
  id: 'capacity/lead-pins',
  severity: 'warning',
  description: 'On every day cohorts run, no lead mentor is pinned to lead more groups than their capacity; the planner keeps such pins anyway, with a warning.',
  check(ctx) {
    // A roster that failed its schema hides who leads and their capacity: judging without it would cascade.
    if (someDocFailed(ctx.model, 'MentorRoster', ctx.model.rosters)) return;
    const leads = tierMentors(ctx.model, 'lead');
    const pinsOf = leadPins(ctx, new Set(leads.keys()));
    const spans = cohortSpans(ctx.model);
    for (const [id, byCohort] of pinsOf) {
      const mentor = leads.get(id)!;
      const demandOf = (span: CohortSpan) => byCohort.get(span.doc)?.length ?? 0;
      for (const gap of shortfalls(spans, demandOf, mentor.capacity)) report(ctx, mentor, gap, byCohort.get(gap.latest.doc)!);
    }
  },
};

/** Lead id → cohort → the lead pins the planner keeps for them there, in file order. */
function leadPins(ctx: RuleContext, leads: ReadonlySet<string>): Map<string, Map<Doc<'Cohort'>, PinAt<LeadPin>[]>> {
  const pins = new Map<string, Map<Doc<'Cohort'>, PinAt<LeadPin>[]>>();
  for (const cohort of ctx.model.cohorts) {
    // Pins the planner sets aside (pins/conflict reports them) take no capacity.
    for (const at of plannedPins(cohort.value.spec, leads).leads.values()) {
      let byCohort = pins.get(at.pin.lead);
      if (!byCohort) pins.set(at.pin.lead, (byCohort = new Map()));
      byCohort.set(cohort, [...(byCohort.get(cohort) ?? []), at]);
    }
  }
  return pins;
}

/**
 * The planner plans cohorts in start order and keeps a pin beyond capacity
 * with "no lead capacity left"; the first such pin is in the latest-starting
 * cohort of the run, after as many of its pins as the capacity the earlier
 * cohorts leave.
 */
function report(ctx: RuleContext, mentor: Mentor, gap: Shortfall, own: readonly PinAt<LeadPin>[]): void {
  const earlier = gap.demand - own.length;
  const over = own[Math.min(Math.max(0, mentor.capacity - earlier), own.length - 1)]!;
  ctx.report({
    doc: gap.latest.doc.source,
    path: ['spec', 'pins', over.index, 'lead'],
    message: `${mentor.id} is pinned to lead ${plural(gap.demand, 'group')} ${dayRange(gap.from, gap.to)} but has capacity ${mentor.capacity}: the planner keeps this pin to ${over.pin.group} and warns that ${mentor.id} has no lead capacity left`,
    hint: `raise ${mentor.id}'s capacity, or remove ${gap.short === 1 ? 'a pin' : `${gap.short} pins`} of ${mentor.id} to lead a group`,
  });
}
