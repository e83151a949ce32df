import { describe, expect, it } from 'vitest';
import { cohortCalendar } from '../../src/calendar/cohort.js';
import type { CurriculumSpec, ProgramSpec } from '../../src/program/model.js';
import { closedDays, communityDates, milestones, moduleOfWeek, touchpointDates } from '../../src/plan/sessions.js';
import { type DayNumber, formatDate, parseDate } from '../../src/util/dates.js';

const d = (text: string): DayNumber => parseDate(text)!;
const program = (extra: Partial<ProgramSpec> = {}): ProgramSpec => ({ timezone: 'Europe/Berlin', ...extra });
/** A cohort of `weeks` weeks from `start`. */
const cohort = (start: string, weeks: number) => ({ start: d(start), end: d(start) + weeks * 7 - 1 });
const show = (dates: Array<{ date: DayNumber; movedFrom?: DayNumber }>) =>
  dates.map((s) => (s.movedFrom === undefined ? formatDate(s.date) : `${formatDate(s.date)}<${formatDate(s.movedFrom)}`));

describe('closedDays', () => {
  it('closes holidays in all three forms and weekends by default', () => {
    const closed = closedDays(program({ holidays: ['2026-04-03', { date: '2026-05-01', name: 'Labour Day' }, { from: '2026-12-24', to: '2027-01-01' }] }));
    expect(closed(d('2026-04-03'))).toBe(true);
    expect(closed(d('2026-05-01'))).toBe(true);
    expect(closed(d('2026-12-23'))).toBe(false);
    expect(closed(d('2026-12-24'))).toBe(true);
    expect(closed(d('2026-12-30'))).toBe(true);
    expect(closed(d('2027-01-01'))).toBe(true);
    expect(closed(d('2027-01-04'))).toBe(false);
    expect(closed(d('2026-03-07'))).toBe(true); // Saturday
    expect(closed(d('2026-03-08'))).toBe(true); // Sunday
    expect(closed(d('2026-03-06'))).toBe(false); // Friday
  });

  it('follows the program working days', () => {
    const closed = closedDays(program({ workingHours: { start: '09:00', end: '17:00', days: ['sun', 'mon', 'tue', 'wed', 'thu'] } }));
    expect(closed(d('2026-03-06'))).toBe(true); // Friday
    expect(closed(d('2026-03-08'))).toBe(false); // Sunday
  });

  it('ignores malformed dates and reversed spans', () => {
    const closed = closedDays(program({ holidays: ['2026-02-30', { from: '2026-03-10', to: '2026-03-09' }] }));
    expect(closed(d('2026-03-09'))).toBe(false);
    expect(closed(d('2026-03-10'))).toBe(false);
  });
});

