import type { DayNumber } from '../util/dates.js';

interface Reservation {
  from: DayNumber;
  to: DayNumber;
  amount: number;
}

/**
 * What each mentor already carries, as a list of inclusive day ranges per
 * mentor (a mentor serves few cohorts, so the lists stay short). The caller
 * plans cohorts in start order: `spare` before matching a cohort, `reserve`
 * after it. Capacity is checked day by day, as FORMAT.md says: a mentor's
 * load on a day is the sum of the reservations covering that day.
 */
export class CapacityLedger {
  private readonly reservations = new Map<string, Reservation[]>();

  /** Records `amount` (groups or learners) carried by a mentor on every day of [from, to]. */
  reserve(mentorId: string, from: DayNumber, to: DayNumber, amount: number): void {
    if (amount <= 0 || to < from) return;
    let list = this.reservations.get(mentorId);
    if (!list) this.reservations.set(mentorId, (list = []));
    list.push({ from, to, amount });
  }

  /** The most a mentor carries on any one day of [from, to]; 0 when nothing overlaps. */
  load(mentorId: string, from: DayNumber, to: DayNumber): number {
    const overlapping = (this.reservations.get(mentorId) ?? []).filter((r) => r.from <= to && r.to >= from);
    // The sum of ranges only rises where one starts, so the busiest day is
    // `from` or the first day of an overlapping reservation.
    let most = 0;
    for (const day of [from, ...overlapping.map((r) => r.from).filter((d) => d > from)]) {
      let sum = 0;
      for (const r of overlapping) if (r.from <= day && day <= r.to) sum += r.amount;
      most = Math.max(most, sum);
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
