import { describe, expect, it } from 'vitest';
import type { AttendanceRecord } from '../../src/records/types.js';
import { buildReport } from '../../src/report/engine.js';
import { parseDate } from '../../src/util/dates.js';
import { small } from './program.js';

const ROWS = 400_000;
const BATCH = 1000;
const DAYS = ['2026-03-03', '2026-03-10', '2026-03-17', '2026-03-24'].map((d) => parseDate(d)!);

/** Rows made on demand, a batch at a time, and dropped after use: a stream, never an array of all of them. */
async function* manyRows(): AsyncGenerator<AttendanceRecord[]> {
  for (let start = 0; start < ROWS; start += BATCH) {
    const batch: AttendanceRecord[] = [];
    for (let i = start; i < Math.min(ROWS, start + BATCH); i++) {
      batch.push({
        participant: i % 2 === 0 ? 'ana' : 'ben',
        date: DAYS[(i >> 1) % DAYS.length]!,
        type: 'check-in',
        status: i % 3 === 0 ? 'absent' : 'present',
        cohort: 'spring-2026',
        group: '',
        source: { file: 'records/attendance.csv', line: i + 2 },
      });
    }
    yield batch;
  }
}

async function* none<T>(): AsyncGenerator<T> {}

describe('streaming', () => {
  it('reads a long attendance stream batch by batch, with memory sized by the plan, not the rows', async () => {
    const { model, plan } = small();
    const before = process.memoryUsage().heapUsed;
    let read = 0;
    const counting = async function* () {
      for await (const batch of manyRows()) {
        read += batch.length;
        yield batch;
      }
    };
    const report = await buildReport({
      model,
      plan,
      today: parseDate('2026-03-25')!,
      records: { attendance: counting(), assessments: none(), projects: none(), feedback: none() },
      warn: () => {},
    });
    const grown = process.memoryUsage().heapUsed - before;
    expect(read).toBe(ROWS);
    // duplicates collapse: present wins, so both attended all four check-ins
    expect(report.participants.find((p) => p.participant === 'ana')!.attendance).toEqual({ present: 4, expected: 4, excused: 0, rate: 1 });
    // Holding the rows would take well over 50 MB; what remains is garbage not yet collected at most.
    expect(grown).toBeLessThan(50 * 1024 * 1024);
  });
});
