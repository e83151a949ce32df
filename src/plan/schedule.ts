import type { CohortCalendar } from '../calendar/cohort.js';
import type { Touchpoint } from '../program/model.js';
import { type DayNumber, formatClock, formatDate, parseClock, parseDuration } from '../util/dates.js';
import { type BusyBook, type BusyDays, busyNear } from './busy.js';
import { fitsWorkingHours, isSteadyDay, localTime, zonedInstant } from './hours.js';
import { type ClosedDay, moduleOfWeek, touchpointDates } from './sessions.js';
import { type Busy, type Meeting, coveringStart, daysFitting, distinctHours, findStartIn, meetingOf, overlaps, preferredStartIn } from './slots.js';
import { type PublishedStarts, publishedStartKey } from './lock.js';
import type { PlanMentor, PlanParticipant, PlanPerson, PlanWarning, PlannedGroup, PlannedSession } from './types.js';

/** Everything the session scheduler needs about one cohort whose groups and leads are settled. */
export interface ScheduleInput {
  cohortId: string;
  zone: string;
  calendar: CohortCalendar;
  touchpoints: readonly Touchpoint[];
  groups: readonly PlannedGroup[];
  participants: ReadonlyMap<string, PlanParticipant>;
  mentors: ReadonlyMap<string, PlanMentor>;
  closed: ClosedDay;
  /** Shared across cohorts: a lead never has two sessions at once. */
  busy: BusyBook;
  /** Participant ids in more than one cohort: their sessions here must not clash with their others. */
  inSeveralCohorts?: ReadonlySet<string>;
  /** The published plan's starts of each group touchpoint (see publishedStartKey). */
  published?: Readonly<Record<string, PublishedStarts>>;
}

const MINUTE = 60_000;

/**
 * Cohort-wide sessions first (at their `time`, or the time that covers most
 * people), then each group's sessions at a time inside every member's and
 * the lead's working hours, avoiding the group's and the lead's other sessions.
 */
export function scheduleCohort(input: ScheduleInput, warn: (w: PlanWarning) => void): PlannedSession[] {
  const sessions: PlannedSession[] = [];
  // Every group meets on the same dates: they are worked out once per touchpoint.
  const dates = new Map(input.touchpoints.map((t) => [t, touchpointDates(t, input.calendar, input.closed).map((d) => d.date)] as const));
  warnIfNeverMeets(input, dates, warn);
  const perGroup = input.touchpoints.filter((t) => t.scope !== 'cohort').map((t) => groupTouchpoint(t, dates.get(t)!));
  for (const touchpoint of input.touchpoints) if (touchpoint.scope === 'cohort') sessions.push(...cohortSessions(input, touchpoint, dates.get(touchpoint)!, warn));
  for (const group of input.groups) {
    const people = groupPeople(input, group);
    for (const touchpoint of perGroup) sessions.push(...groupSessions(input, people, touchpoint, warn));
  }
  return sessions;
}

/** A group as the scheduler reads it, worked out once for all its touchpoints. */
interface GroupPeople {
  group: PlannedGroup;
  members: PlanParticipant[];
  /** One member per working-hours profile. */
  memberHours: PlanParticipant[];
  lead: PlanMentor | undefined;
  /** The group's own sessions in the busy book. */
  own: BusyDays;
  /** The calendars of members with sessions elsewhere (they mentor too, or take part in another cohort): those must not clash with this group. */
  elsewhere: BusyDays[];
}

function groupPeople(input: ScheduleInput, group: PlannedGroup): GroupPeople {
  const members = group.members.map((id) => input.participants.get(id)!).filter(Boolean);
  // Slot queries depend only on working hours: one member per profile answers for all of them.
  return {
    group,
    members,
    memberHours: distinctHours(members),
    lead: input.mentors.get(group.lead),
    own: input.busy.group(input.cohortId, group.id),
    elsewhere: elsewhereCalendars(input, members),
  };
}

