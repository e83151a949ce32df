import type { CohortSpec, CurriculumSpec, Module } from '../program/model.js';
import { type DayNumber, parseDate } from '../util/dates.js';

/** Where a module falls in a cohort: 0-based weeks and the dates they span. */
export interface ModuleSpan {
  module: Module;
  firstWeek: number;
  lastWeek: number;
  start: DayNumber;
  end: DayNumber;
}

export interface CohortCalendar {
  start: DayNumber;
  /** The last day of the last week (inclusive). */
  end: DayNumber;
  weeks: number;
  modules: ModuleSpan[];
  capstone?: { firstWeek: number; weeks: number; start: DayNumber; end: DayNumber };
}

/** The longest curriculum a cohort may follow: five years. Cohorts run weeks or months; past this a typo is far likelier than a plan. */
export const MAX_WEEKS = 260;

/**
 * The one reading of FORMAT.md's "Cohort length": modules in prerequisite
 * order (ties by file order), packed back to back at hoursPerWeek; then the
 * capstone weeks. Holidays do not lengthen a cohort. Undefined without a
 * valid start or pace, or past MAX_WEEKS.
 */
export function cohortCalendar(cohort: Pick<CohortSpec, 'start'>, curriculum: CurriculumSpec): CohortCalendar | undefined {
  const start = parseDate(cohort.start);
  if (start === undefined || !(curriculum.hoursPerWeek > 0)) return undefined;
  const { modules: moduleWeeks, capstone: capstoneWeeks, total: weeks } = curriculumWeeks(curriculum);
  // No calendar past the longest (time/length reports it): dates that far out stop being dates.
  if (!(weeks <= MAX_WEEKS)) return undefined;
  const perWeek = curriculum.hoursPerWeek;
  const modules: ModuleSpan[] = [];
  let hoursBefore = 0;
  for (const module of moduleOrder(curriculum.modules)) {
    const firstWeek = Math.floor(hoursBefore / perWeek);
    hoursBefore += module.hours;
    const lastWeek = Math.max(firstWeek, Math.ceil(hoursBefore / perWeek) - 1);
    modules.push({ module, firstWeek, lastWeek, start: start + firstWeek * 7, end: start + lastWeek * 7 + 6 });
  }
  const calendar: CohortCalendar = { start, end: start + Math.max(1, weeks) * 7 - 1, weeks, modules };
  if (capstoneWeeks > 0) {
    calendar.capstone = { firstWeek: moduleWeeks, weeks: capstoneWeeks, start: start + moduleWeeks * 7, end: start + weeks * 7 - 1 };
  }
  return calendar;
}

/** A curriculum's length in weeks, as the calendar lays it out, without building it: a typo can make it astronomically long. */
export function curriculumWeeks(curriculum: Pick<CurriculumSpec, 'modules' | 'hoursPerWeek' | 'capstone'>): { modules: number; capstone: number; total: number } {
  const hours = curriculum.modules.reduce((sum, m) => sum + m.hours, 0);
  const modules = Math.ceil(hours / curriculum.hoursPerWeek);
  const capstone = curriculum.capstone?.weeks ?? 0;
  return { modules, capstone, total: modules + capstone };
}

/**
 * Modules in prerequisite order; among those ready, the one written first
 * (Kahn's algorithm over file positions). Modules caught in a cycle or
 * repeated ids (errors `validate` reports) follow in file order.
 */
export function moduleOrder(modules: readonly Module[]): Module[] {
  const firstIndex = new Map<string, number>();
  modules.forEach((m, i) => firstIndex.has(m.id) || firstIndex.set(m.id, i));
  const waitingOn = modules.map(() => 0);
  const unlocks = modules.map((): number[] => []);
  modules.forEach((m, i) => {
    for (const p of new Set(m.prerequisites ?? [])) {
      const before = firstIndex.get(p);
      if (before === undefined || before === i) continue;
      waitingOn[i]!++;
      unlocks[before]!.push(i);
    }
  });
  const ready = new MinHeap(modules.map((_, i) => i).filter((i) => waitingOn[i] === 0));
  const order: number[] = [];
  for (let next = ready.pop(); next !== undefined; next = ready.pop()) {
    order.push(next);
    for (const i of unlocks[next]!) if (--waitingOn[i]! === 0) ready.push(i);
  }
  const placed = new Set(order);
  return [...order, ...modules.map((_, i) => i).filter((i) => !placed.has(i))].map((i) => modules[i]!);
}

/** A binary min-heap of numbers: the ready module written first comes out first. */
class MinHeap {
  private readonly items: number[] = [];
  constructor(initial: number[]) {
    for (const item of initial) this.push(item);
  }
  push(item: number): void {
    const a = this.items;
    a.push(item);
    for (let i = a.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (a[parent]! <= a[i]!) break;
      [a[parent], a[i]] = [a[i]!, a[parent]!];
      i = parent;
    }
  }
  pop(): number | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last !== undefined) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l]! < a[m]!) m = l;
        if (r < a.length && a[r]! < a[m]!) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i]!, a[m]!];
        i = m;
      }
    }
    return top;
  }
}
