import { type DayNumber, formatDate, weekdayIndex } from '../util/dates.js';
import { fitsWorkingHours, localTime, zonedInstant } from './hours.js';
import type { PlanPerson } from './types.js';

/**
 * Choosing meeting times. A start is minutes since local midnight in the
 * meeting's zone (the cohort's), on a date read in that zone; a meeting of
 * `duration` minutes is the exact interval [start, start + duration) and fits
 * a person when `fitsWorkingHours` holds for it in their own zone. Starts are
 * tried in 15-minute steps from 00:00 to 23:45 of the date; a late start may
 * end after midnight (a group spread over zones far apart may meet only
 * then), and the session keeps the date it starts on.
 *
 * Speed: each person's fitting quarter-hour starts on a date are a bit
 * mask, and a group's are the AND of its members' masks. On a date without
 * a daylight-saving change, a zone's wall clock is its midnight plus
 * minutes, so a person's working hours become one interval of epoch
 * milliseconds per working day, filled into the mask as a run of starts.
 * Where a date holds a change (the meeting's date in its zone, or a working
 * date of a person around it), wall-clock times are converted one by one
 * (`zonedInstant`, `fitsWorkingHours`) instead. Both ways give the same
 * answer; the tests compare them. Masks are memoised per working-hours
 * profile, meeting zone, length and date, so treat `PlanPerson` objects as
 * immutable once passed in.
 */

const MINUTE = 60_000;
const DAY_MS = 86_400_000;
const STEP = 15;
/** The last quarter-hour start of a date. */
const LAST_START = 24 * 60 - STEP;

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
  return findStartIn(meetingOf(query.people, query.zone, query.duration), query.day, query.busy, query.preferred, query.earliest, query.latest);
}

/**
 * A meeting's people as the slot finder reads them, worked out once for the
 * many dates a group meets on: their working-hours profiles (one person per
 * profile answers for all who share it), the zone and the length.
 */
export interface Meeting {
  zone: string;
  duration: number;
  people: readonly PlanPerson[];
  kind: MeetingKind;
  /** One entry per distinct profile among `people`. */
  profiles: PersonProfile[];
  /** The zone, the length and the set of profiles: what every answer depends on. */
  key: string;
}

/** Meetings by people array: the scheduler asks about the same group (the same array) again and again. */
const meetings = new WeakMap<readonly PlanPerson[], Meeting>();

export function meetingOf(people: readonly PlanPerson[], zone: string, duration: number): Meeting {
  let meeting = meetings.get(people);
  if (meeting === undefined || meeting.zone !== zone || meeting.duration !== duration || !samePeople(meeting.people, people)) {
    const profiles = distinctProfiles(profilesOf(people));
    const ids = profiles.map((p) => p.profile.id).sort((a, b) => a - b);
    meeting = { zone, duration, people: [...people], kind: meetingKind(zone, duration), profiles, key: `${zone}|${duration}|${ids.join(',')}` };
    meetings.set(people, meeting);
  }
  return meeting;
}

function samePeople(a: readonly PlanPerson[], b: readonly PlanPerson[]): boolean {
  return a.length === b.length && a.every((person, i) => person === b[i]);
}

function distinctProfiles(people: readonly PersonProfile[]): PersonProfile[] {
  const seen = new Set<Profile>();
  return people.filter((p) => !seen.has(p.profile) && seen.add(p.profile));
}

/** `findStart` for a meeting worked out beforehand (see meetingOf). */
export function findStartIn(meeting: Meeting, day: DayNumber, busy: readonly Busy[], preferred: number, earliest?: number, latest?: number): number | undefined {
  const frame = dayFrame(day, meeting.zone);
  const mask = startMask(frame, meeting.kind, meeting.profiles, scratch);
  const [lo, hi] = bounds(earliest, latest);
  if (preferred >= lo && preferred <= hi && freeStart(meeting, frame, mask, busy, preferred) !== undefined) return preferred;
  let best: number | undefined;
  for (let minutes = firstStep(lo); minutes <= hi; minutes += STEP) {
    if (best !== undefined && Math.abs(minutes - preferred) >= Math.abs(best - preferred)) {
      if (minutes > preferred) break; // only farther from here on
      continue;
    }
    if (freeStart(meeting, frame, mask, busy, minutes) !== undefined) best = minutes;
  }
  return best;
}

/** On how many of `days` a quarter-hour start fits everyone's working hours (busy times aside), as preferredStartIn counts. */
export function daysFitting(meeting: Meeting, days: readonly DayNumber[], minutes: number): number {
  return onGrid(minutes) && minutes >= 0 && minutes < 24 * 60 ? meetingDays(meeting, days).counts[minutes / STEP]! : 0;
}

