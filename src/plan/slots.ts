import { type DayNumber, formatDate, weekdayIndex } from '../util/dates.js';
import { fitsWorkingHours, localTime, zonedInstant } from './hours.js';
import type { PlanPerson } from './types.js';

/**
 * Choosing meeting times. A start is minutes since local midnight in the
 * meeting's zone (the cohort's), on a date read in that zone; a meeting of
 * `duration` minutes is the exact interval [start, start + duration) and fits
 * a person when `fitsWorkingHours` holds for it in their own zone. Starts are
 * tried in 15-minute steps and must end by midnight of the same date.
 *
 * Speed: on a date without a daylight-saving change, a zone's wall clock is
 * its midnight plus minutes, so each person's working hours become one
 * interval of epoch milliseconds per working day; their intersection gives
 * the feasible starts, checked with plain comparisons. Where a date holds a
 * change (the meeting's date in its zone, or a working date of a person
 * around it), wall-clock times are converted one by one (`zonedInstant`,
 * `fitsWorkingHours`) instead. Both ways give the same answer; the tests
 * compare them. Intervals are memoised per working-hours profile and date,
 * so treat `PlanPerson` objects as immutable once passed in.
 */

const MINUTE = 60_000;
const DAY_MS = 86_400_000;
const STEP = 15;

/** An interval of epoch milliseconds, [start, end). */
export type Busy = readonly [number, number];

export interface SlotQuery {
  /** The meeting's date, read in `zone`. */
  day: DayNumber;
  /** IANA zone of the meeting (the cohort's). */
  zone: string;
  /** Minutes. */
  duration: number;
  /** Everyone who must attend (members and lead). */
  people: readonly PlanPerson[];
}

export interface FindStartQuery extends SlotQuery {
  /** Other sessions of the same group and of the same lead, [startMs, endMs). */
  busy: readonly Busy[];
  /** The start to keep when it fits (minutes since local midnight in `zone`). */
  preferred: number;
  /** Earliest start considered, minutes (default 0). */
  earliest?: number;
  /** Latest start considered, minutes (default: 24:00 minus `duration`). */
  latest?: number;
}

export interface CoveringQuery extends SlotQuery {
  /** Intervals the session must not overlap (optional). */
  busy?: readonly Busy[];
  earliest?: number;
  latest?: number;
}

/**
 * The start of a meeting on `day` that fits every person's working hours and
 * overlaps nothing in `busy`: `preferred` when it fits, else the fitting
 * 15-minute start closest to it (ties: the earlier). Undefined when none fits.
 */
export function findStart(query: FindStartQuery): number | undefined {
  const { duration, preferred, busy } = query;
  const fit = everyoneFits(query.day, query.zone, duration, query.people);
  const ok = (minutes: number) => {
    const start = fit(minutes);
    return start !== undefined && !overlaps(busy, start, start + duration * MINUTE);
  };
  const [lo, hi] = bounds(duration, query.earliest, query.latest);
  if (preferred >= lo && preferred <= hi && ok(preferred)) return preferred;
  let best: number | undefined;
  for (let minutes = firstStep(lo); minutes <= hi; minutes += STEP) {
    if (best !== undefined && Math.abs(minutes - preferred) >= Math.abs(best - preferred)) {
      if (minutes > preferred) break; // only farther from here on
      continue;
    }
    if (ok(minutes)) best = minutes;
  }
  return best;
}

/**
 * One start for a group's sessions: the 15-minute start that fits everyone
 * on the most of `days` (ties: the meeting's middle nearest 13:00, the middle
 * of a 09:00–17:00 day in `zone`; then the earlier). Undefined when no start
 * fits on any day. Use it as `findStart`'s `preferred`, so sessions keep one
 * time and shift only on dates where daylight saving moves zones apart.
 */
export function preferredStart(query: { days: readonly DayNumber[]; zone: string; duration: number; people: readonly PlanPerson[] }): number | undefined {
  const { zone, duration, people } = query;
  const [lo, hi] = bounds(duration);
  const counts: number[] = [];
  for (const day of new Set(query.days)) {
    for (const minutes of fittingStarts(day, zone, duration, people, lo, hi)) counts[minutes] = (counts[minutes] ?? 0) + 1;
  }
  const middle = 13 * 60 - duration / 2;
  let best: number | undefined;
  let bestCount = 0;
  for (let minutes = lo; minutes <= hi; minutes += STEP) {
    const count = counts[minutes] ?? 0;
    if (count > bestCount || (count === bestCount && count > 0 && Math.abs(minutes - middle) < Math.abs(best! - middle))) {
      best = minutes;
      bestCount = count;
    }
  }
  return best;
}

