import type { DayNumber } from '../util/dates.js';

interface Reservation {
  mentorId: string;
  from: DayNumber;
  to: DayNumber;
  amount: number;
}

/**
 * What each mentor already carries, as a list of inclusive day ranges per
 * mentor; nothing is stored per day. Reservations of the same range add up
 * into one entry, so a mentor's list grows with the cohorts they serve, not
 * with the groups or learners. The caller plans cohorts in start order:
 * `loads` before matching a cohort, `reserve` after it. Capacity is checked
 * day by day, as FORMAT.md says: a mentor's load on a day is the sum of the
 * reservations covering that day.
 *
 * Each list is kept sorted by last day (then first day), so a lookup skips
 * the ranges that ended before it by binary search: planning in start order,
 * those are most of a busy mentor's history.
 */
export class CapacityLedger {
  private readonly reservations = new Map<string, Reservation[]>();

  /** Records `amount` (groups or learners) carried by a mentor on every day of [from, to]. */
  reserve(mentorId: string, from: DayNumber, to: DayNumber, amount: number): void {
    if (!(amount > 0) || to < from) return;
    let list = this.reservations.get(mentorId);
    if (!list) this.reservations.set(mentorId, (list = []));
    const at = firstEndingAtOrAfter(list, to, from);
    const same = list[at];
    if (same !== undefined && same.from === from && same.to === to) {
      same.amount += amount;
      return;
    }
    const reservation = { mentorId, from, to, amount };
    list.splice(at, 0, reservation);
  }

  /** Takes back (part of) an earlier `reserve` of exactly [from, to]; nothing happens for a range never reserved. */
  release(mentorId: string, from: DayNumber, to: DayNumber, amount: number): void {
    const list = this.reservations.get(mentorId);
    if (!list) return;
    const at = firstEndingAtOrAfter(list, to, from);
    const same = list[at];
    if (same === undefined || same.from !== from || same.to !== to) return;
    same.amount -= amount;
    if (same.amount <= 0) list.splice(at, 1);
    if (list.length === 0) this.reservations.delete(mentorId);
  }

  /**
   * The most each mentor carries on any one day of [from, to], for the
   * mentors who carry anything then (everyone else carries 0): per mentor, a
   * binary search past the ranges that ended before `from`, then the few
   * still running.
   */
  loads(from: DayNumber, to: DayNumber): Map<string, number> {
    const loads = new Map<string, number>();
    for (const [mentorId, list] of this.reservations) {
      // Sorted by last day: when the last range ended before `from`, they all did.
      if (list[list.length - 1]!.to < from) continue;
      const load = busiestFrom(list, firstEndingAtOrAfter(list, from, -Infinity), from, to);
      if (load > 0) loads.set(mentorId, load);
    }
    return loads;
  }
}

/** A fresh, empty ledger. */
export function capacityLedger(): CapacityLedger {
  return new CapacityLedger();
}

/**
 * The largest sum of amounts on one day of [from, to], over `list[first…]`
 * (the ranges that end on or after `from`; those starting after `to` are
 * skipped). The sum only rises where a range starts, so the busiest day is
 * the (clipped) first day of one of them; a mentor overlaps a handful of
 * ranges at most, so each is summed in place.
 */
function busiestFrom(list: readonly Reservation[], first: number, from: DayNumber, to: DayNumber): number {
  let most = 0;
  for (let i = first; i < list.length; i++) {
    const range = list[i]!;
    if (range.from > to) continue;
    const day = Math.max(range.from, from);
    let sum = 0;
    for (let j = first; j < list.length; j++) {
      const r = list[j]!;
      if (r.from <= day && day <= r.to) sum += r.amount;
    }
    most = Math.max(most, sum);
  }
  return most;
}

/** The first index of a list sorted by (to, from) whose entry is not before (to, from). */
function firstEndingAtOrAfter(list: readonly Reservation[], to: DayNumber, from: DayNumber): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const r = list[mid]!;
    if (r.to < to || (r.to === to && r.from < from)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
