import { ICalCalendar, escape as icalEscape } from 'ical-generator';
import { DateTime } from 'luxon';
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';
import type { PlannedSession } from '../plan/types.js';
import { compareText } from './order.js';

export interface IcsInput {
  /** The program's id; UIDs end in `@<programId>.cohort`. */
  programId: string;
  /** Shown by calendar apps as the calendar's name (NAME / X-WR-CALNAME). */
  calendarName: string;
  sessions: readonly PlannedSession[];
  /** DTSTAMP of every event, an ISO 8601 instant derived from the inputs (never the clock). */
  dtstamp: string;
}

/** A session's calendar UID: its stable id and the program id, nothing personal. */
export function sessionUid(sessionId: string, programId: string): string {
  return `${sessionId}@${programId}.cohort`;
}

/**
 * An RFC 5545 calendar with one VEVENT per session, sorted by start then id.
 * Times are local to the session's zone (`DTSTART;TZID=Europe/Berlin:…`) with
 * a VTIMEZONE for every TZID; UTC sessions use UTC times (`…Z`). Lines end in
 * CRLF (the last one too) and are folded at 75 octets.
 */
export function toIcs(input: IcsInput): string {
  const stamp = DateTime.fromISO(input.dtstamp, { zone: 'utc' });
  if (!stamp.isValid) throw new TypeError(`toIcs: dtstamp is not an ISO 8601 date-time: ${JSON.stringify(input.dtstamp)}`);

  const calendar = new ICalCalendar({
    prodId: { company: 'cohort', product: 'cohort', language: 'EN' },
    // ical-generator writes NAME and X-WR-CALNAME without escaping them.
    name: icalEscape(cleanText(input.calendarName), false),
    // No calendar-wide zone name: ical-generator would then write DTSTAMP in
    // that zone's local time instead of UTC. The generator alone makes it add
    // a VTIMEZONE for every TZID the events use.
    timezone: { name: null, generator: vtimezone },
  });

  const events = input.sessions.map((session) => ({ session, ...eventTimes(session) }));
  events.sort((a, b) => a.start.toMillis() - b.start.toMillis() || compareText(a.session.id, b.session.id));

  for (const { session, start, end, tzid } of events) {
    calendar.createEvent({
      id: sessionUid(cleanText(session.id), cleanText(input.programId)),
      sequence: 0,
      stamp,
      start,
      end,
      timezone: tzid,
      summary: cleanText(session.title),
      location: session.location ? cleanText(session.location) : null,
      description: cleanText(describe(session)),
    });
  }
  return calendar.toString() + '\r\n';
}

function describe(session: PlannedSession): string {
  const lines = [
    `Session: ${session.id}`,
    `Group: ${session.group === 'all' ? 'all (cohort-wide)' : session.group}`,
    `Type: ${session.type}`,
  ];
  if (session.lead) lines.push(`Lead: ${session.lead}`);
  if (session.module) lines.push(`Module: ${session.module}`);
  return lines.join('\n');
}

interface EventTimes {
  start: DateTime;
  end: DateTime;
  /** The TZID to write, or null for UTC times. */
  tzid: string | null;
}

/**
 * Start and end from the session's local date and clock times. A zone the
 * VTIMEZONE library does not know falls back to the exact UTC instants.
 */
function eventTimes(session: PlannedSession): EventTimes {
  const tzid = icsZone(session.timezone);
  if (tzid === undefined) {
    return {
      start: DateTime.fromISO(session.startUtc, { zone: 'utc' }),
      end: DateTime.fromISO(session.endUtc, { zone: 'utc' }),
      tzid: null,
    };
  }
  const start = DateTime.fromISO(`${session.date}T${session.start}`, { zone: session.timezone });
  let end = DateTime.fromISO(`${session.date}T${session.end}`, { zone: session.timezone });
  if (!start.isValid || !end.isValid) {
    throw new TypeError(`toIcs: session ${session.id} has an invalid date or time (${session.date} ${session.start}–${session.end} ${session.timezone})`);
  }
  // A session that ends at or before its start runs past midnight.
  if (end <= start) end = end.plus({ days: 1 });
  return { start, end, tzid };
}

let knownZones: Set<string> | undefined;
const zoneIds = new Map<string, string | null | undefined>();

/**
 * The TZID the VTIMEZONE library writes for a zone: its canonical name
 * (`Asia/Calcutta` → `Asia/Kolkata`, so event and VTIMEZONE agree); null for
 * UTC; undefined when the library does not know the zone.
 */
function icsZone(zone: string): string | null | undefined {
  if (zoneIds.has(zone)) return zoneIds.get(zone);
  knownZones ??= new Set(tzlib_get_timezones(false) as string[]);
  let id: string | null | undefined;
  if (zone === 'UTC' || zone === 'Etc/UTC') id = null;
  else if (knownZones.has(zone)) {
    const tzidLine = (tzlib_get_ical_block(zone, false) as string[])[1] ?? '';
    const canonical = tzidLine.startsWith('TZID=') ? tzidLine.slice(5) : '';
    id = canonical === '' ? undefined : canonical === 'Etc/UTC' ? null : canonical;
  }
  zoneIds.set(zone, id);
  return id;
}

function vtimezone(tzid: string): string | null {
  const block = tzlib_get_ical_block(tzid, false);
  return Array.isArray(block) && block[0] ? block[0] : null;
}

/** Control characters are not allowed in iCalendar text (tab, CR and LF are handled by escaping). */
function cleanText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}
