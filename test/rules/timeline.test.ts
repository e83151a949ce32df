import { describe, expect, it } from 'vitest';
import type { Doc } from '../../src/program/model.js';
import { type CohortSpan, shortfalls } from '../../src/validate/rules/timeline.js';
import { diagnose, edit } from '../helpers/program.js';
import { cohortFile } from './consistency.fixture.js';

const span = (id: string, start: number, end: number): CohortSpan => ({ doc: { value: { metadata: { id } } } as Doc<'Cohort'>, start, end });

/** The day-by-day reading the sweep must agree with: [day, demand] for each short day. */
function shortDays(spans: CohortSpan[], demand: (s: CohortSpan) => number, capacity: number): Array<[number, number]> {
  const days: Array<[number, number]> = [];
  const first = Math.min(...spans.map((s) => s.start));
  const last = Math.max(...spans.map((s) => s.end));
  for (let day = first; day <= last; day++) {
    const total = spans.filter((s) => s.start <= day && day <= s.end).reduce((sum, s) => sum + demand(s), 0);
    if (total > capacity) days.push([day, total]);
  }
  return days;
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  return () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

describe('shortfalls (the capacity sweep)', () => {
  it('agrees with a day-by-day count on random cohorts', () => {
    const next = random(42);
    for (let round = 0; round < 50; round++) {
      const spans = Array.from({ length: 12 }, (_, i) => {
        const start = Math.floor(next() * 200);
        return span(`c${i}`, start, start + Math.floor(next() * 60));
      });
      const demand = (s: CohortSpan) => Number(s.doc.value.metadata.id.slice(1)) % 4;
      const capacity = Math.floor(next() * 8);
      const runs = shortfalls(spans, demand, capacity);
      const fromRuns = runs.flatMap((r) => Array.from({ length: r.to - r.from + 1 }, (_, k): [number, number] => [r.from + k, r.demand]));
      expect(fromRuns.sort((a, b) => a[0] - b[0])).toEqual(shortDays(spans, demand, capacity));
      for (const r of runs) expect(r.short).toBe(r.demand - capacity);
    }
  });

  it('places a run on the latest-starting cohort that adds to it', () => {
    const runs = shortfalls([span('a', 0, 20), span('b', 5, 30), span('late-but-idle', 10, 30)], (s) => (s.doc.value.metadata.id === 'late-but-idle' ? 0 : 1), 1);
    expect(runs.map((r) => [r.from, r.to, r.latest.doc.value.metadata.id])).toEqual([[5, 20, 'b']]);
  });

  it('handles 100 cohorts over ten years in one pass', () => {
    const spans = Array.from({ length: 100 }, (_, i) => span(`c${i}`, i * 36, i * 36 + 3 * 365));
    const started = performance.now();
    const runs = shortfalls(spans, () => 2, 10);
    expect(performance.now() - started).toBeLessThan(50);
    expect(runs.length).toBeGreaterThan(0);
  });
});

describe('capacity rules on a large program', () => {
  it('checks 100 cohorts quickly and reports each shortfall once', () => {
    const files: Record<string, string> = { ...edit('mentors.yaml', 'capacity: 6', 'capacity: 400') };
    for (let i = 0; i < 100; i++) {
      const start = new Date(Date.UTC(2026, 0, 5 + i * 14)).toISOString().slice(0, 10);
      files[`cohorts/c${String(i).padStart(3, '0')}.yaml`] = cohortFile(`c${i}`, start, 3);
    }
    const started = performance.now();
    const lead = diagnose(files).filter((d) => d.rule === 'capacity/lead-mentors');
    expect(performance.now() - started).toBeLessThan(5_000);
    // Each 5-week cohort overlaps the next two, so 3 groups (+2 from spring) run against 2 leads for most weeks.
    expect(lead.length).toBeGreaterThan(0);
    expect(new Set(lead.map((d) => d.message)).size).toBe(lead.length);
    for (const d of lead) expect(d.message).toMatch(/^lead mentors cover 2 groups but [3-5] run (on|from) \d{4}-\d{2}-\d{2}/);
  });
});
