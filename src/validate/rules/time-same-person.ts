import type { Doc, Mentor, Participant } from '../../program/model.js';
import { WEEKDAYS, formatClock } from '../../util/dates.js';
import { planMentor, planParticipant, programDefaults } from '../../plan/people.js';
import type { PlanPerson } from '../../plan/types.js';
import type { Rule, RuleContext } from '../rule.js';
import { type Located, allParticipants, firstMentorsById, placeOf } from './lookup.js';

type ProgramDefaults = ReturnType<typeof programDefaults>;

export const timeSamePerson: Rule = {
  id: 'time/same-person',
  severity: 'warning',
  description: 'Someone who takes part and mentors under one id has the same time zone and working hours in both records, defaults applied.',
  check(ctx) {
    if (!ctx.model.program) return;
    const defaults = programDefaults(ctx.model.program.value.spec);
    const mentors = firstMentorsById(ctx.model);
    for (const participant of allParticipants(ctx.model)) {
      const mentor = mentors.get(participant.item.id);
      if (mentor !== undefined) compare(ctx, defaults, participant, mentor);
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
 * The values are the planner's own reading of each record (planParticipant, planMentor).
 */
function compare(ctx: RuleContext, defaults: ProgramDefaults, participant: Located<Participant> & { cohort: Doc<'Cohort'> }, mentor: Located<Mentor>): void {
  const cohort = participant.cohort.value.spec;
  const asParticipant = planParticipant(participant.item, cohort, defaults, { start: 0, end: 0 });
  const asMentor = planMentor(mentor.item, defaults);
  const zones = {
    participant: resolved(asParticipant.timezone, participant.item.timezone === undefined ? (cohort.timezone !== undefined ? "the cohort's" : "the program's") : ''),
    mentor: resolved(asMentor.timezone, mentor.item.timezone === undefined ? "the program's" : ''),
  };
  const hours = {
    participant: resolved(hoursText(asParticipant), participant.item.workingHours === undefined ? "the program's" : ''),
    mentor: resolved(hoursText(asMentor), mentor.item.workingHours === undefined ? "the program's" : ''),
  };
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

function resolved(value: string, from: string): Resolved {
  return { value, from };
}

/** `09:00–17:00 mon,tue,wed,thu,fri`: hours and days as the planner reads them (days in week order). */
function hoursText(person: PlanPerson): string {
  return `${formatClock(person.workStart)}–${formatClock(person.workEnd)} ${person.workDays.map((d) => WEEKDAYS[d]).join(',')}`;
}

function describe(setting: Resolved): string {
  return setting.from === '' ? setting.value : `${setting.value} (${setting.from})`;
}
