import { describe, expect, it } from 'vitest';
import { capacityLedger } from '../../src/plan/ledger.js';
import { prng } from './people.js';

describe('CapacityLedger.loads', () => {
  it('gives every mentor who carries something in a range their busiest day there, counted day by day', () => {
    const random = prng(11);
    for (let trial = 0; trial < 200; trial++) {
      const ledger = capacityLedger();
      const mentors = ['ana', 'ben', 'cai', 'dev'];
      const perDay = new Map(mentors.map((m) => [m, new Array<number>(200).fill(0)]));
      for (let r = 0; r < 1 + random.int(20); r++) {
        const mentor = mentors[random.int(mentors.length)]!;
        const from = random.int(80);
        const to = from + random.int(30);
        const amount = 1 + random.int(3);
        ledger.reserve(mentor, from, to, amount);
        for (let day = from; day <= to; day++) perDay.get(mentor)![day]! += amount;
      }
      const from = random.int(90);
      const to = from + random.int(20);
      const busiest = (m: string) => Math.max(...perDay.get(m)!.slice(from, to + 1));
      const expected = new Map(mentors.map((m) => [m, busiest(m)] as const).filter(([, load]) => load > 0));
      expect(ledger.loads(from, to), `trial ${trial}`).toEqual(expected);
    }
  });

  it('leaves out mentors whose reservations all end before or start after the range', () => {
    const ledger = capacityLedger();
    ledger.reserve('early', 0, 9, 1);
    ledger.reserve('late', 30, 40, 1);
    ledger.reserve('now', 5, 25, 2);
    expect(ledger.loads(10, 20)).toEqual(new Map([['now', 2]]));
  });
});

describe('CapacityLedger.release', () => {
  it('takes back part or all of a reservation of exactly that range, and nothing else', () => {
    const ledger = capacityLedger();
    ledger.reserve('ana', 10, 20, 3);
    ledger.reserve('ana', 15, 30, 1);
    ledger.release('ana', 10, 20, 2);
    expect(ledger.loads(10, 30)).toEqual(new Map([['ana', 2]]));
    // A range never reserved (even one that overlaps) changes nothing.
    ledger.release('ana', 10, 21, 5);
    ledger.release('ben', 10, 20, 1);
    expect(ledger.loads(10, 30)).toEqual(new Map([['ana', 2]]));
    ledger.release('ana', 10, 20, 1);
    ledger.release('ana', 15, 30, 1);
    expect(ledger.loads(0, 100)).toEqual(new Map());
  });
});
