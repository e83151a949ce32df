import type { Mentor, Participant } from '../../program/model.js';
import { WEEKDAYS } from '../../util/dates.js';
import { programDefaults } from '../../plan/people.js';
import type { Rule, RuleContext } from '../rule.js';
import { type Located, allMentors, allParticipants, placeOf } from './lookup.js';

export const timeSamePerson: Rule = {
  id: 'time/same-person',
  severity: 'warning',
  description: 'Someone who takes part and mentors under one id has the same time zone and working hours in both records, defaults applied.',
  check(ctx) {
    if (!ctx.model.program) return;
    const mentors = new Map<string, Located<Mentor>>();
    // The first of a repeated mentor id is the one unique/id keeps.
    for (const mentor of allMentors(ctx.model)) if (!mentors.has(mentor.item.id)) mentors.set(mentor.item.id, mentor);
    for (const participant of allParticipants(ctx.model)) {
      const mentor = mentors.get(participant.item.id);
      if (mentor !== undefined) compare(ctx, participant, mentor);
    }
  },
};

/** A setting as one record resolves it, and where the value comes from when the record leaves it out. */
interface Resolved {
  value: string;
  from: string;
}

/**
 * The planner fits the group sessions someone attends to their participant
 * record and the sessions they lead to their mentor record; two zones or two
 * sets of hours for one person make one of them wrong, often only through
 * defaults (a cohort's zone for the participant, the program's for the mentor).
 */
function compare(ctx: RuleContext, participant: Located<Participant> & { cohort: { value: { spec: { timezone?: string } } } }, mentor: Located<Mentor>): void {
  const defaults = programDefaults(ctx.model.program!.value.spec);
  const cohortZone = participant.cohort.value.spec.timezone;
  const zones = {
    participant: resolve(participant.item.timezone, cohortZone !== undefined ? [cohortZone, "the cohort's"] : [defaults.timezone, "the program's"]),
    mentor: resolve(mentor.item.timezone, [defaults.timezone, "the program's"]),
  };
  const hours = { participant: hoursOf(participant.item, defaults.hours), mentor: hoursOf(mentor.item, defaults.hours) };
  const differences: string[] = [];
  if (zones.participant.value !== zones.mentor.value) differences.push(`time zone ${describe(zones.participant)} here, ${describe(zones.mentor)} as a mentor`);
  if (hours.participant.value !== hours.mentor.value) differences.push(`working hours ${describe(hours.participant)} here, ${describe(hours.mentor)} as a mentor`);
  if (differences.length === 0) return;
  const field = zones.participant.value !== zones.mentor.value ? 'timezone' : 'workingHours';
  const own = participant.item[field] !== undefined;
  ctx.report({
    doc: participant.doc.source,
    path: [...participant.path, ...(own ? [field] : ['id'])],
    message: `participant "${participant.item.id}" is also a mentor (${placeOf(mentor.doc.source, [...mentor.path, 'id'])}) with another ${differences.join('; ')}`,
    hint: `give both records the same ${field === 'timezone' && hours.participant.value !== hours.mentor.value ? 'timezone and workingHours' : field}: the sessions they attend follow this record, the ones they lead the mentor record`,
  });
}

function resolve(own: string | undefined, fallback: [string, string]): Resolved {
  return own !== undefined ? { value: own, from: '' } : { value: fallback[0], from: fallback[1] };
}

function hoursOf(person: { workingHours?: { start?: string; end?: string; days?: readonly string[] } }, defaults: { start: string; end: string; days: readonly string[] }): Resolved {
  const own = person.workingHours;
  const start = own?.start ?? defaults.start;
  const end = own?.end ?? defaults.end;
  // Days compare as a set, in week order.
  const days = WEEKDAYS.filter((day) => (own?.days ?? defaults.days).includes(day));
  const given = own?.start !== undefined || own?.end !== undefined || own?.days !== undefined;
  return { value: `${start}–${end} ${days.join(',')}`, from: given ? '' : "the program's" };
}

function describe(setting: Resolved): string {
  return setting.from === '' ? setting.value : `${setting.value} (${setting.from})`;
}
