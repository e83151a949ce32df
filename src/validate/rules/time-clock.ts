import type { Doc, ProgramModel, WorkingHours } from '../../program/model.js';
import type { PathSegment } from '../../program/locate.js';
import { parseClock } from '../../util/dates.js';
import type { Rule } from '../rule.js';
import { allMentors, allParticipants } from './lookup.js';

export const timeClock: Rule = {
  id: 'time/clock',
  severity: 'error',
  description: 'Working hours (program, participant, mentor) start before they end.',
  check(ctx) {
    for (const { doc, path, hours } of workingHours(ctx.model)) {
      const [start, end] = [parseClock(hours.start), parseClock(hours.end)];
      // Malformed times are the schema's finding; a working day that crosses midnight is not supported.
      if (start === undefined || end === undefined || start < end) continue;
      ctx.report({ doc: doc.source, path: [...path, 'end'], message: `working hours end at ${hours.end}, which is not after their start at ${hours.start}`, hint: 'working hours run within one day: start before end, e.g. "09:00" to "17:00"' });
    }
  },
};

interface Located {
  doc: Doc;
  path: PathSegment[];
  hours: WorkingHours;
}

function workingHours(model: ProgramModel): Located[] {
  const found: Located[] = [];
  const add = (doc: Doc, path: PathSegment[], hours: WorkingHours | undefined) => void (hours && found.push({ doc, path: [...path, 'workingHours'], hours }));
  if (model.program) add(model.program, ['spec'], model.program.value.spec.workingHours);
  for (const { doc, path, item } of allParticipants(model)) add(doc, path, item.workingHours);
  for (const { doc, path, item } of allMentors(model)) add(doc, path, item.workingHours);
  return found;
}
