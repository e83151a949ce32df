import { describe, expect, it } from 'vitest';
import { fitsWorkingHours, localTime, zonedInstant } from '../../src/plan/hours.js';
import { coveringStart, findStart, preferredStart } from '../../src/plan/slots.js';
import type { PlanPerson } from '../../src/plan/types.js';
import { type DayNumber, formatDate, parseClock, parseDate } from '../../src/util/dates.js';

const d = (text: string): DayNumber => parseDate(text)!;
const t = (clock: string): number => parseClock(clock)!;
const clock = (minutes: number | undefined) =>
  minutes === undefined ? undefined : `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

let serial = 0;
const person = (timezone: string, start = '09:00', end = '17:00', workDays = [0, 1, 2, 3, 4]): PlanPerson => ({
  id: `p${++serial}`,
  name: timezone,
  email: `p${serial}@example.com`,
  department: '',
  timezone,
  workStart: t(start),
  workEnd: t(end),
  workDays,
});

const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';

/** Tuesdays from `first` to `last`. */
function tuesdays(first: string, last: string): DayNumber[] {
  const days: DayNumber[] = [];
  for (let day = d(first); day <= d(last); day += 7) days.push(day);
  return days;
}

describe('findStart across daylight-saving changes', () => {
  const group = [person(BERLIN), person(BERLIN), person(NEW_YORK)];
  const lead = person(BERLIN);
  const people = [...group, lead];
  const at = (date: string, duration = 60, preferred = t('09:00'), zone = BERLIN) => clock(findStart({ day: d(date), zone, duration, people, busy: [], preferred }));

  it('Berlin and New York share 15:00–17:00 Berlin, 14:00–17:00 while only the US is on summer time', () => {
    // US changes 2026-03-08 and 2026-11-01, EU 2026-03-29 and 2026-10-25.
    expect(at('2026-03-03')).toBe('15:00');
    expect(at('2026-03-10')).toBe('14:00');
    expect(at('2026-03-24')).toBe('14:00');
    expect(at('2026-03-31')).toBe('15:00');
    expect(at('2026-10-20')).toBe('15:00');
    expect(at('2026-10-27')).toBe('14:00');
    expect(at('2026-11-03')).toBe('15:00');
  });

  it('fits long meetings only where the window allows, and nothing when it is too short', () => {
    expect(at('2026-03-03', 120)).toBe('15:00');
    expect(at('2026-03-03', 150)).toBeUndefined();
    expect(at('2026-03-17', 150, t('15:00'))).toBe('14:30');
    expect(at('2026-03-17', 180, t('16:00'))).toBe('14:00');
  });

  it('reads starts in the meeting zone', () => {
    // The same shared hour in New York's clock: 09:00–11:00, 09:00–12:00 in the gap weeks.
    expect(at('2026-03-03', 60, t('16:00'), NEW_YORK)).toBe('10:00');
    expect(at('2026-03-17', 60, t('16:00'), NEW_YORK)).toBe('11:00');
  });

  it('keeps a preferred time that fits', () => {
    expect(at('2026-03-17', 60, t('14:30'))).toBe('14:30');
    expect(at('2026-03-03', 60, t('14:30'))).toBe('15:00');
  });
});

describe('preferredStart', () => {
  it('picks the time that fits on most session days, nearest midday', () => {
    const people = [person(BERLIN), person(NEW_YORK)];
    const spring = tuesdays('2026-03-03', '2026-04-28');
    expect(clock(preferredStart({ days: spring, zone: BERLIN, duration: 60, people }))).toBe('15:00');
    // Only the weeks when the US is already on summer time: 14:00 is the one nearest midday.
    expect(clock(preferredStart({ days: tuesdays('2026-03-10', '2026-03-24'), zone: BERLIN, duration: 60, people }))).toBe('14:00');
    expect(preferredStart({ days: spring, zone: BERLIN, duration: 60, people: [person(BERLIN), person('Asia/Tokyo', '09:00', '11:00')] })).toBeUndefined();
  });

  it('keeps a stable time and shifts only in the weeks daylight saving moves zones apart', () => {
    // New York lead working 07:00–11:00: 13:00–17:00 Berlin, 12:00–16:00 in the gap weeks.
    const people = [person(BERLIN), person(NEW_YORK, '07:00', '11:00')];
    const days = tuesdays('2026-03-03', '2026-04-28');
    const preferred = preferredStart({ days, zone: BERLIN, duration: 240, people });
    expect(clock(preferred)).toBe('13:00');
    const times = days.map((day) => `${formatDate(day)} ${clock(findStart({ day, zone: BERLIN, duration: 240, people, busy: [], preferred: preferred! }))}`);
    expect(times).toEqual([
      '2026-03-03 13:00',
      '2026-03-10 12:00',
      '2026-03-17 12:00',
      '2026-03-24 12:00',
      '2026-03-31 13:00',
      '2026-04-07 13:00',
      '2026-04-14 13:00',
      '2026-04-21 13:00',
      '2026-04-28 13:00',
    ]);
  });

  it('prefers times nearest the middle of the day, then earlier', () => {
    const people = [person(BERLIN)];
    expect(clock(preferredStart({ days: [d('2026-03-03')], zone: BERLIN, duration: 60, people }))).toBe('12:30');
    expect(clock(preferredStart({ days: [d('2026-03-03')], zone: BERLIN, duration: 45, people }))).toBe('12:30');
  });
});

describe('Kolkata (no daylight saving) with London', () => {
  const people = [person('Asia/Kolkata'), person('Europe/London')];
  it('widens the shared window when London moves to summer time', () => {
    // Kolkata 09:00–17:00 is 03:30–11:30 UTC; London is UTC until 2026-03-29, then UTC+1.
    const at = (date: string, zone: string, preferred: string) => clock(findStart({ day: d(date), zone, duration: 60, people, busy: [], preferred: t(preferred) }));
    expect(at('2026-03-24', 'Europe/London', '12:00')).toBe('10:30');
    expect(at('2026-03-31', 'Europe/London', '12:00')).toBe('11:30');
    expect(at('2026-03-24', 'Asia/Kolkata', '09:00')).toBe('14:30');
    expect(at('2026-03-31', 'Asia/Kolkata', '09:00')).toBe('13:30');
  });
});

describe('findStart constraints', () => {
  const people = [person(BERLIN), person(BERLIN)];
  const day = d('2026-03-03');
  const busy = (from: string, to: string) => [zonedInstant(day, t(from), BERLIN), zonedInstant(day, t(to), BERLIN)] as const;
  const at = (preferred: string, intervals: ReadonlyArray<readonly [number, number]>, duration = 60) =>
    clock(findStart({ day, zone: BERLIN, duration, people, busy: intervals, preferred: t(preferred) }));

  it('avoids busy intervals, ties going to the earlier start', () => {
    expect(at('09:00', [busy('09:00', '10:00')])).toBe('10:00');
    expect(at('09:00', [busy('09:00', '09:30')])).toBe('09:30');
    expect(at('10:00', [busy('10:00', '11:00')])).toBe('09:00');
    expect(at('10:00', [busy('09:00', '10:00')])).toBe('10:00'); // touching is not overlapping
    expect(at('09:00', [busy('09:00', '16:30')])).toBeUndefined();
    expect(at('09:00', [busy('08:00', '12:00'), busy('13:00', '17:00')])).toBe('12:00');
  });

  it('returns undefined when nothing fits', () => {
    const apart = [person('Asia/Tokyo'), person(NEW_YORK)];
    expect(findStart({ day, zone: BERLIN, duration: 30, people: apart, busy: [], preferred: t('12:00') })).toBeUndefined();
    // Saturday: nobody works.
    expect(findStart({ day: d('2026-03-07'), zone: BERLIN, duration: 30, people, busy: [], preferred: t('12:00') })).toBeUndefined();
    // An unknown zone (an error `validate` reports) fits nobody rather than throwing.
    expect(findStart({ day, zone: BERLIN, duration: 30, people: [person('Mars/Olympus')], busy: [], preferred: t('12:00') })).toBeUndefined();
    expect(findStart({ day, zone: 'Mars/Olympus', duration: 30, people, busy: [], preferred: t('12:00') })).toBeUndefined();
  });

  it('honours earliest and latest starts', () => {
    expect(clock(findStart({ day, zone: BERLIN, duration: 60, people, busy: [], preferred: t('09:00'), earliest: t('11:10') }))).toBe('11:15');
    expect(clock(findStart({ day, zone: BERLIN, duration: 60, people, busy: [], preferred: t('16:00'), latest: t('12:00') }))).toBe('12:00');
    expect(findStart({ day, zone: BERLIN, duration: 60, people, busy: [], preferred: t('09:00'), earliest: t('16:30') })).toBeUndefined();
  });
});

describe('a meeting that runs past midnight', () => {
  // 15:30–16:30 in Tokyo is 23:30–00:30 in Los Angeles until the US leaves summer time on 11-01, then 22:30–23:30.
  const tokyo = [person('Asia/Tokyo', '15:30', '16:30'), person('Asia/Tokyo', '15:30', '16:30')];
  const at = (date: string) => clock(findStart({ day: d(date), zone: 'America/Los_Angeles', duration: 60, people: tokyo, busy: [], preferred: t('12:00') }));

  it('starts late on the date when that is the only time that fits', () => {
    expect(at('2026-10-27')).toBe('23:30');
    expect(at('2026-11-03')).toBe('22:30');
    expect(clock(preferredStart({ days: [d('2026-10-20'), d('2026-10-27')], zone: 'America/Los_Angeles', duration: 60, people: tokyo }))).toBe('23:30');
  });

  it('avoids a busy session just after midnight', () => {
    const next = zonedInstant(d('2026-10-28'), 0, 'America/Los_Angeles');
    const busy: Array<[number, number]> = [[next, next + 30 * 60_000]];
    expect(findStart({ day: d('2026-10-27'), zone: 'America/Los_Angeles', duration: 60, people: tokyo, busy, preferred: t('23:30') })).toBeUndefined();
  });
});

describe('coveringStart', () => {
  const day = d('2026-03-03');
  it('fits the most people, ties earlier', () => {
    const people = [person(BERLIN), person(BERLIN), person(BERLIN), person(NEW_YORK), person(NEW_YORK), person('Asia/Tokyo')];
    expect(coveringStart({ day, zone: BERLIN, duration: 60, people })).toEqual({ start: t('15:00'), fits: 5 });
    expect(coveringStart({ day, zone: BERLIN, duration: 60, people: people.slice(0, 3) })).toEqual({ start: t('09:00'), fits: 3 });
    // Three Tokyo people outnumber two in Berlin.
    const east = [person(BERLIN), person(BERLIN), person('Asia/Tokyo'), person('Asia/Tokyo'), person('Asia/Tokyo')];
    expect(coveringStart({ day, zone: BERLIN, duration: 60, people: east })).toEqual({ start: t('01:00'), fits: 3 });
    expect(coveringStart({ day: d('2026-03-07'), zone: BERLIN, duration: 60, people })).toBeUndefined();
  });
});

describe('agrees with fitsWorkingHours on days with a change', () => {
  // Brute force: every quarter-hour start, converted and checked one by one.
  function bruteForce(day: DayNumber, zone: string, duration: number, people: PlanPerson[]): number[] {
    const found: number[] = [];
    for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
      const start = zonedInstant(day, minutes, zone);
      const local = localTime(start, zone);
      if (local.date !== formatDate(day) || local.minutes !== minutes) continue;
      if (people.every((p) => fitsWorkingHours(p, start, start + duration * 60_000))) found.push(minutes);
    }
    return found;
  }
  function fast(day: DayNumber, zone: string, duration: number, people: PlanPerson[]): number[] {
    const found: number[] = [];
    for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
      if (findStart({ day, zone, duration, people, busy: [], preferred: minutes, earliest: minutes, latest: minutes }) === minutes) found.push(minutes);
    }
    return found;
  }

  const all = [0, 1, 2, 3, 4, 5, 6];
  // [meeting zone, people]: hours across the night-time changes, Santiago's midnight change, Lord Howe's half hour.
  const cases: Array<[string, PlanPerson[]]> = [
    [BERLIN, [person(BERLIN, '00:00', '06:00', all)]],
    [NEW_YORK, [person(NEW_YORK, '01:00', '04:00', all), person('UTC', '00:00', '23:59', all)]],
    [BERLIN, [person(BERLIN, '09:00', '17:00', all), person(NEW_YORK, '07:00', '17:00', all)]],
    ['America/Santiago', [person('America/Santiago', '00:00', '12:00', all), person('UTC', '00:00', '23:59', all)]],
    [BERLIN, [person('America/Santiago', '06:00', '18:00', all), person(BERLIN, '12:00', '23:00', all)]],
    ['Australia/Lord_Howe', [person('Australia/Lord_Howe', '00:30', '03:00', all), person('UTC', '00:00', '23:00', all)]],
    [NEW_YORK, [person('Australia/Lord_Howe', '06:00', '20:00', all)]],
  ];
  // EU and US changes, Santiago's (04-05, 09-06), Lord Howe's (04-05, 10-04): the day before and the day.
  const changes = ['2026-03-08', '2026-03-29', '2026-10-25', '2026-11-01', '2026-04-05', '2026-09-06', '2026-10-04'];
  const days = changes.flatMap((c) => [d(c) - 1, d(c)]);

  it('finds the same feasible starts', () => {
    for (const [i, [zone, people]] of cases.entries()) {
      const duration = i % 2 === 0 ? 90 : 30;
      for (const day of days) {
        expect(fast(day, zone, duration, people), `${zone} ${formatDate(day)} ${duration}m ${people.map((p) => p.timezone)}`).toEqual(
          bruteForce(day, zone, duration, people),
        );
      }
    }
  });
});
