import type { Busy } from './slots.js';

const DAY = 86_400_000;

/**
 * Who is busy when: sessions already placed, per person or group key, across
 * every cohort. Filed by UTC day, so a lookup reads the few sessions near the
 * one being placed rather than a mentor's whole year.
 */
export class BusyBook {
  /** Key → UTC day of the start → intervals. */
  private readonly book = new Map<string, Map<number, Busy[]>>();

  /** Intervals of these keys that could overlap [start, end). */
  near([start, end]: Busy, ...keys: string[]): Busy[] {
    const found: Busy[] = [];
    for (const key of keys) {
      const days = this.book.get(key);
      if (!days) continue;
      for (let day = Math.floor(start / DAY) - 1; day <= Math.floor(end / DAY); day++) {
        const list = days.get(day);
        if (list) for (const interval of list) found.push(interval);
      }
    }
    return found;
  }

  add(interval: Busy, ...keys: string[]): void {
    const day = Math.floor(interval[0] / DAY);
    for (const key of keys) {
      let days = this.book.get(key);
      if (!days) this.book.set(key, (days = new Map()));
      const list = days.get(day);
      if (list) list.push(interval);
      else days.set(day, [interval]);
    }
  }
}
