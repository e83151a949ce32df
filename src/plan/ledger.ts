import type { DayNumber } from '../util/dates.js';

interface Reservation {
  from: DayNumber;
  to: DayNumber;
  amount: number;
}

/**
 * What each mentor already carries, as a list of inclusive day ranges per
 * mentor; nothing is stored per day. Reservations of the same range add up
 * into one entry, so a mentor's list grows with the cohorts they serve, not
 * with the groups or learners. The caller plans cohorts in start order:
 * `spare` before matching a cohort, `reserve` after it. Capacity is checked
 * day by day, as FORMAT.md says: a mentor's load on a day is the sum of the
 * reservations covering that day.
 */
export class CapacityLedger {
  private readonly reservations = new Map<string, Reservation[]>();

  /** Records `amount` (groups or learners) carried by a mentor on every day of [from, to]. */
  reserve(mentorId: string, from: DayNumber, to: DayNumber, amount: number): void {
    if (!(amount > 0) || to < from) return;
    let list = this.reservations.get(mentorId);
    if (!list) this.reservations.set(mentorId, (list = []));
    // The same range is usually the one just reserved (one call per group or learner).
    for (let i = list.length - 1; i >= 0; i--) {
      const r = list[i]!;
      if (r.from === from && r.to === to) {
        r.amount += amount;
        return;
      }
    }
    list.push({ from, to, amount });
  }

  /** The most a mentor carries on any one day of [from, to]; 0 when nothing overlaps. */
  load(mentorId: string, from: DayNumber, to: DayNumber): number {
    const list = this.reservations.get(mentorId);
    if (!list) return 0;
    // A sweep over the overlapping ranges: +amount on the first day, −amount the day after the last.
    const days: number[] = [];
    const deltas: number[] = [];
    for (const r of list) {
      if (r.from > to || r.to < from) continue;
      days.push(Math.max(r.from, from), Math.min(r.to, to) + 1);
      deltas.push(r.amount, -r.amount);
    }
    if (days.length === 0) return 0;
    const order = days.map((_, i) => i).sort((a, b) => days[a]! - days[b]!);
    let most = 0;
    let current = 0;
    for (let k = 0; k < order.length; k++) {
      current += deltas[order[k]!]!;
      // Measure once all changes of a day are in.
      const next = order[k + 1];
      if (next === undefined || days[next] !== days[order[k]!]) most = Math.max(most, current);
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
