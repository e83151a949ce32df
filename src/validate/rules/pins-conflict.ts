import type { Doc } from '../../program/model.js';
import type { Rule, RuleContext } from '../rule.js';
import { placeOf, someDocFailed } from './lookup.js';
import { type SetAsidePin, plannedPins, plural, tierMentors } from './timeline.js';

export const pinsConflict: Rule = {
  id: 'pins/conflict',
  severity: 'warning',
  description:
    "A cohort's pins agree: one group per participant, one lead per group, at most groups.max participants pinned to a group, and no lead pinned to lead a group they are pinned into; the planner keeps the first pin and ignores the rest.",
  check(ctx) {
    // A roster that failed its schema hides who leads: lead pins are then left alone, as ref/mentor does.
    const leads = someDocFailed(ctx.model, 'MentorRoster', ctx.model.rosters) ? new Set<string>() : new Set(tierMentors(ctx.model, 'lead').keys());
    for (const cohort of ctx.model.cohorts) checkCohort(ctx, cohort, leads);
  },
};

/**
 * The planner warns about these pins and plans on without them, so the
 * program does what its author did not write; said here, before `plan`.
 */
function checkCohort(ctx: RuleContext, cohort: Doc<'Cohort'>, leads: ReadonlySet<string>): void {
  const { setAside } = plannedPins(cohort.value.spec, leads);
  const full = new Set<string>();
  for (const pin of setAside) {
    if (pin.why !== 'group-full') report(ctx, cohort, pin);
    // One finding per full group, at its first pin over the limit, naming every pin that is ignored.
    else if (!full.has(pin.at.pin.group)) {
      full.add(pin.at.pin.group);
      reportFull(ctx, cohort, pin.at.pin.group, setAside);
    }
  }
}

function report(ctx: RuleContext, cohort: Doc<'Cohort'>, pin: Exclude<SetAsidePin, { why: 'group-full' }>): void {
  const at = (index: number, field: string) => ['spec', 'pins', index, field];
  const first = (index: number, field: string) => placeOf(cohort.source, at(index, field));
  switch (pin.why) {
    case 'participant-twice': {
      const { participant, group } = pin.at.pin;
      return ctx.report({
        doc: cohort.source,
        path: at(pin.at.index, 'group'),
        message: `${participant} is pinned to ${pin.kept.pin.group} (${first(pin.kept.index, 'group')}) and to ${group}: the planner keeps the first pin and ignores this one`,
        hint: `keep one pin of ${participant}: remove this one, or the one to ${pin.kept.pin.group}`,
      });
    }
    case 'lead-twice': {
      const { lead, group } = pin.at.pin;
      return ctx.report({
        doc: cohort.source,
        path: at(pin.at.index, 'lead'),
        message: `${group} has two lead pins, ${pin.kept.pin.lead} (${first(pin.kept.index, 'lead')}) and ${lead}: the planner keeps the first and ignores this one`,
        hint: `a group has one lead: remove one of the lead pins of ${group}, or pin ${lead} to another group`,
      });
    }
    case 'lead-takes-part': {
      const { lead, group } = pin.at.pin;
      return ctx.report({
        doc: cohort.source,
        path: at(pin.at.index, 'lead'),
        message: `${lead} is pinned to lead ${group} but is also pinned into ${group} as a participant (${first(pin.kept.index, 'participant')}): the planner ignores this lead pin`,
        hint: `pin another lead to ${group}, or pin ${lead} into another group`,
      });
    }
  }
}

function reportFull(ctx: RuleContext, cohort: Doc<'Cohort'>, group: string, setAside: readonly SetAsidePin[]): void {
  const ignored = setAside.flatMap((pin) => (pin.why === 'group-full' && pin.at.pin.group === group ? [pin.at] : []));
  const { max } = cohort.value.spec.groups;
  ctx.report({
    doc: cohort.source,
    path: ['spec', 'pins', ignored[0]!.index, 'group'],
    message: `${plural(max + ignored.length, 'participant')} are pinned to ${group}, more than groups.max (${max}): the planner keeps the first ${max} and ignores the pins of ${ignored.map((at) => at.pin.participant).join(', ')}`,
    hint: `pin fewer people to ${group}, or raise groups.max`,
  });
}
