import { describe, expect, it } from 'vitest';
import { BusyBook } from '../../src/plan/busy.js';
import { scheduleCohort } from '../../src/plan/schedule.js';
import type { PlanWarning } from '../../src/plan/types.js';
import { ZONE, day, mentor, participant } from './people.js';

// One week, Monday 2026-03-02 to Sunday 2026-03-08 (winter time in Berlin and New York).
const calendar = { start: day('2026-03-02'), end: day('2026-03-08'), weeks: 1, modules: [] };

/** A Berlin member and a New York member share 15:00–17:00 Berlin time; the lead works in Berlin until 17:00. */
function input(touchpoints: Parameters<typeof scheduleCohort>[0]['touchpoints']) {
  const ana = participant('ana');
  const ben = participant('ben', { timezone: 'America/New_York' });
  const lena = mentor('lena', { hours: ['09:00', '18:00'] });
  return {
    cohortId: 'spring',
    zone: ZONE,
    calendar,
    touchpoints,
    groups: [{ id: 'g1', lead: 'lena', members: ['ana', 'ben'], community: [] }],
    participants: new Map([ana, ben].map((p) => [p.id, p])),
    mentors: new Map([[lena.id, lena]]),
    closed: () => false,
    busy: new BusyBook(),
  };
}

const instants = (s: { startUtc: string; endUtc: string }) => [Date.parse(s.startUtc), Date.parse(s.endUtc)] as const;

describe('scheduleCohort', () => {
  it('places a group session in the time everyone shares', () => {
    const warnings: PlanWarning[] = [];
    const sessions = scheduleCohort(input([{ type: 'check-in', cadence: 'weekly', weekday: 'wed', duration: '1h' }]), (w) => warnings.push(w));
    expect(sessions.map((s) => [s.date, s.start, s.end, s.lead])).toEqual([['2026-03-04', '15:00', '16:00', 'lena']]);
    expect(warnings).toEqual([]);
  });

  it('never puts a group session on top of a cohort-wide one, even when that takes the only shared time', () => {
    const warnings: PlanWarning[] = [];
    const sessions = scheduleCohort(
      input([
        { type: 'demo', scope: 'cohort', cadence: 'weekly', weekday: 'wed', time: '15:00', duration: '2h' },
        { type: 'check-in', cadence: 'weekly', weekday: 'wed', duration: '1h' },
      ]),
      (w) => warnings.push(w),
    );
    const demo = sessions.find((s) => s.type === 'demo')!;
    const checkIn = sessions.find((s) => s.type === 'check-in')!;
    const [demoFrom, demoTo] = instants(demo);
    const [from, to] = instants(checkIn);
    expect(from >= demoTo || to <= demoFrom).toBe(true);
    // The free time that fits the most people: Ana and Lena before the demo, Ben and Lena after it tie; the earlier wins.
    expect(checkIn.start).toBe('09:00');
    expect(warnings.map((w) => w.message)).toEqual(['g1 check-in on 2026-03-04: no time fits everyone; placed at 09:00, outside the working hours of ben']);
  });

  it("keeps one time on every date when the best one clashes on some: the nearest that is free on all", () => {
    // Three Wednesdays; ana and ben share 15:00–17:00 Berlin time, and lena is busy 15:00–16:00 on the first one only.
    const threeWeeks = { ...input([{ type: 'check-in', cadence: 'weekly', weekday: 'wed', duration: '1h' }]), calendar: { start: day('2026-03-02'), end: day('2026-03-22'), weeks: 3, modules: [] } };
    const busy = new BusyBook();
    busy.person('lena').add([Date.parse('2026-03-04T14:00:00Z'), Date.parse('2026-03-04T15:00:00Z')]);
    const warnings: PlanWarning[] = [];
    const sessions = scheduleCohort({ ...threeWeeks, busy }, (w) => warnings.push(w));
    expect(sessions.map((s) => [s.date, s.start])).toEqual([
      ['2026-03-04', '16:00'],
      ['2026-03-11', '16:00'],
      ['2026-03-18', '16:00'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('gives a group no session on a date none of its members is expected', () => {
    const base = input([{ type: 'check-in', cadence: 'weekly', weekday: 'wed', duration: '1h' }]);
    const threeWeeks = { ...base, calendar: { start: day('2026-03-02'), end: day('2026-03-22'), weeks: 3, modules: [] } };
    // Both join in the second week: the group meets from then on.
    const late = [...base.participants.values()].map((p) => ({ ...p, from: day('2026-03-09') }));
    const sessions = scheduleCohort({ ...threeWeeks, participants: new Map(late.map((p) => [p.id, p])) }, () => {});
    expect(sessions.map((s) => s.date)).toEqual(['2026-03-11', '2026-03-18']);
  });

  it('says when a touchpoint falls only on closed days and so never meets', () => {
    const warnings: PlanWarning[] = [];
    const sessions = scheduleCohort({ ...input([{ type: 'check-in', cadence: 'weekly', weekday: 'wed', duration: '1h' }]), closed: () => true }, (w) => warnings.push(w));
    expect(sessions).toEqual([]);
    expect(warnings.map((w) => w.message)).toEqual(['check-in has no session: every date it would fall on is a holiday or a day the program does not work']);
  });

  describe('a lead away on the day', () => {
    const away = { unavailable: [{ from: day('2026-03-04'), to: day('2026-03-04') }] };
    const withLeads = (ben: ReturnType<typeof participant>) => {
      const base = input([{ type: 'check-in', cadence: 'weekly', weekday: 'wed', duration: '1h' }]);
      const lena = mentor('lena', { ...away, hours: ['09:00', '18:00'] });
      const omar = mentor('omar', { hours: ['08:00', '17:00'] });
      return { ...base, participants: new Map([base.participants.get('ana')!, ben].map((p) => [p.id, p])), mentors: new Map([lena, omar].map((m) => [m.id, m])) };
    };

    it('gets another lead who is free', () => {
      const warnings: PlanWarning[] = [];
      const sessions = scheduleCohort(withLeads(participant('ben', { timezone: 'America/New_York' })), (w) => warnings.push(w));
      expect(sessions.map((s) => [s.date, s.start, s.lead])).toEqual([['2026-03-04', '15:00', 'omar']]);
      expect(warnings).toEqual([]);
    });

    it('gets another lead even when one member can never meet the others, placed as with its own lead', () => {
      const warnings: PlanWarning[] = [];
      const sessions = scheduleCohort(withLeads(participant('ben', { timezone: 'Pacific/Auckland' })), (w) => warnings.push(w));
      expect(sessions.map((s) => [s.date, s.start, s.lead])).toEqual([['2026-03-04', '09:00', 'omar']]);
      expect(warnings.map((w) => w.message)).toEqual(['g1 check-in on 2026-03-04: no time fits everyone; placed at 09:00, outside the working hours of ben']);
    });
  });
});
