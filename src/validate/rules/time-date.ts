import type { Doc, ProgramModel } from '../../program/model.js';
import type { PathSegment } from '../../program/locate.js';
import { parseDate } from '../../util/dates.js';
import type { Rule } from '../rule.js';
import { allMentors, allParticipants } from './lookup.js';
import { allProjects } from './timeline.js';

export const timeDate: Rule = {
  id: 'time/date',
  severity: 'error',
  description: 'Every date is a real calendar date (2025-02-30 is not).',
  check(ctx) {
    for (const { doc, path, text } of dateFields(ctx.model)) {
      // The schema already checked the YYYY-MM-DD form; only impossible days and months are left.
      if (parseDate(text) !== undefined) continue;
      ctx.report({ doc: doc.source, path, message: `"${text}" is not a calendar date`, hint: whyNot(text) });
    }
  },
};

/** "February 2025 has 28 days" or "months run from 01 to 12". */
function whyNot(text: string): string {
  const [year, month] = text.split('-').map(Number) as [number, number];
  if (month < 1 || month > 12) return 'months run from 01 to 12';
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const name = new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
  return `${name} ${year} has ${days} days`;
}

interface DateField {
  doc: Doc;
  path: PathSegment[];
  text: string;
}

type Add = (doc: Doc, path: PathSegment[], text: string | undefined) => void;

/** Every date field of the model, with its path. */
function dateFields(model: ProgramModel): DateField[] {
  const fields: DateField[] = [];
  const add: Add = (doc, path, text) => void (text !== undefined && fields.push({ doc, path, text }));
  if (model.program) holidayDates(model.program, add);
  cohortDates(model, add);
  for (const { doc, path, item } of allMentors(model)) {
    for (const [j, range] of (item.unavailable ?? []).entries()) {
      add(doc, [...path, 'unavailable', j, 'from'], range.from);
      add(doc, [...path, 'unavailable', j, 'to'], range.to);
    }
  }
  if (model.governance) add(model.governance, ['spec', 'lastReviewed'], model.governance.value.spec.lastReviewed);
  return fields;
}

/** A holiday is a date, `{ date }` or `{ from, to }`. */
function holidayDates(program: Doc<'Program'>, add: Add): void {
  for (const [i, holiday] of (program.value.spec.holidays ?? []).entries()) {
    const path = ['spec', 'holidays', i];
    if (typeof holiday === 'string') add(program, path, holiday);
    else if ('date' in holiday) add(program, [...path, 'date'], holiday.date);
    else {
      add(program, [...path, 'from'], holiday.from);
      add(program, [...path, 'to'], holiday.to);
    }
  }
}

function cohortDates(model: ProgramModel, add: Add): void {
  for (const cohort of model.cohorts) add(cohort, ['spec', 'start'], cohort.value.spec.start);
  for (const { doc, path, item } of allParticipants(model)) {
    add(doc, [...path, 'joined'], item.joined);
    add(doc, [...path, 'left'], item.left);
  }
  for (const { cohort, path, project } of allProjects(model)) add(cohort, [...path, 'approval', 'on'], project.approval?.on);
}
