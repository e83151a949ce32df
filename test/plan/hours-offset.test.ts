import { describe, expect, it } from 'vitest';
import { offsetAt, offsetMinutes, zonedInstant } from '../../src/plan/hours.js';
import { parseClock, parseDate } from '../../src/util/dates.js';

// The offset as first computed, from formatToParts; offsetMinutes now reads the formatted text instead.
function referenceOffset(instant: number, zone: string): number {
  const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(instant)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!);
  return Math.round((wall - (instant - (instant % 60_000))) / 60_000);
}

describe('UTC offsets', () => {
  const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'America/Santiago', 'Pacific/Chatham', 'UTC', 'America/St_Johns'];
  // Every 37 hours and 13 minutes over two years, around several changes of each zone.
  const instants = Array.from({ length: 480 }, (_, i) => Date.UTC(2026, 0, 1) + i * (37 * 60 + 13) * 60_000);

  it('offsetMinutes reads the same offset as the formatter parts give', () => {
    for (const zone of zones) for (const instant of instants) expect(offsetMinutes(instant, zone), `${zone} ${new Date(instant).toISOString()}`).toBe(referenceOffset(instant, zone));
  });

  it('offsetAt agrees with offsetMinutes', () => {
    for (const zone of zones) for (const instant of instants) expect(offsetAt(instant, zone), `${zone} ${new Date(instant).toISOString()}`).toBe(offsetMinutes(instant, zone));
  });
});

describe('wall-clock times on the days the clocks change', () => {
  const at = (date: string, clock: string, zone: string) => new Date(zonedInstant(parseDate(date)!, parseClock(clock)!, zone)).toISOString();

  it('a time the clocks repeat is its first occurrence, as calendars read it', () => {
    expect(at('2026-10-25', '02:30', 'Europe/Berlin')).toBe('2026-10-25T00:30:00.000Z'); // 02:30 CEST, not CET
    expect(at('2026-11-01', '01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z'); // 01:30 EDT
    expect(at('2026-04-05', '02:30', 'Australia/Sydney')).toBe('2026-04-04T15:30:00.000Z'); // 02:30 AEDT
  });

  it('a time the clocks skip moves on by the gap; other times are what they say', () => {
    expect(at('2026-03-29', '02:30', 'Europe/Berlin')).toBe('2026-03-29T01:30:00.000Z'); // 03:30 CEST
    expect(at('2026-10-25', '03:30', 'Europe/Berlin')).toBe('2026-10-25T02:30:00.000Z');
    expect(at('2026-10-25', '01:30', 'Europe/Berlin')).toBe('2026-10-24T23:30:00.000Z');
  });
});
