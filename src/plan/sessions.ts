import type { CohortCalendar } from '../calendar/cohort.js';
import type { Community, CurriculumSpec, ProgramSpec, Touchpoint } from '../program/model.js';
import { type DayNumber, type Weekday, WEEKDAYS, endOfMonth, formatDate, nextWeekday, parseDate, weekdayIndex, weekdayOf } from '../util/dates.js';
import type { Milestone } from './types.js';

/**
 * Session dates: FORMAT.md's "Touchpoints" and "Communities of practice",
 * read once here so `plan`, `report` and `onboard` agree. All pure.
 */

/** True for a date without sessions: a holiday or a non-working weekday of the program. */
export type ClosedDay = (day: DayNumber) => boolean;

/** One session date; `movedFrom` is the date the cadence gave when a holiday moved it earlier. */
export interface SessionDate {
  date: DayNumber;
  movedFrom?: DayNumber;
}

const DEFAULT_DAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

/**
 * The program's closed days: holidays (a date, `{ date }`, or `{ from, to }`
 * with both ends included) and weekdays outside `workingHours.days`
 * (default Monday to Friday). Malformed dates and reversed spans are ignored
 * here (`validate` reports them).
 */
export function closedDays(program: Pick<ProgramSpec, 'holidays' | 'workingHours'>): ClosedDay {
  const open = new Set((program.workingHours?.days ?? DEFAULT_DAYS).map((d) => WEEKDAYS.indexOf(d)));
  const single = new Set<DayNumber>();
  const spans: Array<[DayNumber, DayNumber]> = [];
  for (const holiday of program.holidays ?? []) {
    if (typeof holiday === 'string' || 'date' in holiday) {
      const day = parseDate(typeof holiday === 'string' ? holiday : holiday.date);
      if (day !== undefined) single.add(day);
    } else {
      const from = parseDate(holiday.from);
      const to = parseDate(holiday.to);
      if (from !== undefined && to !== undefined && from <= to) spans.push([from, to]);
    }
  }
  return (day) => !open.has(weekdayIndex(day)) || single.has(day) || spans.some(([from, to]) => day >= from && day <= to);
}

/**
 * The dates of a recurrence within [start, end] (both included), weeks
 * counted from `start` (week k = start + 7k … start + 7k + 6):
 *
 * - `weekly`: every `weekday` from the first one on or after `start`
 *   (default: the weekday of `start`);
 * - `biweekly`: the 1st, 3rd, 5th, … of those;
 * - `monthly`: the last `weekday` (default `fri`) of each calendar month.
 *
 * A closed date moves to the nearest earlier open day of the same week
 * (never before `start`), or is dropped when there is none. Sorted; no two
 * sessions share a date.
 */
export function recurrenceDates(
  cadence: Touchpoint['cadence'],
  weekday: Weekday | undefined,
  start: DayNumber,
  end: DayNumber,
  closed: ClosedDay,
): SessionDate[] {
  const raw: DayNumber[] = [];
  if (cadence === 'monthly') {
    const target = WEEKDAYS.indexOf(weekday ?? 'fri');
    for (let monthEnd = endOfMonth(start); ; monthEnd = endOfMonth(monthEnd + 1)) {
      const last = monthEnd - ((weekdayIndex(monthEnd) - target + 7) % 7);
      if (last > end) break;
      if (last >= start) raw.push(last);
    }
  } else {
    const step = cadence === 'biweekly' ? 14 : 7;
    for (let day = nextWeekday(start, weekday ?? weekdayOf(start)); day <= end; day += step) raw.push(day);
  }
  const dates: SessionDate[] = [];
  let lastDate = -Infinity;
  for (const day of raw) {
    let date: DayNumber | undefined = day;
    if (closed(day)) {
      date = undefined;
      const weekStart = start + Math.floor((day - start) / 7) * 7;
      for (let earlier = day - 1; earlier >= weekStart; earlier--) {
        if (!closed(earlier)) {
          date = earlier;
          break;
        }
      }
    }
    if (date === undefined || date <= lastDate) continue;
    dates.push(date === day ? { date } : { date, movedFrom: day });
    lastDate = date;
  }
  return dates;
}