/** The own calendars of these participants who are on the roster too or in another cohort (the same id is the same person). */
function elsewhereCalendars(input: ScheduleInput, participants: Iterable<PlanParticipant>): BusyDays[] {
  const calendars: BusyDays[] = [];
  for (const p of participants) if (input.mentors.has(p.id) || input.inSeveralCohorts?.has(p.id)) calendars.push(input.busy.person(p.id));
  return calendars;
}

/** A group touchpoint as every group of the cohort meets it. */
interface GroupTouchpoint {
  touchpoint: Touchpoint;
  duration: number;
  dates: DayNumber[];
  fixed: number | undefined;
}

function groupTouchpoint(touchpoint: Touchpoint, dates: DayNumber[]): GroupTouchpoint {
  return {
    touchpoint,
    duration: parseDuration(touchpoint.duration) ?? 30,
    dates,
    fixed: touchpoint.time !== undefined ? parseClock(touchpoint.time) : undefined,
  };
}

function cohortSessions(input: ScheduleInput, touchpoint: Touchpoint, dates: readonly DayNumber[], warn: (w: PlanWarning) => void): PlannedSession[] {
  const duration = parseDuration(touchpoint.duration) ?? 60;
  const everyone = [...input.participants.values(), ...input.groups.flatMap((g) => (g.lead ? [input.mentors.get(g.lead)!] : []))];
  const fixed = touchpoint.time !== undefined ? parseClock(touchpoint.time) : undefined;
  return dates.flatMap((date) => {
    const expected = everyone.filter((p) => !('from' in p) || (p.from <= date && date <= p.to));
    const start = fixed ?? coveringStart({ day: date, zone: input.zone, duration, people: expected })?.start;
    if (start === undefined) {
      warn({ severity: 'warning', cohort: input.cohortId, message: `${touchpoint.type} on ${formatDate(date)} dropped: no time of day fits anyone`, hint: 'give the touchpoint a time' });
      return [];
    }
    const at = zonedInstant(date, start, input.zone);
    const busy: Busy = [at, at + duration * MINUTE];
    for (const group of input.groups) input.busy.group(input.cohortId, group.id).add(busy);
    for (const calendar of elsewhereCalendars(input, expected.filter((p): p is PlanParticipant => 'from' in p))) calendar.add(busy);
    const session = makeSession(input, 'all', touchpoint, date, start, duration, '', at);
    warnIfSkipped(session, fixed, touchpoint.type, warn);
    return [session];
  });
}

function groupSessions(input: ScheduleInput, people: GroupPeople, plan: GroupTouchpoint, warn: (w: PlanWarning) => void): PlannedSession[] {
  const { touchpoint, duration, dates, fixed } = plan;
  const { group, own, elsewhere, members, memberHours, lead } = people;
  const meeting = meetingOf(withLead(memberHours, lead), input.zone, duration);
  const published = input.published?.[publishedStartKey(group.id, touchpoint.type)];
  const usual = fixed ?? usualStart(input, people, plan, meeting, published?.usual) ?? 9 * 60;
  const sessions: PlannedSession[] = [];
  for (const date of dates) {
    const everyone = members.every((p) => p.from <= date && date <= p.to);
    const expected = everyone ? members : members.filter((p) => p.from <= date && date <= p.to);
    // A group of late joiners has nobody to meet before they come.
    if (expected.length === 0 && members.length > 0) continue;
    const hours = everyone ? memberHours : distinctHours(expected);
    // A session already published keeps its time where it still can (so a rerun changes nothing); a new one starts from the usual time.
    const preferred = fixed ?? published?.byDay.get(date) ?? usual;
    const placed = placeGroupSession(input, { group, own, elsewhere, touchpoint, date, duration, expected, hours, lead, preferred, fixed, meeting: everyone ? meeting : undefined }, warn);
    if (placed) sessions.push(placed);
  }
  return sessions;
}

