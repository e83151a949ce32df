import type { Busy } from './slots.js';

/** Who is busy when: sessions already placed, per person or group key, across every cohort. */
export class BusyBook {
  private readonly book = new Map<string, Busy[]>();

  of(...keys: string[]): Busy[] {
    return keys.flatMap((key) => this.book.get(key) ?? []);
  }

  add(interval: Busy, ...keys: string[]): void {
    for (const key of keys) {
      const list = this.book.get(key);
      if (list) list.push(interval);
      else this.book.set(key, [interval]);
    }
  }

  isFree(key: string, [start, end]: Busy): boolean {
    return !(this.book.get(key) ?? []).some(([s, e]) => s < end && start < e);
  }
}