/** The session dates of one touchpoint within its cohort (see `recurrenceDates`). */
export function touchpointDates(
  touchpoint: Pick<Touchpoint, 'cadence' | 'weekday'>,
  calendar: Pick<CohortCalendar, 'start' | 'end'>,
  closed: ClosedDay,
): SessionDate[] {
  return recurrenceDates(touchpoint.cadence, touchpoint.weekday, calendar.start, calendar.end, closed);
}

/**
 * The meeting dates of a community of practice over `range` (the earliest
 * planned cohort start to the latest cohort end, both included); weeks for
 * the holiday rule are counted from `range.start`. Its `time` is read in the
 * program's zone by the caller.
 */
export function communityDates(
  community: Pick<Community, 'cadence' | 'weekday'>,
  range: { start: DayNumber; end: DayNumber },
  closed: ClosedDay,
): SessionDate[] {
  return recurrenceDates(community.cadence, community.weekday, range.start, range.end, closed);
}

/**
 * The id of the module running on `day`; '' in capstone weeks and outside
 * the cohort. Where several modules share the day's week, the one that
 * started latest wins (it is the new material that week); among modules
 * starting in the same week, the first in calendar order (what learners
 * take up first).
 */
export function moduleOfWeek(calendar: Pick<CohortCalendar, 'start' | 'end' | 'modules'>, day: DayNumber): string {
  if (day < calendar.start || day > calendar.end) return '';
  const week = Math.floor((day - calendar.start) / 7);
  let best: CohortCalendar['modules'][number] | undefined;
  for (const span of calendar.modules) {
    if (span.firstWeek <= week && week <= span.lastWeek && (best === undefined || span.firstWeek > best.firstWeek)) best = span;
  }
  return best?.module.id ?? '';
}

/**
 * The cohort's milestones, sorted by date (ties: capstone start, capstone
 * end, then credentials in file order):
 *
 * - the capstone's start and end ("<capstone name> starts" / "… ends");
 * - per credential, the date it becomes reachable ("<name> reachable"):
 *   the end of the week in which the last of its required modules ends, or
 *   the capstone's end when it requires the capstone (whichever is later).
 *   Unknown module ids are ignored; a credential with no module or capstone
 *   requirement (attendance only) is reachable at the cohort's end, as is
 *   one requiring a capstone the curriculum does not have.
 */
export function milestones(
  calendar: Pick<CohortCalendar, 'end' | 'modules' | 'capstone'>,
  curriculum: Pick<CurriculumSpec, 'capstone' | 'credentials'>,
): Milestone[] {
  const found: Array<{ day: DayNumber; title: string }> = [];
  const capstoneName = curriculum.capstone?.name ?? 'Capstone';
  if (calendar.capstone) {
    found.push({ day: calendar.capstone.start, title: `${capstoneName} starts` });
    found.push({ day: calendar.capstone.end, title: `${capstoneName} ends` });
  }
  const moduleEnd = new Map(calendar.modules.map((span) => [span.module.id, span.end]));
  for (const credential of curriculum.credentials ?? []) {
    const ends = (credential.requires.modules ?? []).flatMap((id) => {
      const end = moduleEnd.get(id);
      return end === undefined ? [] : [end];
    });
    if (credential.requires.capstone) ends.push(calendar.capstone?.end ?? calendar.end);
    found.push({ day: ends.length > 0 ? Math.max(...ends) : calendar.end, title: `${credential.name} reachable` });
  }
  return found
    .map((m, order) => ({ ...m, order }))
    .sort((a, b) => a.day - b.day || a.order - b.order)
    .map((m) => ({ date: formatDate(m.day), title: m.title }));
}