/**
 * For a cohort-wide session without a `time`: the 15-minute start on `day`
 * that fits the most `people` (participants and leads), ties the earlier,
 * with how many it fits. Undefined when it fits nobody.
 */
export function coveringStart(query: CoveringQuery): { start: number; fits: number } | undefined {
  const { duration, people } = query;
  const frame = dayFrame(query.day, query.zone);
  const fits = people.map((person) => everyoneFits(query.day, query.zone, duration, [person], frame));
  const [lo, hi] = bounds(duration, query.earliest, query.latest);
  let best: { start: number; fits: number } | undefined;
  for (let minutes = firstStep(lo); minutes <= hi; minutes += STEP) {
    const start = instantOf(frame, minutes);
    if (start === undefined || overlaps(query.busy ?? [], start, start + duration * MINUTE)) continue;
    let count = 0;
    for (const fit of fits) if (fit(minutes) !== undefined) count++;
    if (count > (best?.fits ?? 0)) best = { start: minutes, fits: count };
  }
  return best;
}

/** Start bounds in minutes, both included: the meeting ends by midnight. */
function bounds(duration: number, earliest = 0, latest = 24 * 60): [number, number] {
  return [Math.max(0, earliest), Math.min(24 * 60 - duration, latest)];
}

/** The first quarter-hour at or after `minutes`. */
function firstStep(minutes: number): number {
  return Math.ceil(minutes / STEP) * STEP;
}

function overlaps(busy: readonly Busy[], start: number, end: number): boolean {
  for (const [from, to] of busy) if (start < to && from < end) return true;
  return false;
}

/** The meeting's date in its zone. */
interface DayFrame {
  day: DayNumber;
  zone: string;
  midnight: number;
  /** No daylight-saving change on this date: wall clock = midnight + minutes. */
  regular: boolean;
  /** Exact instants of wall-clock starts on an irregular date (undefined: in a gap). */
  exact?: Map<number, number | undefined>;
}

function dayFrame(day: DayNumber, zone: string): DayFrame {
  const midnight = zonedMidnight(day, zone);
  return { day, zone, midnight, regular: zonedMidnight(day + 1, zone) - midnight === DAY_MS };
}

/** The instant of a wall-clock start on the frame's date; undefined when that time does not exist. */
function instantOf(frame: DayFrame, minutes: number): number | undefined {
  if (frame.regular) return frame.midnight + minutes * MINUTE;
  frame.exact ??= new Map();
  if (!frame.exact.has(minutes)) {
    // Luxon moves a time in a spring-forward gap past the gap: such a start does not exist.
    const at = zonedInstant(frame.day, minutes, frame.zone);
    const local = localTime(at, frame.zone);
    frame.exact.set(minutes, local.date === formatDate(frame.day) && local.minutes === minutes ? at : undefined);
  }
  return frame.exact.get(minutes);
}

/**
 * A test for starts on one date: the start instant when a meeting beginning
 * at `minutes` fits all `people`, else undefined.
 */
function everyoneFits(day: DayNumber, zone: string, duration: number, people: readonly PlanPerson[], frame = dayFrame(day, zone)): (minutes: number) => number | undefined {
  const span = duration * MINUTE;
  const ranges = startRanges(people, day, span);
  if (ranges === undefined) {
    return (minutes) => {
      const start = instantOf(frame, minutes);
      return start !== undefined && people.every((p) => fitsWorkingHours(p, start, start + span)) ? start : undefined;
    };
  }
  return (minutes) => {
    const start = instantOf(frame, minutes);
    if (start === undefined) return undefined;
    for (const [from, to] of ranges) if (start >= from && start <= to) return start;
    return undefined;
  };
}

