import type { PlanMentor, PlanParticipant } from '../../src/plan/types.js';
import { parseDate } from '../../src/util/dates.js';

/** Shared builders for the planner tests. */

export const day = (text: string): number => parseDate(text)!;

/** Tuesday 2026-03-03 (winter time in Europe and America). */
export const TUESDAY = day('2026-03-03');
export const ZONE = 'Europe/Berlin';
export const WEEKDAYS = [0, 1, 2, 3, 4];

const minutes = (clock: string): number => {
  const [h, m] = clock.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

export interface PersonOptions {
  department?: string;
  timezone?: string;
  hours?: [string, string];
  days?: number[];
}

export function participant(id: string, options: PersonOptions = {}): PlanParticipant {
  const [start, end] = options.hours ?? ['09:00', '17:00'];
  return {
    id,
    name: id,
    email: `${id}@example.com`,
    department: options.department ?? '',
    timezone: options.timezone ?? ZONE,
    workStart: minutes(start),
    workEnd: minutes(end),
    workDays: options.days ?? WEEKDAYS,
    from: day('2026-03-02'),
    to: day('2026-06-28'),
  };
}

export interface MentorOptions extends PersonOptions {
  tier?: 'lead' | 'community';
  capacity?: number;
  skills?: string[];
  unavailable?: Array<{ from: number; to: number }>;
  lastCurriculum?: string;
}

export function mentor(id: string, options: MentorOptions = {}): PlanMentor {
  const person = participant(id, options);
  const result: PlanMentor = {
    id: person.id,
    name: person.name,
    email: person.email,
    department: person.department,
    timezone: person.timezone,
    workStart: person.workStart,
    workEnd: person.workEnd,
    workDays: person.workDays,
    tier: options.tier ?? 'lead',
    capacity: options.capacity ?? 1,
    skills: options.skills ?? [],
    unavailable: options.unavailable ?? [],
  };
  if (options.lastCurriculum !== undefined) result.lastCurriculum = options.lastCurriculum;
  return result;
}

/** mulberry32, for reproducible random instances. */
export function prng(seed: number): { int: (n: number) => number; next: () => number } {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n) => Math.floor(next() * n) };
}
