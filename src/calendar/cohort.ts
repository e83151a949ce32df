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

/**
 * The one reading of FORMAT.md's "Cohort length": modules in prerequisite
 * order (ties by file order), packed back to back at hoursPerWeek; then the
 * capstone weeks. Holidays do not lengthen a cohort.
 */
export function cohortCalendar(cohort: Pick<CohortSpec, 'start'>, curriculum: CurriculumSpec): CohortCalendar | undefined {
  const start = parseDate(cohort.start);
  if (start === undefined || !(curriculum.hoursPerWeek > 0)) return undefined;
  const perWeek = curriculum.hoursPerWeek;
  const modules: ModuleSpan[] = [];
  let hoursBefore = 0;
  for (const module of moduleOrder(curriculum.modules)) {
    const firstWeek = Math.floor(hoursBefore / perWeek);
    hoursBefore += module.hours;
    const lastWeek = Math.max(firstWeek, Math.ceil(hoursBefore / perWeek) - 1);
    modules.push({ module, firstWeek, lastWeek, start: start + firstWeek * 7, end: start + lastWeek * 7 + 6 });
  }
  const moduleWeeks = Math.ceil(hoursBefore / perWeek);
  const capstoneWeeks = curriculum.capstone?.weeks ?? 0;
  const weeks = moduleWeeks + capstoneWeeks;
  const calendar: CohortCalendar = { start, end: start + Math.max(1, weeks) * 7 - 1, weeks, modules };
  if (capstoneWeeks > 0) {
    calendar.capstone = { firstWeek: moduleWeeks, weeks: capstoneWeeks, start: start + moduleWeeks * 7, end: start + weeks * 7 - 1 };
  }
  return calendar;
}

/**
 * Modules in prerequisite order; among those ready, the one written first.
 * Modules caught in a cycle (an error `validate` reports) follow in file order.
 */
export function moduleOrder(modules: readonly Module[]): Module[] {
  const ids = new Set(modules.map((m) => m.id));
  const done = new Set<string>();
  const order: Module[] = [];
  while (order.length < modules.length) {
    const ready = modules.find((m) => !done.has(m.id) && (m.prerequisites ?? []).every((p) => done.has(p) || !ids.has(p)));
    const next = ready ?? modules.find((m) => !done.has(m.id))!;
    done.add(next.id);
    order.push(next);
  }
  return order;
}
