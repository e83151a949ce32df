import type { OutputFile } from '../io/output.js';
import { toIcs } from '../render/ics.js';
import { type PeopleIndex, groupsCsv, groupsMarkdown, scheduleCsv, scheduleMarkdown } from '../render/plan-pages.js';
import type { CohortPlan } from './types.js';
import { formatDate } from '../util/dates.js';
import { inSessionOrder } from '../render/order.js';

/** The five files of one cohort's plan (or of the communities), relative to plan/. */
export function cohortFiles(unsorted: CohortPlan, context: { programId: string; people: PeopleIndex; capstoneName?: string }): OutputFile[] {
  // Sessions in page order once: each page then only checks the order (a single pass).
  const plan = { ...unsorted, sessions: [...inSessionOrder(unsorted.sessions)] };
  const dir = plan.cohort;
  // DTSTAMP comes from the inputs (the cohort's first day), never the clock, so reruns are byte-identical.
  const dtstamp = `${formatDate(plan.calendar.start)}T00:00:00Z`;
  return [
    { path: `${dir}/schedule.csv`, content: scheduleCsv(plan) },
    // A cohort without sessions still names its zone (an empty calendar is no valid iCalendar).
    { path: `${dir}/schedule.ics`, content: toIcs({ programId: context.programId, calendarName: plan.name, sessions: plan.sessions, dtstamp, timezone: plan.timezone }) },
    { path: `${dir}/schedule.md`, content: scheduleMarkdown(plan, { people: context.people, ...(context.capstoneName ? { capstoneName: context.capstoneName } : {}) }) },
    { path: `${dir}/groups.csv`, content: groupsCsv(plan, context.people) },
    { path: `${dir}/groups.md`, content: groupsMarkdown(plan, context.people) },
  ];
}