describe('touchpointDates', () => {
  const open = closedDays(program());

  it('weekly: every weekday from the first on or after the start', () => {
    expect(show(touchpointDates({ cadence: 'weekly', weekday: 'tue' }, cohort('2026-03-02', 4), open))).toEqual([
      '2026-03-03',
      '2026-03-10',
      '2026-03-17',
      '2026-03-24',
    ]);
  });

  it('weekly without a weekday: the weekday of the cohort start', () => {
    expect(show(touchpointDates({ cadence: 'weekly' }, cohort('2026-03-04', 2), open))).toEqual(['2026-03-04', '2026-03-11']);
  });

  it('biweekly: the 1st, 3rd, 5th … of the weekly dates, keeping parity across a moved session', () => {
    expect(show(touchpointDates({ cadence: 'biweekly', weekday: 'thu' }, cohort('2026-03-02', 6), open))).toEqual(['2026-03-05', '2026-03-19', '2026-04-02']);
    const closed = closedDays(program({ holidays: ['2026-03-05'] }));
    expect(show(touchpointDates({ cadence: 'biweekly', weekday: 'thu' }, cohort('2026-03-02', 6), closed))).toEqual([
      '2026-03-04<2026-03-05',
      '2026-03-19',
      '2026-04-02',
    ]);
  });

  it('monthly: the last weekday of each month, default Friday', () => {
    const spring = cohort('2026-03-02', 13); // to 2026-05-31
    expect(show(touchpointDates({ cadence: 'monthly' }, spring, open))).toEqual(['2026-03-27', '2026-04-24', '2026-05-29']);
    expect(show(touchpointDates({ cadence: 'monthly', weekday: 'thu' }, spring, open))).toEqual(['2026-03-26', '2026-04-30', '2026-05-28']);
  });

  it('drops dates outside the cohort', () => {
    // Starts after March's last Friday, ends before April's.
    expect(show(touchpointDates({ cadence: 'monthly' }, cohort('2026-03-30', 2), open))).toEqual([]);
    // The last Thursday of May falls in the cohort's last week; the last Friday of May does not (cohort ends Thursday).
    const short = { start: d('2026-05-01'), end: d('2026-05-28') };
    expect(show(touchpointDates({ cadence: 'monthly', weekday: 'thu' }, short, open))).toEqual(['2026-05-28']);
    expect(show(touchpointDates({ cadence: 'monthly' }, short, open))).toEqual([]);
    expect(show(touchpointDates({ cadence: 'weekly', weekday: 'mon' }, { start: d('2026-03-03'), end: d('2026-03-15') }, open))).toEqual(['2026-03-09']);
  });

  it('moves a holiday session to the nearest earlier open day of the same week', () => {
    const closed = closedDays(program({ holidays: ['2026-04-03', '2026-04-02'] }));
    expect(show(touchpointDates({ cadence: 'weekly', weekday: 'fri' }, cohort('2026-03-23', 3), closed))).toEqual([
      '2026-03-27',
      '2026-04-01<2026-04-03',
      '2026-04-10',
    ]);
    const mayDay = closedDays(program({ holidays: ['2026-05-29'] }));
    expect(show(touchpointDates({ cadence: 'monthly' }, cohort('2026-05-04', 4), mayDay))).toEqual(['2026-05-28<2026-05-29']);
  });

  it('moves a session on a non-working weekday to the last working day before it', () => {
    expect(show(touchpointDates({ cadence: 'weekly', weekday: 'sat' }, cohort('2026-03-02', 2), open))).toEqual([
      '2026-03-06<2026-03-07',
      '2026-03-13<2026-03-14',
    ]);
  });

  it('counts weeks from a mid-week start', () => {
    // Weeks run Wednesday to Tuesday: Monday 2026-03-09 is in week 1 (03-04 … 03-10),
    // so it moves back over the weekend to Friday 03-06, not dropped as in a Monday week.
    const closed = closedDays(program({ holidays: ['2026-03-09'] }));
    expect(show(touchpointDates({ cadence: 'weekly', weekday: 'mon' }, cohort('2026-03-04', 2), closed))).toEqual(['2026-03-06<2026-03-09', '2026-03-16']);
  });

  it('drops a session with no earlier open day in its week, never moving before the start', () => {
    // Wednesday 03-11 opens week 2 of a Wednesday cohort: nothing earlier in that week.
    const closed = closedDays(program({ holidays: ['2026-03-04', '2026-03-11'] }));
    expect(show(touchpointDates({ cadence: 'weekly', weekday: 'wed' }, cohort('2026-03-04', 3), closed))).toEqual(['2026-03-18']);
    // Monday after a weekend: the week starts on Monday, so nothing earlier.
    const monday = closedDays(program({ holidays: ['2026-03-09'] }));
    expect(show(touchpointDates({ cadence: 'weekly', weekday: 'mon' }, cohort('2026-03-02', 2), monday))).toEqual(['2026-03-02']);
  });

  it('drops sessions in a year-end break, moving those with open days before it', () => {
    const closed = closedDays(program({ holidays: [{ from: '2026-12-24', to: '2027-01-01', name: 'Year-end break' }] }));
    const winter = cohort('2026-12-07', 5); // Mondays 12-07 … 01-04
    expect(show(touchpointDates({ cadence: 'weekly', weekday: 'tue' }, winter, closed))).toEqual(['2026-12-08', '2026-12-15', '2026-12-22', '2027-01-05']);
    expect(show(touchpointDates({ cadence: 'weekly', weekday: 'thu' }, winter, closed))).toEqual([
      '2026-12-10',
      '2026-12-17',
      '2026-12-23<2026-12-24',
      '2027-01-07',
    ]);
    expect(show(touchpointDates({ cadence: 'monthly' }, winter, closed))).toEqual(['2026-12-23<2026-12-25']);
  });
});