/** The instant of a start that fits everyone (by `mask` on the quarter-hour grid) and overlaps nothing busy; else undefined. */
function freeStart(meeting: Meeting, frame: DayFrame, mask: StartMask, busy: readonly Busy[], minutes: number): number | undefined {
  const span = meeting.duration * MINUTE;
  let start: number | undefined;
  if (onGrid(minutes)) start = hasStart(mask, minutes) ? instantOf(frame, minutes) : undefined;
  else {
    start = instantOf(frame, minutes);
    if (start !== undefined && !meeting.people.every((p) => fitsAt(p, frame.day, start!, span))) start = undefined;
  }
  return start !== undefined && !overlaps(busy, start, start + span) ? start : undefined;
}

/**
 * One start for a group's sessions: the 15-minute start that fits everyone
 * on the most of `days` (ties: the meeting's middle nearest 13:00, the middle
 * of a 09:00–17:00 day in `zone`; then the earlier). Undefined when no start
 * fits on any day. Use it as `findStart`'s `preferred`, so sessions keep one
 * time and shift only on dates where daylight saving moves zones apart.
 */
export function preferredStart(query: { days: readonly DayNumber[]; zone: string; duration: number; people: readonly PlanPerson[] }): number | undefined {
  return preferredStartIn(meetingOf(query.people, query.zone, query.duration), query.days);
}

/** `preferredStart` for a meeting worked out beforehand (see meetingOf). */
export function preferredStartIn(meeting: Meeting, days: readonly DayNumber[]): number | undefined {
  return meetingDays(meeting, days).best;
}

/** Dates as a memo key, by array: every group of a cohort asks about the same touchpoint's dates. */
const daysKeys = new WeakMap<readonly DayNumber[], string>();

function daysKey(days: readonly DayNumber[]): string {
  let key = daysKeys.get(days);
  if (key === undefined) daysKeys.set(days, (key = days.join(',')));
  return key;
}

/** What a meeting's working hours allow over some dates: per quarter-hour start (by start / STEP) the days it fits everyone, and the best start (see preferredStartIn). */
interface MeetingDays {
  counts: Int32Array;
  best: number | undefined;
}

/**
 * MeetingDays, memoised: the answer depends on the set of profiles and the
 * dates only, so groups alike in working hours ask the same question, and
 * the best start and a kept start's count read the one answer.
 */
function meetingDays(meeting: Meeting, days: readonly DayNumber[]): MeetingDays {
  const key = `${meeting.key}|${daysKey(days)}`;
  let known = meetingDaysMemo.get(key);
  if (known === undefined) {
    if (meetingDaysMemo.size >= 20_000) meetingDaysMemo.clear();
    const counts = startCounts(meeting, days);
    meetingDaysMemo.set(key, (known = { counts, best: bestStart(counts, meeting.duration) }));
  }
  return known;
}

const meetingDaysMemo = new Map<string, MeetingDays>();

function startCounts(meeting: Meeting, days: readonly DayNumber[]): Int32Array {
  const { zone, kind, profiles } = meeting;
  const mask = new Uint32Array(WORDS);
  const counts = new Int32Array(GRID);
  for (const day of new Set(days)) {
    // Every start in the mask exists (see existingStarts), so each set bit counts: they are visited directly.
    startMask(dayFrame(day, zone), kind, profiles, mask);
    for (let w = 0; w < WORDS; w++) {
      for (let bits = mask[w]!; bits !== 0; bits &= bits - 1) counts[w * 32 + 31 - Math.clz32(bits & -bits)]!++;
    }
  }
  return counts;
}

