import { DateTime } from 'luxon';
import { type DayNumber, formatDate } from '../util/dates.js';
import type { PlanPerson } from './types.js';

/**
 * Working-hour arithmetic across time zones. Every check converts the exact
 * instant into the person's own zone, so daylight-saving changes on either
 * side are handled by the time-zone database, never by fixed offsets.
 */

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();
const steadyOffsets = new Map<string, Map<DayNumber, number | null>>();

/** The zone's UTC offset in minutes at an instant (+60 for Berlin in winter), from the runtime's time-zone data. */
export function offsetMinutes(instant: number, zone: string): number {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
    formatters.set(zone, format);
  }
  const parts = wallClock(format, instant);
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!);
  return Math.round((wall - (instant - (instant % 60_000))) / 60_000);
}

/** `1/8/2026, 14:05`: what the en-US formatter above writes for ordinary dates. */
const US_WALL_CLOCK = /^(\d+)\/(\d+)\/(\d+), (\d+):(\d+)$/;

/**
 * The formatter's fields at an instant. `format` costs a fraction of
 * `formatToParts`, so its text is read directly when it has the usual shape;
 * anything else (an era, another runtime's layout) goes through the parts.
 */
function wallClock(format: Intl.DateTimeFormat, instant: number): Record<string, number> {
  const match = US_WALL_CLOCK.exec(format.format(instant));
  if (match) return { month: Number(match[1]), day: Number(match[2]), year: Number(match[3]), hour: Number(match[4]), minute: Number(match[5]) };
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(instant)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return parts;
}

/**
 * Epoch milliseconds of a wall-clock time on a date in a zone. Most days
 * have one UTC offset around the clock; it is found once per zone and day
 * and reused. Days near a clock change ask Luxon, which resolves gaps and
 * repeated hours.
 */
export function zonedInstant(day: DayNumber, minutes: number, zone: string): number {
  const offset = dayOffset(day, zone);
  return offset === null ? luxonInstant(day, minutes, zone) : day * DAY_MS + (minutes - offset) * 60_000;
}

/** True when the zone keeps one UTC offset from the day before `day` to the day after: wall-clock arithmetic is exact there. */
export function isSteadyDay(day: DayNumber, zone: string): boolean {
  return dayOffset(day, zone) !== null;
}

/**
 * `offsetMinutes`, from the memo of steady days where it can: an instant of
 * UTC day d lies within the three days that steadyOffset(d) found to start
 * and end on one offset (with no change in between, as zonedInstant assumes).
 */
export function offsetAt(instant: number, zone: string): number {
  return dayOffset(Math.floor(instant / DAY_MS), zone) ?? offsetMinutes(instant, zone);
}

/** steadyOffset, memoised per zone and day. */
function dayOffset(day: DayNumber, zone: string): number | null {
  let byDay = steadyOffsets.get(zone);
  if (byDay === undefined) steadyOffsets.set(zone, (byDay = new Map()));
  let offset = byDay.get(day);
  if (offset === undefined) {
    offset = steadyOffset(day, zone);
    byDay.set(day, offset);
  }
  return offset;
}

/** The one offset of a local day, or null near a clock change (or for a zone the runtime does not know). */
function steadyOffset(day: DayNumber, zone: string): number | null {
  try {
    // The local day lies within [day - 1, day + 2) in UTC for any offset up to ±14 h.
    const before = midnightOffset(day - 1, zone);
    return before === midnightOffset(day + 2, zone) ? before : null;
  } catch {
    return null;
  }
}

/** offsetMinutes at 00:00 UTC of a day, memoised: neighbouring days' steadyOffset questions share them. */
const midnightOffsets = new Map<string, Map<DayNumber, number>>();

function midnightOffset(day: DayNumber, zone: string): number {
  let byDay = midnightOffsets.get(zone);
  if (byDay === undefined) midnightOffsets.set(zone, (byDay = new Map()));
  let offset = byDay.get(day);
  if (offset === undefined) byDay.set(day, (offset = offsetMinutes(day * DAY_MS, zone)));
  return offset;
}

/**
 * A wall-clock time on a day the clocks change. A time the clocks repeat is
 * its first occurrence, as RFC 5545 reads a local DTSTART (and so does
 * every calendar the plan is imported into); a time they skip moves on by
 * the gap, as Luxon resolves it (02:30 becomes 03:30).
 */
function luxonInstant(day: DayNumber, minutes: number, zone: string): number {
  const first = firstOccurrence(day * DAY_MS + minutes * 60_000, day, zone);
  if (first !== undefined) return first;
  const [year, month, date] = formatDate(day).split('-').map(Number) as [number, number, number];
  return DateTime.fromObject({ year, month, day: date, hour: Math.floor(minutes / 60), minute: minutes % 60 }, { zone }).toMillis();
}

/** The earliest instant showing `wall` (a UTC-coded wall clock) in the zone, trying the offsets either side of the day; undefined in a gap or for an unknown zone. */
function firstOccurrence(wall: number, day: DayNumber, zone: string): number | undefined {
  try {
    const candidates = [midnightOffset(day - 1, zone), midnightOffset(day + 2, zone)].map((offset) => ({ offset, instant: wall - offset * 60_000 }));
    const showing = candidates.filter((c) => offsetMinutes(c.instant, zone) === c.offset).map((c) => c.instant);
    return showing.length > 0 ? Math.min(...showing) : undefined;
  } catch {
    return undefined;
  }
}

/** Date and wall-clock minutes of an instant in a zone. */
export function localTime(instant: number, zone: string): { date: string; minutes: number; weekday: number } {
  const dt = DateTime.fromMillis(instant, { zone });
  return { date: dt.toISODate()!, minutes: dt.hour * 60 + dt.minute, weekday: dt.weekday - 1 };
}

/** True when [start, end) lies inside one of the person's working days, in their own zone. */
export function fitsWorkingHours(person: PlanPerson, start: number, end: number): boolean {
  const from = localTime(start, person.timezone);
  const to = localTime(end, person.timezone);
  if (from.date !== to.date && to.minutes !== 0) return false;
  const endMinutes = from.date === to.date ? to.minutes : 24 * 60;
  return person.workDays.includes(from.weekday) && from.minutes >= person.workStart && endMinutes <= person.workEnd;
}

/**
 * Minutes on a date (read in `zone`) when everyone could meet, tried in
 * 15-minute steps for a meeting of `duration` minutes: a cheap measure of
 * how well people's hours overlap, for grouping and matching.
 */
export function sharedMinutes(people: readonly PlanPerson[], day: DayNumber, zone: string, duration = 30): number {
  let shared = 0;
  for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
    const start = zonedInstant(day, minutes, zone);
    const end = start + duration * 60_000;
    if (people.every((p) => fitsWorkingHours(p, start, end))) shared += 15;
  }
  return shared;
}
