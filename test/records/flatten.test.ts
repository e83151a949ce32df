import { describe, expect, it } from 'vitest';
import { readAttendanceBatches } from '../../src/records/index.js';
import { flatten } from '../../src/records/flatten.js';
import { CTX, csvFile } from './helpers.js';

async function* batches(log: string[]): AsyncGenerator<number[], void, undefined> {
  try {
    yield [1, 2];
    yield [];
    yield [3];
    log.push('end');
  } finally {
    log.push('closed');
  }
}

describe('flatten (batches → one record at a time)', () => {
  it('gives every item in order, then done', async () => {
    const log: string[] = [];
    const items: number[] = [];
    for await (const x of flatten(batches(log))) items.push(x);
    expect(items).toEqual([1, 2, 3]);
    expect(log).toEqual(['end', 'closed']);
  });

  it('serves next() calls made before earlier ones settle, in order', async () => {
    const it = flatten(batches([]));
    const results = await Promise.all([it.next(), it.next(), it.next(), it.next(), it.next()]);
    expect(results).toEqual([
      { value: 1, done: false },
      { value: 2, done: false },
      { value: 3, done: false },
      { value: undefined, done: true },
      { value: undefined, done: true },
    ]);
  });

  it('closes the source when the consumer stops early', async () => {
    const log: string[] = [];
    for await (const x of flatten(batches(log))) if (x === 1) break;
    expect(log).toEqual(['closed']);
  });

  it('lets a reader stop early, and still sums up its findings', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `${i % 2 ? 'ghost' : 'anna-schmidt'},2026-03-03,check-in,present`);
    const file = csvFile(['participant,date,type,status', ...rows, ''].join('\n'));
    const findings: import('../../src/records/index.js').RecordFinding[] = [];
    let n = 0;
    for await (const _ of flatten(readAttendanceBatches(file, CTX, findings))) if (++n === 10) break;
    expect(n).toBe(10);
    expect(findings.length).toBeGreaterThan(0);
    // One at a time or in batches: the same records.
    const all: unknown[] = [];
    for await (const batch of readAttendanceBatches(file, CTX, [])) all.push(...batch);
    const one: unknown[] = [];
    for await (const record of flatten(readAttendanceBatches(file, CTX, []))) one.push(record);
    expect(one).toEqual(all);
    expect(all).toHaveLength(2500);
  });
});
