import type { Doc, ProgramModel } from '../../program/model.js';
import type { PathSegment } from '../../program/locate.js';
import { isTimeZone } from '../../util/dates.js';
import { didYouMean } from '../../util/suggest.js';
import type { Rule } from '../rule.js';
import { allMentors, allParticipants } from './lookup.js';

export const timeTimezone: Rule = {
  id: 'time/timezone',
  severity: 'error',
  description: 'Every time zone (program, cohort, participant, mentor) is an IANA name such as Europe/Berlin.',
  check(ctx) {
    for (const { doc, path, zone } of zoneFields(ctx.model)) {
      if (isTimeZone(zone)) continue;
      ctx.report({ doc: doc.source, path, message: `unknown time zone "${zone}"${didYouMean(zone, zoneNames())}`, hint: 'use an IANA name such as Europe/Berlin, America/New_York or UTC' });
    }
  },
};

interface ZoneField {
  doc: Doc;
  path: PathSegment[];
  zone: string;
}

function zoneFields(model: ProgramModel): ZoneField[] {
  const fields: ZoneField[] = [];
  const add = (doc: Doc, path: PathSegment[], zone: string | undefined) => zone !== undefined && fields.push({ doc, path: [...path, 'timezone'], zone });
  if (model.program) add(model.program, ['spec'], model.program.value.spec.timezone);
  for (const cohort of model.cohorts) add(cohort, ['spec'], cohort.value.spec.timezone);
  for (const { doc, path, item } of allParticipants(model)) add(doc, path, item.timezone);
  for (const { doc, path, item } of allMentors(model)) add(doc, path, item.timezone);
  return fields;
}

let names: string[] | undefined;

/** Suggestions come from the runtime's zone list, which leaves out UTC. */
function zoneNames(): string[] {
  names ??= [...Intl.supportedValuesOf('timeZone'), 'UTC'];
  return names;
}