/**
 * The usual start: the published one while it fits everyone on as many of
 * the dates as the best start does (so an edit elsewhere in the cohort does
 * not move this group's sessions), else the best start.
 */
function keptStart(meeting: Meeting, dates: readonly DayNumber[], published: number | undefined): number | undefined {
  const best = preferredStartIn(meeting, dates);
  if (published === undefined || best === undefined || published === best) return best;
  return daysFitting(meeting, dates, published) >= daysFitting(meeting, dates, best) ? published : best;
}

/** A group touchpoint's usual start: kept from the published plan, else one free on every date where there is one (see keptStart, stableStart). */
function usualStart(input: ScheduleInput, people: GroupPeople, plan: GroupTouchpoint, meeting: Meeting, published: number | undefined): number | undefined {
  const best = keptStart(meeting, plan.dates, published);
  return best !== undefined && published === undefined ? stableStart(input, people, plan, meeting, best) : best;
}

/** A touchpoint every one of whose dates falls on a holiday or a day nobody works has no session at all: said, not left to be noticed. */
function warnIfNeverMeets(input: ScheduleInput, dates: ReadonlyMap<Touchpoint, readonly DayNumber[]>, warn: (w: PlanWarning) => void): void {
  for (const [touchpoint, list] of dates) {
    if (list.length > 0) continue;
    warn({
      severity: 'warning',
      cohort: input.cohortId,
      message: `${touchpoint.type} has no session: every date it would fall on is a holiday or a day the program does not work`,
      hint: 'check the holidays, the working days (workingHours.days) and the touchpoint\'s weekday',
    });
  }
}

/** How many starts around the best one are tried for one free on every date. */
const STABLE_TRIES = 12;

/**
 * One time for all of a group touchpoint's dates where there is one (the
 * lead's other groups are placed already): the best start when it is free
 * on every date; else the nearest start that fits everyone on as many dates
 * and is free on every one; else the best start, and sessions move only on
 * the dates it clashes.
 */
function stableStart(input: ScheduleInput, people: GroupPeople, plan: GroupTouchpoint, meeting: Meeting, best: number): number {
  const owners = calendarsOf(input, people.own, people.lead, people.elsewhere);
  const span = plan.duration * MINUTE;
  const freeOnAll = (start: number) =>
    plan.dates.every((date) => {
      const at = zonedInstant(date, start, input.zone);
      return !overlaps(busyNear(at, at + span, owners), at, at + span);
    });
  if (freeOnAll(best)) return best;
  const target = daysFitting(meeting, plan.dates, best);
  for (const start of nearestStarts(best, STABLE_TRIES)) if (daysFitting(meeting, plan.dates, start) >= target && freeOnAll(start)) return start;
  return best;
}

/** Quarter-hour starts of the day nearest to `from` (the earlier first on a tie), `from` itself left out. */
function nearestStarts(from: number, count: number): number[] {
  const starts: number[] = [];
  for (let step = 15; starts.length < count && step < 24 * 60; step += 15) {
    if (from - step >= 0) starts.push(from - step);
    if (from + step < 24 * 60) starts.push(from + step);
  }
  return starts.slice(0, count);
}

/** The calendars a group session must not clash with: the group's own, its lead's, and those of its members with sessions elsewhere. */
function calendarsOf(input: ScheduleInput, own: BusyDays, lead: PlanMentor | undefined, elsewhere: readonly BusyDays[]): BusyDays[] {
  return lead ? [own, mentorBusy(input, lead), ...elsewhere] : [own, ...elsewhere];
}

function mentorBusy(input: ScheduleInput, mentor: PlanMentor): BusyDays {
  return input.busy.person(mentor.id);
}

