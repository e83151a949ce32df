import type { Busy } from './slots.js';

const DAY = 86_400_000;

/**
 * Who is busy when: sessions already placed, per person or group key, across
 * every cohort. Filed by UTC day, so a lookup reads the few sessions near the
 * one being placed rather than a mentor's whole year.
 */
export class BusyBook {
  private readonly book = new Map<string, Busy[]>();

  /** Intervals of these keys that could overlap [start, end). */
  near([start, end]: Busy, ...keys: string[]): Busy[] {
    const found: Busy[] = [];
    for (const key of keys) {
      for (let day = Math.floor(start / DAY) - 1; day <= Math.floor(end / DAY); day++) {
        const list = this.book.get(`${key}|${day}`);
        if (list) found.push(...list);
      }
    }
    return found;
  }

  add(interval: Busy, ...keys: string[]): void {
    const day = Math.floor(interval[0] / DAY);
    for (const key of keys) {
      const slot = `${key}|${day}`;
      const list = this.book.get(slot);
      if (list) list.push(interval);
      else this.book.set(slot, [interval]);
    }
  }

  isFree(key: string, interval: Busy): boolean {
    const [start, end] = interval;
    return !this.near(interval, key).some(([s, e]) => s < end && start < e);
  }
}