/** The start that fits on the most days; ties: the meeting's middle nearest 13:00, then the earlier. */
function bestStart(counts: Int32Array, duration: number): number | undefined {
  const [lo, hi] = bounds();
  const middle = 13 * 60 - duration / 2;
  let best: number | undefined;
  let bestCount = 0;
  for (let minutes = lo; minutes <= hi; minutes += STEP) {
    const count = counts[minutes / STEP]!;
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
  const [lo, hi] = bounds(query.earliest, query.latest);
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

/** Start bounds in minutes, both included: any quarter-hour of the date, within the caller's. */
function bounds(earliest = 0, latest = LAST_START): [number, number] {
  return [Math.max(0, earliest), Math.min(LAST_START, latest)];
}

/** The first quarter-hour at or after `minutes`. */
function firstStep(minutes: number): number {
  return Math.ceil(minutes / STEP) * STEP;
}

/** True when [start, end) overlaps any of `busy`. */
export function overlaps(busy: readonly Busy[], start: number, end: number): boolean {
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

/** Frames per zone and date, memoised with the exact instants they collect. */
const frames = new Map<string, Map<DayNumber, DayFrame>>();

function dayFrame(day: DayNumber, zone: string): DayFrame {
  let byDay = frames.get(zone);
  if (byDay === undefined) frames.set(zone, (byDay = new Map()));
  let frame = byDay.get(day);
  if (frame === undefined) {
    if (byDay.size > 100_000) byDay.clear();
    const midnight = zonedMidnight(day, zone);
    frame = { day, zone, midnight, regular: zonedMidnight(day + 1, zone) - midnight === DAY_MS };
    byDay.set(day, frame);
  }
  return frame;
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
 * at `minutes` fits all `people`, else undefined. Quarter-hour starts are
 * read from the people's masks; any other minute is checked person by person.
 */
function everyoneFits(day: DayNumber, zone: string, duration: number, people: readonly PlanPerson[], frame = dayFrame(day, zone)): (minutes: number) => number | undefined {
  const span = duration * MINUTE;
  const mask = startMask(frame, meetingKind(zone, duration), profilesOf(people), new Uint32Array(WORDS));
  return (minutes) => {
    if (onGrid(minutes)) return hasStart(mask, minutes) ? instantOf(frame, minutes) : undefined;
    const start = instantOf(frame, minutes);
    return start !== undefined && people.every((p) => fitsAt(p, day, start, span)) ? start : undefined;
  };
}

/** Bit i set: a meeting starting at i × 15 minutes (wall clock in the meeting's zone) fits. */
type StartMask = Uint32Array;

/** Quarter-hour starts in a day, and the 32-bit words that hold one bit each. */
const GRID = (24 * 60) / STEP;
const WORDS = Math.ceil(GRID / 32);

/** Scratch mask of findStartIn: filled and read within one call. */
const scratch = new Uint32Array(WORDS);

function onGrid(minutes: number): boolean {
  return minutes % STEP === 0 && minutes >= 0 && minutes <= LAST_START;
}

function hasStart(mask: StartMask, minutes: number): boolean {
  const i = minutes / STEP;
  return (mask[i >> 5]! & (1 << (i & 31))) !== 0;
}

function setStart(mask: StartMask, minutes: number): void {
  const i = minutes / STEP;
  mask[i >> 5]! |= 1 << (i & 31);
}

/**
 * Masks of meetings of one zone and length, by date: the starts that exist
 * (not in a spring-forward gap), and per working-hours profile the ones that
 * fit. A group's many sessions ask about the same few dates and profiles.
 */
export interface MeetingKind {
  zone: string;
  duration: number;
  existing: Map<DayNumber, StartMask>;
  fitting: Map<Profile, Map<DayNumber, StartMask>>;
}

const kinds = new Map<string, Map<number, MeetingKind>>();

function meetingKind(zone: string, duration: number): MeetingKind {
  let byDuration = kinds.get(zone);
  if (byDuration === undefined) kinds.set(zone, (byDuration = new Map()));
  let kind = byDuration.get(duration);
  if (kind === undefined) byDuration.set(duration, (kind = { zone, duration, existing: new Map(), fitting: new Map() }));
  return kind;
}

/** Writes into `out` the starts on the frame's date that fit everyone: the AND of their masks (all existing starts for nobody). */
function startMask(frame: DayFrame, kind: MeetingKind, people: ReadonlyArray<PersonProfile>, out: StartMask): StartMask {
  out.set(existingStarts(frame, kind));
  for (const person of people) {
    const own = personMask(person, frame, kind);
    for (let w = 0; w < WORDS; w++) out[w]! &= own[w]!;
  }
  return out;
}

function existingStarts(frame: DayFrame, kind: MeetingKind): StartMask {
  let mask = kind.existing.get(frame.day);
  if (mask === undefined) {
    if (kind.existing.size > 100_000) kind.existing.clear();
    mask = new Uint32Array(WORDS);
    for (let minutes = 0; minutes <= LAST_START; minutes += STEP) if (instantOf(frame, minutes) !== undefined) setStart(mask, minutes);
    kind.existing.set(frame.day, mask);
  }
  return mask;
}

/** A person with their working-hours profile, looked up once per query rather than once per date. */
export interface PersonProfile {
  person: PlanPerson;
  profile: Profile;
}

/** Profiles by people array: a scheduler asks about the same group (the same array) for each of its sessions. */
const profiled = new WeakMap<readonly PlanPerson[], PersonProfile[]>();

function profilesOf(people: readonly PlanPerson[]): PersonProfile[] {
  let found = profiled.get(people);
  if (found === undefined || found.length !== people.length || found.some((p, i) => p.person !== people[i])) {
    found = people.map((person) => ({ person, profile: profileFor(person) }));
    profiled.set(people, found);
  }
  return found;
}

/** One person's fitting starts on the frame's date, shared by everyone with the same working-hours profile. */
function personMask({ person, profile }: PersonProfile, frame: DayFrame, kind: MeetingKind): StartMask {
  let byDay = kind.fitting.get(profile);
  if (byDay === undefined) kind.fitting.set(profile, (byDay = new Map()));
  let mask = byDay.get(frame.day);
  if (mask === undefined) {
    if (byDay.size > 100_000) byDay.clear();
    mask = computeMask(person, frame, kind.duration);
    byDay.set(frame.day, mask);
  }
  return mask;
}

function computeMask(person: PlanPerson, frame: DayFrame, duration: number): StartMask {
  const mask = new Uint32Array(WORDS);
  const span = duration * MINUTE;
  const last = LAST_START;
  const own = workingIntervals(person, frame.day);
  if (own !== undefined && frame.regular) {
    // A regular date: wall-clock minutes are (instant - midnight) / MINUTE, so each working interval is a run of starts.
    for (const [from, to] of own) {
      const first = firstStep(Math.max(0, Math.ceil((from - frame.midnight) / MINUTE)));
      const end = Math.min(last, Math.floor((to - span - frame.midnight) / MINUTE));
      for (let minutes = first; minutes <= end; minutes += STEP) setStart(mask, minutes);
    }
    return mask;
  }
  for (let minutes = 0; minutes <= last; minutes += STEP) {
    const start = instantOf(frame, minutes);
    if (start !== undefined && fitsAt(person, frame.day, start, span)) setStart(mask, minutes);
  }
  return mask;
}

/**
 * Whether a meeting of `span` ms starting at an instant near `day` fits the
 * person: within one of their working intervals, or, when a daylight-saving
 * change falls on one of their dates, converted exactly.
 */
function fitsAt(person: PlanPerson, day: DayNumber, start: number, span: number): boolean {
  const own = workingIntervals(person, day);
  if (own === undefined) return fitsWorkingHours(person, start, start + span);
  for (const [from, to] of own) if (start >= from && start <= to - span) return true;
  return false;
}

/**
 * One person per working-hours profile, in order of first appearance. Every
 * answer here depends only on which profiles are present, so a caller asking
 * many questions about one group can ask about fewer people.
 */
export function distinctHours<T extends PlanPerson>(people: readonly T[]): T[] {
  const seen = new Set<Profile>();
  const found: T[] = [];
  for (const person of people) {
    const profile = profileFor(person);
    if (seen.has(profile)) continue;
    seen.add(profile);
    found.push(person);
  }
  return found;
}

/**
 * A working-hours profile (zone, hours, days), shared by everyone who has
 * it: the key of the start masks, and the holder of the working intervals
 * by date. People are plain data the planner does not change while planning
 * (a changed copy is a new object).
 */
type Intervals = Array<[number, number]> | null;
export interface Profile {
  /** Numbers profiles in order of first use, for keys of memoised answers. */
  id: number;
  intervals: Map<DayNumber, Intervals>;
}
/** Profiles by zone, start, end and working days (as a set of bits): plain lookups, run for every group member. */
const profiles = new Map<string, Map<number, Map<number, Map<number, Profile>>>>();
let profileCount = 0;

function profileFor(person: PlanPerson): Profile {
  const byStart = child(profiles, person.timezone);
  const byEnd = child(byStart, person.workStart);
  const byDays = child(byEnd, person.workEnd);
  let days = 0;
  for (const day of person.workDays) days |= 1 << day;
  let profile = byDays.get(days);
  if (profile === undefined) byDays.set(days, (profile = { id: profileCount++, intervals: new Map() }));
  return profile;
}

function child<K, V>(parent: Map<K, Map<number, V>>, key: K): Map<number, V> {
  let map = parent.get(key);
  if (map === undefined) parent.set(key, (map = new Map()));
  return map;
}

/** The person's working hours on their own dates day-2 … day+2 (±2 days covers any two zones), as epoch intervals; undefined when a DST change falls on one of them. */
function workingIntervals(person: PlanPerson, day: DayNumber): Array<[number, number]> | undefined {
  const byDay = profileFor(person).intervals;
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
