import type { DayNumber } from '../util/dates.js';

/**
 * What each mentor already carries, as a list of inclusive day ranges per
 * mentor (a mentor serves few cohorts at a time, so the lists stay short;
 * nothing is stored per day). The caller plans cohorts in start order:
 * `spare` before matching a cohort, `reserve` after it. Capacity is checked
 * day by day, as FORMAT.md says: a mentor's load on a day is the sum of the
 * reservations covering that day.
 */
export class CapacityLedger {
  /** Per mentor, reservations sorted by first day: [from, to, amount] flattened. */
  private readonly reservations = new Map<string, number[]>();

  /** Records `amount` (groups or learners) carried by a mentor on every day of [from, to]. */
  reserve(mentorId: string, from: DayNumber, to: DayNumber, amount: number): void {
    if (!(amount > 0) || to < from) return;
    let list = this.reservations.get(mentorId);
    if (!list) this.reservations.set(mentorId, (list = []));
    let at = list.length;
    while (at > 0 && list[at - 3]! > from) at -= 3;
    list.splice(at, 0, from, to, amount);
  }

  /** The most a mentor carries on any one day of [from, to]; 0 when nothing overlaps. */
  load(mentorId: string, from: DayNumber, to: DayNumber): number {
    const list = this.reservations.get(mentorId);
    if (!list) return 0;
    // The sum of ranges only rises where one starts, so the busiest day is
    // `from` or the first day of an overlapping reservation.
    let most = 0;
    for (let i = -3; i < list.length; i += 3) {
      const day = i < 0 ? from : list[i]!;
      if (day > to) break;
      if (i >= 0 && (day <= from || list[i + 1]! < from)) continue;
      let sum = 0;
      for (let j = 0; j < list.length && list[j]! <= day; j += 3) if (list[j + 1]! >= day) sum += list[j + 2]!;
      if (sum > most) most = sum;
    }
    return most;
  }

  /** Capacity left for a new commitment over [from, to]: capacity minus the busiest day's load, never below 0. */
  spare(mentorId: string, capacity: number, from: DayNumber, to: DayNumber): number {
    return Math.max(0, capacity - this.load(mentorId, from, to));
  }
}

/** A fresh, empty ledger. */
export function capacityLedger(): CapacityLedger {
  return new CapacityLedger();
}
