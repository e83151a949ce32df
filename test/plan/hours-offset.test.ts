import { describe, expect, it } from 'vitest';
import { offsetAt, offsetMinutes } from '../../src/plan/hours.js';

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