interface Placement {
  group: PlannedGroup;
  /** The group's own sessions in the busy book. */
  own: BusyDays;
  /** Calendars of members with sessions elsewhere (see GroupPeople). */
  elsewhere: BusyDays[];
  touchpoint: Touchpoint;
  date: DayNumber;
  duration: number;
  expected: PlanParticipant[];
  /** One of `expected` per working-hours profile. */
  hours: PlanParticipant[];
  lead: PlanMentor | undefined;
  preferred: number;
  fixed: number | undefined;
  /** The expected members' and the lead's meeting, when those are the group's usual people (see meetingOf). */
  meeting: Meeting | undefined;
}

function placeGroupSession(input: ScheduleInput, p: Placement, warn: (w: PlanWarning) => void): PlannedSession | undefined {
  const where = () => `${p.group.id} ${p.touchpoint.type} on ${formatDate(p.date)}`;
  let acting = p.lead && !isAway(p.lead, p.date) ? p.lead : undefined;
  let start = startFor(input, p, acting);
  if (p.lead && !acting) {
    const substitute = findSubstitute(input, p);
    if (!substitute) {
      warn({ severity: 'warning', cohort: input.cohortId, message: `${where()} dropped: lead ${p.lead.id} is unavailable and no other lead is free`, hint: 'add lead mentors or move the unavailable dates' });
      return undefined;
    }
    ({ mentor: acting, start } = substitute);
  }
  if (start === undefined) {
    const people = [...p.expected, ...(acting ? [acting] : [])];
    const busy = nearby(input, p, acting);
    // A fixed time is the program's to keep; otherwise a free time that fits the most people.
    start = p.fixed ?? fallbackStart(input, p, people, busy);
    if (start === undefined) {
      warn({ severity: 'warning', cohort: input.cohortId, message: `${where()} dropped: every time that day clashes with another session of the group or its lead`, hint: 'move the touchpoint to a quieter day or give it another lead' });
      return undefined;
    }
    const outside = people.filter((person) => !fitsAt(input, person, p.date, start!, p.duration)).map((x) => x.id);
    const at = zonedInstant(p.date, start, input.zone);
    const clash = overlaps(busy, at, at + p.duration * MINUTE);
    const why = [outside.length > 0 ? `outside the working hours of ${outside.join(', ')}` : '', clash ? 'at the same time as another session of the group or its lead' : ''].filter(Boolean).join(', and ');
    warn({ severity: 'warning', cohort: input.cohortId, message: `${where()}: no time fits everyone; ${p.fixed !== undefined ? 'kept at its time' : 'placed at'} ${clock(start)}, ${why}`, hint: 'widen working hours or move people between groups with pins' });
  }
  const at = zonedInstant(p.date, start, input.zone);
  const busy: Busy = [at, at + p.duration * MINUTE];
  p.own.add(busy);
  if (acting) mentorBusy(input, acting).add(busy);
  for (const calendar of p.elsewhere) calendar.add(busy);
  const session = makeSession(input, p.group.id, p.touchpoint, p.date, start, p.duration, acting?.id ?? '', at);
  warnIfSkipped(session, p.fixed, `${p.group.id} ${p.touchpoint.type}`, warn);
  return session;
}

/** The sessions of the group, its lead and its members with sessions elsewhere, around the placement's date. */
function nearby(input: ScheduleInput, p: Placement, lead: PlanMentor | undefined): Busy[] {
  const dayStart = zonedInstant(p.date, 0, input.zone);
  // Two days: a late start may run past midnight.
  return busyNear(dayStart, dayStart + 2 * 86_400_000, calendarsOf(input, p.own, lead, p.elsewhere));
}

/**
 * When no time fits everyone: the free time (clashing with nothing in
 * `busy`) that fits the most people, the preferred time when it fits as
 * many; undefined when every time clashes.
 */
function fallbackStart(input: ScheduleInput, p: Placement, people: readonly PlanPerson[], busy: readonly Busy[]): number | undefined {
  const best = coveringStart({ day: p.date, zone: input.zone, duration: p.duration, people, busy });
  const at = zonedInstant(p.date, p.preferred, input.zone);
  const preferredFree = !overlaps(busy, at, at + p.duration * MINUTE);
  const fitsAtPreferred = people.filter((person) => fitsAt(input, person, p.date, p.preferred, p.duration)).length;
  if (preferredFree && fitsAtPreferred >= (best?.fits ?? 0)) return p.preferred;
  return best?.start;
}

