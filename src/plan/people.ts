import type { CohortSpec, Mentor, Participant, ProgramSpec, WorkingHours } from '../program/model.js';
import { type DayNumber, WEEKDAYS, parseClock, parseDate } from '../util/dates.js';
import type { PlanMentor, PlanParticipant, PlanPerson } from './types.js';

/** Defaults FORMAT.md gives: the program's hours, 09:00–17:00 Monday to Friday when it names none. */
const DEFAULT_HOURS = { start: '09:00', end: '17:00', days: ['mon', 'tue', 'wed', 'thu', 'fri'] } as const;

interface Defaults {
  timezone: string;
  hours: { start: string; end: string; days: readonly string[] };
}

export function programDefaults(program: ProgramSpec): Defaults {
  const hours = program.workingHours;
  return {
    timezone: program.timezone,
    hours: { start: hours?.start ?? DEFAULT_HOURS.start, end: hours?.end ?? DEFAULT_HOURS.end, days: hours?.days ?? DEFAULT_HOURS.days },
  };
}

function person(
  base: { id: string; name: string; email: string; department?: string; timezone?: string; workingHours?: Partial<WorkingHours> },
  defaults: Defaults,
  timezone = base.timezone ?? defaults.timezone,
): PlanPerson {
  const hours = base.workingHours;
  return {
    id: base.id,
    name: base.name,
    email: base.email,
    department: base.department ?? '',
    timezone,
    workStart: clockOf(hours?.start ?? defaults.hours.start, 9 * 60),
    workEnd: clockOf(hours?.end ?? defaults.hours.end, 17 * 60),
    workDays: weekdaysOf(hours?.days ?? defaults.hours.days),
  };
}

// Tens of thousands of people share a handful of working hours: each text is read once.
const clocks = new Map<string, number | undefined>();
const weekdayLists = new Map<string, number[]>();

function clockOf(text: string, fallback: number): number {
  if (!clocks.has(text)) clocks.set(text, parseClock(text));
  return clocks.get(text) ?? fallback;
}

/** Weekday numbers (Monday 0), sorted; people with the same days share one array, which nothing changes. */
function weekdaysOf(days: readonly string[]): number[] {
  const key = days.join(',');
  let list = weekdayLists.get(key);
  if (list === undefined) weekdayLists.set(key, (list = days.map((d) => WEEKDAYS.indexOf(d as (typeof WEEKDAYS)[number])).sort()));
  return list;
}

/** A participant with the cohort's zone as default and their expected span clipped to the cohort. */
export function planParticipant(p: Participant, cohort: CohortSpec, defaults: Defaults, span: { start: DayNumber; end: DayNumber }): PlanParticipant {
  const joined = p.joined !== undefined ? parseDate(p.joined) : undefined;
  const left = p.left !== undefined ? parseDate(p.left) : undefined;
  const planned = person(p, defaults, p.timezone ?? cohort.timezone ?? defaults.timezone) as PlanParticipant;
  planned.from = Math.max(span.start, joined ?? span.start);
  planned.to = Math.min(span.end, left ?? span.end);
  return planned;
}

export function planMentor(m: Mentor, defaults: Defaults): PlanMentor {
  const history = m.history ?? [];
  return {
    ...person(m, defaults),
    tier: m.tier,
    capacity: m.capacity,
    skills: [...(m.skills ?? [])],
    unavailable: (m.unavailable ?? [])
      .map((r) => ({ from: parseDate(r.from)!, to: parseDate(r.to)! }))
      .filter((r) => r.from !== undefined && r.to !== undefined),
    // The history is written oldest first, as a log; the last entry is the most recent cohort.
    ...(history.length > 0 ? { lastCurriculum: history[history.length - 1]!.curriculum } : {}),
  };
}
