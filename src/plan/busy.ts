import type { Busy } from './slots.js';

const DAY = 86_400_000;

/**
 * Who is busy when: sessions already placed, per person or group, across
 * every cohort. Each owner has one calendar, looked up once and then read
 * and written directly. People are filed by their id as it is, with no key
 * built per lookup: a lead's calendar is asked for at every session.
 */
export class BusyBook {
  private readonly people = new Map<string, BusyDays>();
  private readonly groups = new Map<string, Map<string, BusyDays>>();

  /**
   * A person's own calendar by id, across every cohort and the communities:
   * a mentor's, and that of someone who takes part and mentors or is in two
   * cohorts (one id is one person).
   */
  person(id: string): BusyDays {
    return calendarIn(this.people, id);
  }

  /** A group's own calendar (group ids repeat across cohorts). */
  group(cohortId: string, groupId: string): BusyDays {
    let byGroup = this.groups.get(cohortId);
    if (byGroup === undefined) this.groups.set(cohortId, (byGroup = new Map()));
    return calendarIn(byGroup, groupId);
  }
}

function calendarIn(calendars: Map<string, BusyDays>, id: string): BusyDays {
  let days = calendars.get(id);
  if (days === undefined) calendars.set(id, (days = new BusyDays()));
  return days;
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