function startFor(input: ScheduleInput, p: Placement, lead: PlanMentor | undefined): number | undefined {
  const busy = nearby(input, p, lead);
  if (p.fixed !== undefined) {
    const people = lead ? [...p.expected, lead] : p.expected;
    const at = zonedInstant(p.date, p.fixed, input.zone);
    return !overlaps(busy, at, at + p.duration * MINUTE) && people.every((x) => fitsAt(input, x, p.date, p.fixed!, p.duration)) ? p.fixed : undefined;
  }
  const meeting = lead === p.lead && p.meeting ? p.meeting : meetingOf(withLead(p.hours, lead), input.zone, p.duration);
  return findStartIn(meeting, p.date, busy, p.preferred);
}

/**
 * `hours` and the lead as one array, the same array each time it is asked
 * for: the slot finder keeps what it works out about a group by array.
 */
function withLead(hours: readonly PlanParticipant[], lead: PlanMentor | undefined): readonly PlanPerson[] {
  if (!lead) return hours;
  let byLead = withLeads.get(hours);
  if (byLead === undefined) withLeads.set(hours, (byLead = new Map()));
  let people = byLead.get(lead);
  if (people === undefined) byLead.set(lead, (people = [...hours, lead]));
  return people;
}

const withLeads = new WeakMap<readonly PlanParticipant[], Map<PlanMentor, readonly PlanPerson[]>>();

/**
 * Another lead, free and within working hours at a time the group can meet;
 * the first by id. When no time fits everyone with any of them (a member
 * who can never meet the others, say), the first who is free and within
 * their own hours at the time the group's own lead would be given: the
 * session is then placed, with a warning, as it would be with its lead.
 */
function findSubstitute(input: ScheduleInput, p: Placement): { mentor: PlanMentor; start: number | undefined } | undefined {
  // Never a member of the group: someone who takes part and mentors does not lead their own group.
  const candidates = leadsInIdOrder(input).filter((m) => m.id !== p.lead!.id && !isAway(m, p.date) && !p.group.members.includes(m.id));
  for (const mentor of candidates) {
    const start = startFor(input, p, mentor);
    if (start !== undefined) return { mentor, start };
  }
  const mentor = candidates.find((m) => canStandIn(input, p, m));
  return mentor ? { mentor, start: undefined } : undefined;
}

/** Free, and within their own hours, at the start placeGroupSession falls back to with `mentor` leading. */
function canStandIn(input: ScheduleInput, p: Placement, mentor: PlanMentor): boolean {
  const busy = nearby(input, p, mentor);
  const start = p.fixed ?? fallbackStart(input, p, [...p.expected, mentor], busy);
  if (start === undefined || !fitsAt(input, mentor, p.date, start, p.duration)) return false;
  const at = zonedInstant(p.date, start, input.zone);
  return !overlaps(busy, at, at + p.duration * MINUTE);
}

/** The cohort's lead mentors in id order, sorted once per cohort: every absence of a lead looks for a substitute. */
const leadLists = new WeakMap<ScheduleInput, PlanMentor[]>();

function leadsInIdOrder(input: ScheduleInput): PlanMentor[] {
  let leads = leadLists.get(input);
  if (leads === undefined) {
    leads = [...input.mentors.values()].filter((m) => m.tier === 'lead').sort((a, b) => (a.id < b.id ? -1 : 1));
    leadLists.set(input, leads);
  }
  return leads;
}

function isAway(mentor: PlanMentor, day: DayNumber): boolean {
  return mentor.unavailable.some((r) => r.from <= day && day <= r.to);
}

function fitsAt(input: ScheduleInput, person: PlanPerson, day: DayNumber, start: number, duration: number): boolean {
  const at = zonedInstant(day, start, input.zone);
  return fitsWorkingHours(person, at, at + duration * MINUTE);
}

