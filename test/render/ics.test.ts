import ICAL from 'ical.js';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PlannedSession } from '../../src/plan/types.js';
import { sessionUid, toIcs } from '../../src/render/ics.js';
import { fixturePlan, people } from './fixture.js';

const DTSTAMP = '2026-02-15T00:00:00Z';

function render(sessions: PlannedSession[] = fixturePlan().sessions): string {
  return toIcs({ programId: 'acme-academy', calendarName: 'Spring 2026, Citizen Devs', sessions, dtstamp: DTSTAMP });
}

/** Parse with ical.js, resolving TZIDs only through the VTIMEZONEs in the file itself. */
function parseIcs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zones = calendar.getAllSubcomponents('vtimezone');
  for (const zone of zones) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  return { calendar, zones, events };
}

function utc(time: ICAL.Time): string {
  return time.toJSDate().toISOString().replace('.000', '');
}

beforeEach(() => {
  ICAL.TimezoneService.reset();
});

describe('toIcs', () => {
  it('writes one VEVENT per session, sorted by start then id', () => {
    const sessions = fixturePlan().sessions;
    const { events } = parseIcs(render(sessions));
    expect(events).toHaveLength(sessions.length);
    expect(events.map((e) => e.uid)).toEqual([
      'spring-2026/g1/check-in/2026-03-03@acme-academy.cohort',
      'spring-2026/g2/check-in/2026-03-03@acme-academy.cohort',
      'spring-2026/g2/code-review/2026-03-05@acme-academy.cohort',
      'spring-2026/g1/check-in/2026-03-24@acme-academy.cohort',
      'spring-2026/all/demo/2026-03-27@acme-academy.cohort',
      'spring-2026/g1/check-in/2026-03-31@acme-academy.cohort',
    ]);
  });

  it('keeps local times in the TZID zone across a DST change', () => {
    const text = render();
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20260324T100000\r\n');
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20260331T100000\r\n');
    const { events } = parseIcs(text);
    const byUid = new Map(events.map((e) => [e.uid, e]));
    const before = byUid.get('spring-2026/g1/check-in/2026-03-24@acme-academy.cohort')!;
    const after = byUid.get('spring-2026/g1/check-in/2026-03-31@acme-academy.cohort')!;
    expect(before.startDate.zone?.tzid).toBe('Europe/Berlin');
    expect(utc(before.startDate)).toBe('2026-03-24T09:00:00Z');
    expect(utc(before.endDate)).toBe('2026-03-24T10:00:00Z');
    expect(utc(after.startDate)).toBe('2026-03-31T08:00:00Z');
    expect(utc(after.endDate)).toBe('2026-03-31T09:00:00Z');
    // Every event agrees with the planner's exact instants.
    for (const session of fixturePlan().sessions) {
      const event = byUid.get(sessionUid(session.id, 'acme-academy'))!;
      expect(utc(event.startDate)).toBe(session.startUtc);
      expect(utc(event.endDate)).toBe(session.endUtc);
    }
  });

  it('writes sessions on a day the clocks change in UTC, so no calendar misreads them', () => {
    const base = fixturePlan().sessions[0]!;
    const changeDays = [
      // Berlin falls back at 03:00 on 2026-10-25: this 02:30 is the second one (CET), which a local time would not say.
      { ...base, id: 'x/g1/check-in/2026-10-25', date: '2026-10-25', start: '02:30', end: '03:00', timezone: 'Europe/Berlin', startUtc: '2026-10-25T01:30:00Z', endUtc: '2026-10-25T02:00:00Z' },
      // New York falls back at 02:00 on 2026-11-01: 01:30 EDT plus an hour ends at the second 01:30.
      { ...base, id: 'x/g1/check-in/2026-11-01', date: '2026-11-01', start: '01:30', end: '01:30', timezone: 'America/New_York', startUtc: '2026-11-01T05:30:00Z', endUtc: '2026-11-01T06:30:00Z' },
      // Berlin springs forward at 02:00 on 2026-03-29: 01:30 plus 45 minutes is 03:15.
      { ...base, id: 'x/g1/check-in/2026-03-29', date: '2026-03-29', start: '01:30', end: '03:15', timezone: 'Europe/Berlin', startUtc: '2026-03-29T00:30:00Z', endUtc: '2026-03-29T01:15:00Z' },
    ];
    const steady = { ...base, id: 'x/g1/check-in/2026-03-24', date: '2026-03-24', start: '10:00', end: '10:30', timezone: 'Europe/Berlin', startUtc: '2026-03-24T09:00:00Z', endUtc: '2026-03-24T09:30:00Z' };
    const text = toIcs({ programId: 'acme-academy', calendarName: 'Changes', sessions: [...changeDays, steady], dtstamp: '2026-03-02T00:00:00Z' });
    expect(text).toContain('DTSTART:20261025T013000Z\r\nDTEND:20261025T020000Z\r\n');
    expect(text).toContain('DTSTART:20261101T053000Z\r\nDTEND:20261101T063000Z\r\n');
    expect(text).toContain('DTSTART:20260329T003000Z\r\nDTEND:20260329T011500Z\r\n');
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20260324T100000\r\n');
    const { events } = parseIcs(text);
    expect(events.map((e) => [utc(e.startDate), utc(e.endDate)]).sort()).toEqual([...changeDays, steady].map((s) => [s.startUtc, s.endUtc]).sort());
  });

  it('has a VTIMEZONE for every TZID used, and the canonical TZID for aliases', () => {
    const sessions = fixturePlan().sessions;
    const extra = [
      { ...sessions[0]!, date: '2026-03-03', id: 'x/g9/check-in/2026-03-03', timezone: 'Asia/Calcutta', startUtc: '2026-03-03T04:30:00Z', endUtc: '2026-03-03T05:30:00Z' },
      { ...sessions[0]!, date: '2026-03-03', id: 'x/g8/check-in/2026-03-03', timezone: 'America/New_York', startUtc: '2026-03-03T15:00:00Z', endUtc: '2026-03-03T16:00:00Z' },
    ];
    const text = render([...sessions, ...extra]);
    const tzids = new Set([...text.matchAll(/;TZID=([^:;]+)[:;]/g)].map((m) => m[1]));
    const { zones, events } = parseIcs(text);
    const defined = zones.map((z) => z.getFirstPropertyValue('tzid'));
    expect([...tzids].sort()).toEqual(['America/New_York', 'Asia/Kolkata', 'Europe/Berlin']);
    expect([...defined].sort()).toEqual([...tzids].sort());
    const kolkata = events.find((e) => e.uid.startsWith('x/g9/'))!;
    expect(utc(kolkata.startDate)).toBe('2026-03-03T04:30:00Z');
    const newYork = events.find((e) => e.uid.startsWith('x/g8/'))!;
    expect(utc(newYork.startDate)).toBe('2026-03-03T15:00:00Z');
  });

  it('writes UTC sessions in UTC form without a TZID', () => {
    const [first] = fixturePlan().sessions;
    const text = render([{ ...first!, timezone: 'UTC', startUtc: '2026-03-31T10:00:00Z', endUtc: '2026-03-31T11:00:00Z' }]);
    expect(text).toContain('DTSTART:20260331T100000Z\r\n');
    expect(text).not.toContain('TZID');
    expect(parseIcs(text).zones).toHaveLength(0);
  });

  it('falls back to the exact UTC instants for a zone it has no VTIMEZONE for', () => {
    const [first] = fixturePlan().sessions;
    const text = render([{ ...first!, timezone: 'Mars/Olympus_Mons' }]);
    expect(text).toContain('DTSTART:20260331T080000Z\r\n');
    expect(text).toContain('DTEND:20260331T090000Z\r\n');
    expect(text).not.toContain('TZID');
  });

  it('derives UIDs from session and program ids only, and DTSTAMP from the input', () => {
    const text = render();
    const { events, calendar } = parseIcs(text);
    for (const vevent of calendar.getAllSubcomponents('vevent')) {
      expect(vevent.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-02-15T00:00:00Z');
    }
    for (const event of events) {
      expect(event.uid).toMatch(/^spring-2026\/(g1|g2|all)\/[a-z-]+\/\d{4}-\d{2}-\d{2}@acme-academy\.cohort$/);
      for (const [id, person] of Object.entries(people)) {
        expect(event.uid).not.toContain(id);
        expect(event.uid).not.toContain(person.email);
      }
    }
    for (const person of Object.values(people)) {
      expect(text).not.toContain(person.email);
      expect(text).not.toContain(person.name);
    }
  });

  it('escapes commas, semicolons, backslashes and newlines in text', () => {
    const text = render();
    expect(text).toContain('SUMMARY:Demo day\\, "show & tell"\\; bring\\nyour app\r\n');
    expect(text).toContain('LOCATION:Room 4.01\\, HQ\r\n');
    expect(text).toContain('NAME:Spring 2026\\, Citizen Devs\r\n');
    const demo = parseIcs(text).events.find((e) => e.uid.startsWith('spring-2026/all/'))!;
    expect(demo.summary).toBe('Demo day, "show & tell"; bring\nyour app');
    expect(demo.location).toBe('Room 4.01, HQ');
    expect(demo.description).toBe('Session: spring-2026/all/demo/2026-03-27\nGroup: all (cohort-wide)\nType: demo\nModule: flows');
    const g1 = parseIcs(text).events.find((e) => e.uid.startsWith('spring-2026/g1/check-in/2026-03-03'))!;
    expect(g1.description).toContain('Lead: omar-haddad');
  });

  it('uses CRLF everywhere and folds lines at 75 octets without splitting characters', () => {
    const [first] = fixturePlan().sessions;
    const longTitle = 'Überprüfung der Datenflüsse — ' + 'Ünïcödé 😀 '.repeat(12) + 'a\\b';
    const text = render([{ ...first!, title: longTitle }]);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n');
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(text).not.toContain('\uFFFD');
    expect(parseIcs(text).events[0]!.summary).toBe(longTitle);
  });

  it('is byte-identical for identical input, whatever the input order', () => {
    const sessions = fixturePlan().sessions;
    const once = render(sessions);
    expect(render(fixturePlan().sessions)).toBe(once);
    expect(render([...sessions].reverse())).toBe(once);
  });

  it('gives a calendar without sessions the VTIMEZONE of its zone, so it still has a component (RFC 5545 3.6)', () => {
    const empty = (timezone?: string) => toIcs({ programId: 'acme-academy', calendarName: 'Spring 2026: Cleo', sessions: [], dtstamp: DTSTAMP, ...(timezone === undefined ? {} : { timezone }) });
    const text = empty('Asia/Calcutta');
    expect(text.split('\r\n').filter((line) => line.startsWith('BEGIN:'))).toEqual(['BEGIN:VCALENDAR', 'BEGIN:VTIMEZONE', 'BEGIN:STANDARD']);
    expect(text).toMatch(/\r\nEND:VTIMEZONE\r\nEND:VCALENDAR\r\n$/);
    const { calendar, zones, events } = parseIcs(text);
    expect(events).toHaveLength(0);
    expect(calendar.getAllSubcomponents()).toHaveLength(1);
    expect(zones.map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Asia/Kolkata']);
    // UTC, a zone without VTIMEZONE data, or no zone at all: Etc/UTC, still a component.
    for (const zone of ['UTC', 'Mars/Olympus_Mons', undefined]) {
      expect(parseIcs(empty(zone)).zones.map((z) => z.getFirstPropertyValue('tzid')), String(zone)).toEqual(['Etc/UTC']);
    }
  });

  it('writes calendars with sessions exactly as before, whatever their zone', () => {
    const sessions = fixturePlan().sessions;
    const withZone = toIcs({ programId: 'acme-academy', calendarName: 'Spring 2026, Citizen Devs', sessions, dtstamp: DTSTAMP, timezone: 'America/New_York' });
    expect(withZone).toBe(render(sessions));
    expect(withZone).not.toContain('America/New_York');
  });

  it('rejects a dtstamp that is not a date-time', () => {
    expect(() => toIcs({ programId: 'p', calendarName: 'c', sessions: [], dtstamp: 'yesterday' })).toThrow(/dtstamp/);
  });
});
