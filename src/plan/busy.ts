import type { Busy } from './slots.js';

const DAY = 86_400_000;

/**
 * Who is busy when: sessions already placed, per person or group, across
 * every cohort. Each owner (a mentor, a group) has one calendar, looked up
 * by key once and then read and written directly: a group's every session
 * asks about the same two calendars, its own and its lead's.
 */
export class BusyBook {
  private readonly owners = new Map<string, BusyDays>();

  /** The calendar of `key` (`mentorKey(id)` for a mentor; a group's key is the scheduler's). */
  of(key: string): BusyDays {
    let days = this.owners.get(key);
    if (days === undefined) this.owners.set(key, (days = new BusyDays()));
    return days;
  }
}

/** The busy-book key of a mentor: every cohort and the communities use the same one. */
export function mentorKey(mentorId: string): string {
  return `mentor:${mentorId}`;
}

/**
 * One owner's sessions, filed by the UTC day they start on, so a lookup
 * reads the few sessions near the one being placed rather than a mentor's
 * whole year.
 */
export class BusyDays {
  private readonly days = new Map<number, Busy[]>();

  add(interval: Busy): void {
    const day = Math.floor(interval[0] / DAY);
    const list = this.days.get(day);
    if (list) list.push(interval);
    else this.days.set(day, [interval]);
  }

  /** Appends to `found` the intervals that could overlap [start, end). */
  collectNear(start: number, end: number, found: Busy[]): void {
    // A session starting the day before may run past midnight.
    for (let day = Math.floor(start / DAY) - 1; day <= Math.floor(end / DAY); day++) {
      const list = this.days.get(day);
      if (list) for (const interval of list) found.push(interval);
    }
  }
}

/** Intervals of these calendars that could overlap [start, end). */
export function busyNear(start: number, end: number, owners: readonly BusyDays[]): Busy[] {
  const found: Busy[] = [];
  for (const owner of owners) owner.collectNear(start, end, found);
  return found;
}
