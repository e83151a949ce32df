import type { Doc, ProgramModel } from '../../program/model.js';
import type { PathSegment } from '../../program/locate.js';
import { parseDate } from '../../util/dates.js';
import type { Rule } from '../rule.js';
import { allMentors, allParticipants } from './lookup.js';

export const timeRange: Rule = {
  id: 'time/range',
  severity: 'error',
  description: 'A span of dates does not end before it starts: holiday from..to, mentor unavailable from..to, participant joined..left.',
  check(ctx) {
    for (const { doc, path, first, last, names } of dateRanges(ctx.model)) {
      const [from, to] = [parseDate(first), parseDate(last)];
      // Impossible dates are time/date's finding; equal ends are a one-day span.
      if (from === undefined || to === undefined || from <= to) continue;
      ctx.report({ doc: doc.source, path: [...path, names[1]], message: `${names[1]} (${last}) is before ${names[0]} (${first})`, hint: `swap them, or correct \`${names[1]}\`` });
    }
  },
};

interface DateRange {
  doc: Doc;
  path: PathSegment[];
  first: string;
  last: string;
  names: [string, string];
}

function dateRanges(model: ProgramModel): DateRange[] {
  const ranges: DateRange[] = [];
  for (const [i, holiday] of (model.program?.value.spec.holidays ?? []).entries()) {
    if (typeof holiday === 'object' && 'from' in holiday) ranges.push({ doc: model.program!, path: ['spec', 'holidays', i], first: holiday.from, last: holiday.to, names: ['from', 'to'] });
  }
  for (const { doc, path, item } of allMentors(model)) {
    for (const [j, span] of (item.unavailable ?? []).entries()) ranges.push({ doc, path: [...path, 'unavailable', j], first: span.from, last: span.to, names: ['from', 'to'] });
  }
  for (const { doc, path, item } of allParticipants(model)) {
    if (item.joined !== undefined && item.left !== undefined) ranges.push({ doc, path, first: item.joined, last: item.left, names: ['joined', 'left'] });
  }
  return ranges;
}