/** The quarter-hour starts from `lo` to `hi` (minutes, both included) at which a meeting fits everyone on `day`, ascending. */
function fittingStarts(day: DayNumber, zone: string, duration: number, people: readonly PlanPerson[], lo: number, hi: number): number[] {
  const frame = dayFrame(day, zone);
  const ranges = frame.regular ? startRanges(people, day, duration * MINUTE) : undefined;
  const found: number[] = [];
  if (ranges === undefined) {
    const fit = everyoneFits(day, zone, duration, people, frame);
    for (let minutes = firstStep(lo); minutes <= hi; minutes += STEP) if (fit(minutes) !== undefined) found.push(minutes);
    return found;
  }
  // A regular date: wall-clock minutes are (instant - midnight) / MINUTE.
  for (const [from, to] of ranges) {
    const first = firstStep(Math.max(lo, Math.ceil((from - frame.midnight) / MINUTE)));
    const last = Math.min(hi, Math.floor((to - frame.midnight) / MINUTE));
    for (let minutes = first; minutes <= last; minutes += STEP) found.push(minutes);
  }
  return found;
}

/**
 * Instants (ranges, both ends included) at which a meeting of `span` ms may
 * start for everyone: the intersection of each person's working intervals on
 * their own dates around `day` (±2 days covers any two zones), shortened by
 * the meeting's length. Undefined when one of those working dates holds a
 * daylight-saving change; then starts are checked exactly.
 */
function startRanges(people: readonly PlanPerson[], day: DayNumber, span: number): Array<[number, number]> | undefined {
  let ranges: Array<[number, number]> = [[-Infinity, Infinity]];
  for (const person of people) {
    const own = workingIntervals(person, day);
    if (own === undefined) return undefined;
    const starts: Array<[number, number]> = [];
    for (const [from, to] of own) if (from <= to - span) starts.push([from, to - span]);
    ranges = intersect(ranges, starts);
    if (ranges.length === 0) break;
  }
  return ranges;
}

/**
 * Working intervals per working-hours profile (zone, hours, days) and date,
 * shared by everyone with the same profile. People are plain data the
 * planner does not change while planning (a changed copy is a new object).
 */
type Intervals = Array<[number, number]> | null;
const profiles = new Map<string, Map<DayNumber, Intervals>>();
const profileOf = new WeakMap<PlanPerson, Map<DayNumber, Intervals>>();

/** The person's working hours on their own dates day-2 … day+2, as epoch intervals; undefined when a DST change falls on one of them. */
function workingIntervals(person: PlanPerson, day: DayNumber): Array<[number, number]> | undefined {
  let byDay = profileOf.get(person);
  if (byDay === undefined) {
    const key = `${person.timezone}|${person.workStart}|${person.workEnd}|${person.workDays.join()}`;
    byDay = profiles.get(key);
    if (byDay === undefined) profiles.set(key, (byDay = new Map()));
    profileOf.set(person, byDay);
  }
  let own = byDay.get(day);
  if (own === undefined) {
    if (byDay.size > 100_000) byDay.clear();
    own = [];
    if (person.workStart < person.workEnd) {
      for (let date = day - 2; date <= day + 2; date++) {
        if (!person.workDays.includes(weekdayIndex(date))) continue;
        const midnight = zonedMidnight(date, person.timezone);
        if (zonedMidnight(date + 1, person.timezone) - midnight !== DAY_MS) {
          own = null;
          break;
        }
        own.push([midnight + person.workStart * MINUTE, midnight + person.workEnd * MINUTE]);
      }
    }
    byDay.set(day, own);
  }
  return own ?? undefined;
}

/** Intersection of two sorted lists of disjoint inclusive ranges. */
function intersect(a: Array<[number, number]>, b: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [aFrom, aTo] = a[i]!;
    const [bFrom, bTo] = b[j]!;
    const from = Math.max(aFrom, bFrom);
    const to = Math.min(aTo, bTo);
    if (from <= to) out.push([from, to]);
    if (aTo < bTo) i++;
    else j++;
  }
  return out;
}

/** Memo of local midnights per zone: the same dates recur for every group and session. */
const midnights = new Map<string, Map<DayNumber, number>>();

function zonedMidnight(day: DayNumber, zone: string): number {
  let byDay = midnights.get(zone);
  if (byDay === undefined) midnights.set(zone, (byDay = new Map()));
  let at = byDay.get(day);
  if (at === undefined) {
    if (byDay.size > 100_000) byDay.clear();
    at = zonedInstant(day, 0, zone);
    byDay.set(day, at);
  }
  return at;
}