/** A session on `day` from `start` (minutes, wall clock in the cohort's zone), which is the instant `startMs`. */
function makeSession(input: ScheduleInput, group: string, touchpoint: Touchpoint, day: DayNumber, start: number, duration: number, lead: string, startMs: number): PlannedSession {
  const date = formatDate(day);
  const endMs = startMs + duration * MINUTE;
  const clocks = sessionClocks(day, start, duration, input.zone, startMs);
  return {
    id: `${input.cohortId}/${group}/${touchpoint.type}/${date}`,
    cohort: input.cohortId,
    group,
    type: touchpoint.type,
    title: touchpoint.title ?? titleOf(touchpoint.type),
    date,
    start: clocks.start,
    end: clocks.end,
    timezone: input.zone,
    lead,
    module: moduleOfWeek(input.calendar, day),
    location: touchpoint.location ?? '',
    startUtc: isoUtc(startMs),
    endUtc: isoUtc(endMs),
  };
}

/**
 * A session's start and end as wall clocks in `zone`: `start` and start plus
 * `duration` on a steady day; on a date with a daylight-saving change, the
 * clocks of the exact instants, so a time in the skipped hour reads as the
 * time it really is (02:30 → 03:30) and an end across the change moves with it.
 */
export function sessionClocks(day: DayNumber, start: number, duration: number, zone: string, startMs: number): { start: string; end: string } {
  if (isSteadyDay(day, zone)) return { start: clock(start), end: clock((start + duration) % (24 * 60)) };
  return { start: clock(localTime(startMs, zone).minutes), end: clock(localTime(startMs + duration * MINUTE, zone).minutes) };
}

/** Warns when a fixed time does not exist on the session's date (a daylight-saving change skips it), so the session starts later. */
export function warnIfSkipped(session: PlannedSession, fixed: number | undefined, what: string, warn: (w: PlanWarning) => void): void {
  if (fixed === undefined || session.start === clock(fixed)) return;
  warn({
    severity: 'warning',
    cohort: session.cohort,
    message: `${what} on ${session.date}: ${clock(fixed)} does not exist that day in ${session.timezone} (the clocks skip it); the session starts at ${session.start}`,
    hint: 'nothing to do if that suits; otherwise give it a time outside the skipped hour',
  });
}

/** A title from a touchpoint type when none is written: `code-review` → `Code review`. */
export function titleOf(type: string): string {
  let title = titles.get(type);
  if (title === undefined) {
    const words = type.replace(/-/g, ' ');
    title = words.charAt(0).toUpperCase() + words.slice(1);
    titles.set(type, title);
  }
  return title;
}

/** Titles by touchpoint type: a handful of types name tens of thousands of sessions. */
const titles = new Map<string, string>();

export function clock(minutes: number): string {
  // Every session has two: the day's 1440 are made once.
  const known = Number.isInteger(minutes) && minutes >= 0 && minutes < 24 * 60;
  if (known && clocks[minutes] !== undefined) return clocks[minutes];
  const text = formatClock(minutes);
  if (known) clocks[minutes] = text;
  return text;
}

const clocks = new Array<string | undefined>(24 * 60).fill(undefined);

/** `2026-03-03T08:00:00Z`. */
export function isoUtc(ms: number): string {
  // Planned instants are whole minutes in years 1970–9999: built from the memoised date, without a Date.
  if (ms % MINUTE === 0 && ms >= 0 && ms < LAST_4_DIGIT_YEAR) {
    const day = Math.floor(ms / DAY_MS);
    return `${formatDate(day)}T${clock((ms - day * DAY_MS) / MINUTE)}:00Z`;
  }
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

const DAY_MS = 86_400_000;
/** 10000-01-01T00:00:00Z, from where toISOString writes six-digit years. */
const LAST_4_DIGIT_YEAR = 253_402_300_800_000;

