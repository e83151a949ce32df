import { describe, expect, it } from 'vitest';
import { cohortCalendar, moduleOrder } from '../../src/calendar/cohort.js';
import type { CurriculumSpec, Module } from '../../src/program/model.js';
import { formatDate } from '../../src/util/dates.js';

const mod = (id: string, hours: number, prerequisites?: string[]): Module => ({ id, name: id, hours, ...(prerequisites ? { prerequisites } : {}) });

describe('moduleOrder', () => {
  it('puts prerequisites first and keeps file order among ready modules', () => {
    const order = moduleOrder([mod('b', 1, ['c']), mod('a', 1), mod('c', 1)]);
    expect(order.map((m) => m.id)).toEqual(['a', 'c', 'b']);
  });

  it('does not fail on a cycle or a repeated id (validate reports those)', () => {
    expect(moduleOrder([mod('x', 1, ['y']), mod('y', 1, ['x']), mod('z', 1)]).map((m) => m.id)).toEqual(['z', 'x', 'y']);
    expect(moduleOrder([mod('x', 1), mod('x', 1)]).map((m) => m.id)).toEqual(['x', 'x']);
  });

  it('orders a 20,000-module chain quickly (no quadratic scan)', () => {
    const chain = Array.from({ length: 20_000 }, (_, i) => mod(`m${i}`, 1, i ? [`m${i - 1}`] : undefined)).reverse();
    expect(moduleOrder(chain)[19_999]!.id).toBe('m19999');
  });
});

describe('cohortCalendar', () => {
  const curriculum: CurriculumSpec = { hoursPerWeek: 4, modules: [mod('intro', 4), mod('data', 6, ['intro']), mod('apps', 3, ['data'])], capstone: { name: 'Capstone', weeks: 2 } } as CurriculumSpec;

  it('packs modules back to back at hoursPerWeek, then the capstone weeks', () => {
    const calendar = cohortCalendar({ start: '2026-03-02' }, curriculum)!;
    // 13 hours at 4 a week: 4 weeks of modules, then 2 capstone weeks.
    expect(calendar.weeks).toBe(6);
    expect(formatDate(calendar.end)).toBe('2026-04-12');
    expect(calendar.modules.map((m) => [m.module.id, m.firstWeek, m.lastWeek])).toEqual([
      ['intro', 0, 0],
      ['data', 1, 2],
      ['apps', 2, 3],
    ]);
    expect(formatDate(calendar.capstone!.start)).toBe('2026-03-30');
  });

  it('starts weeks on the start day, whatever weekday it is', () => {
    const calendar = cohortCalendar({ start: '2026-03-04' }, curriculum)!;
    expect(formatDate(calendar.end)).toBe('2026-04-14');
  });
});