describe('communityDates', () => {
  const range = { start: d('2026-03-02'), end: d('2026-05-31') };
  it('recurs over the range like touchpoints', () => {
    const closed = closedDays(program({ holidays: ['2026-04-30'] }));
    expect(show(communityDates({ cadence: 'monthly', weekday: 'thu' }, range, closed))).toEqual(['2026-03-26', '2026-04-29<2026-04-30', '2026-05-28']);
    expect(show(communityDates({ cadence: 'biweekly', weekday: 'wed' }, { start: d('2026-03-05'), end: d('2026-04-05') }, closed))).toEqual([
      '2026-03-11',
      '2026-03-25',
    ]);
  });
});

const mod = (id: string, hours: number, prerequisites: string[] = []) => ({ id, name: id, hours, prerequisites });

describe('moduleOfWeek', () => {
  const curriculum: CurriculumSpec = {
    hoursPerWeek: 4,
    modules: [mod('a', 3), mod('b', 3, ['a']), mod('c', 2, ['b'])],
    capstone: { name: 'Capstone', weeks: 1 },
  };
  const calendar = cohortCalendar({ start: '2026-03-04' }, curriculum)!;

  it('names the module of each week; the later-starting one where two share a week', () => {
    // a: hours 0–3 (week 0), b: 3–6 (weeks 0–1), c: 6–8 (week 1), capstone: week 2.
    expect(moduleOfWeek(calendar, d('2026-03-04'))).toBe('a'); // a and b both start in week 0: the first
    expect(moduleOfWeek(calendar, d('2026-03-10'))).toBe('a');
    expect(moduleOfWeek(calendar, d('2026-03-11'))).toBe('c'); // b ends, c starts: the new one
    expect(moduleOfWeek(calendar, d('2026-03-18'))).toBe(''); // capstone
    expect(moduleOfWeek(calendar, d('2026-03-03'))).toBe(''); // before
    expect(moduleOfWeek(calendar, d('2026-03-25'))).toBe(''); // after
  });
});

describe('milestones', () => {
  const curriculum: CurriculumSpec = {
    hoursPerWeek: 4,
    modules: [mod('intro', 4), mod('data-basics', 6, ['intro'])],
    capstone: { name: 'Business process capstone', weeks: 3 },
    credentials: [
      { id: 'foundations-badge', name: 'Low-code Foundations', requires: { modules: ['intro', 'data-basics'], attendance: 0.75, capstone: true } },
      { id: 'starter', name: 'Starter', requires: { modules: ['intro'] } },
      { id: 'data', name: 'Data basics', requires: { modules: ['data-basics', 'unknown'] } },
      { id: 'regular', name: 'Regular', requires: { attendance: 0.9 } },
    ],
  };

  it('dates each credential and the capstone', () => {
    const calendar = cohortCalendar({ start: '2026-03-02' }, curriculum)!;
    // intro: week 0 (to 03-08); data-basics: weeks 1–2 (to 03-22); capstone weeks 3–5 (03-23 … 04-12).
    expect(milestones(calendar, curriculum)).toEqual([
      { date: '2026-03-08', title: 'Starter reachable' },
      { date: '2026-03-22', title: 'Data basics reachable' },
      { date: '2026-03-23', title: 'Business process capstone starts' },
      { date: '2026-04-12', title: 'Business process capstone ends' },
      { date: '2026-04-12', title: 'Low-code Foundations reachable' },
      { date: '2026-04-12', title: 'Regular reachable' },
    ]);
  });

  it('uses the week in which a module ends, from a mid-week start', () => {
    const short: CurriculumSpec = { hoursPerWeek: 4, modules: [mod('intro', 5)], credentials: [{ id: 's', name: 'Starter', requires: { modules: ['intro'] } }] };
    const calendar = cohortCalendar({ start: '2026-03-04' }, short)!;
    expect(milestones(calendar, short)).toEqual([{ date: '2026-03-17', title: 'Starter reachable' }]);
  });
});
