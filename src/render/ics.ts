import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';
import type { PlannedSession } from '../plan/types.js';
import { compareText } from './order.js';

/**
 * RFC 5545 calendars. The VTIMEZONE blocks come from timezones-ical-library;
 * the few properties cohort writes are serialised here, because a general
 * calendar library's line folding (a UTF-8 encode per character) took most
 * of the time of planning a 100-cohort program.
 */

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
 * One VEVENT per session, sorted by start then id. Times are local to the
 * session's zone (`DTSTART;TZID=Europe/Berlin:…`) with a VTIMEZONE for every
 * TZID; UTC sessions (and zones without VTIMEZONE data) use UTC times
 * (`…Z`). Lines end in CRLF, the last one too, folded at 75 octets.
 */
export function toIcs(input: IcsInput): string {
  const stamp = utcStamp(input.dtstamp);
  if (stamp === undefined) throw new TypeError(`toIcs: dtstamp is not an ISO 8601 date-time: ${JSON.stringify(input.dtstamp)}`);
  const sessions = [...input.sessions].sort((a, b) => compareText(a.startUtc, b.startUtc) || compareText(a.id, b.id));
  const zones = new Set<string>();
  // Joined once into a flat string: appending made a rope of thousands of pieces to flatten when written.
  const events = sessions.map((session) => {
    const tzid = icsZone(session.timezone);
    if (tzid) zones.add(tzid);
    return eventText(session, tzid, input.programId, stamp);
  });
  const name = text(input.calendarName);
  const head = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//cohort//cohort//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${name}`,
    `X-WR-CALNAME:${name}`,
    ...[...zones].sort(compareText).flatMap((zone) => vtimezone(zone)),
  ];
  return `${head.map(fold).join('\r\n')}\r\n${events.join('')}END:VCALENDAR\r\n`;
}

/** One VEVENT, each line folded and ended with CRLF (the fixed lines are short ASCII and need no folding). */
function eventText(session: PlannedSession, tzid: string | null | undefined, programId: string, stamp: string): string {
  const [start, end] = tzid ? localTimes(session, tzid) : [`:${utcStamp(session.startUtc)}`, `:${utcStamp(session.endUtc)}`];
  const line = (content: string) => `${fold(content)}\r\n`;
  return (
    'BEGIN:VEVENT\r\n' +
    line(`UID:${text(sessionUid(session.id, programId))}`) +
    'SEQUENCE:0\r\n' +
    line(`DTSTAMP:${stamp}`) +
    line(`DTSTART${start}`) +
    line(`DTEND${end}`) +
    line(`SUMMARY:${text(session.title)}`) +
    (session.location ? line(`LOCATION:${text(session.location)}`) : '') +
    line(`DESCRIPTION:${description(session)}`) +
    'END:VEVENT\r\n'
  );
}

/** `;TZID=Europe/Berlin:20260303T140000`; a session that ends at or before its start runs past midnight. */
function localTimes(session: PlannedSession, tzid: string): [string, string] {
  const day = session.date.replaceAll('-', '');
  const endsNextDay = session.end <= session.start;
  const endDay = endsNextDay ? nextDay(session.date).replaceAll('-', '') : day;
  const clock = (hhmm: string) => `${hhmm.replace(':', '')}00`;
  return [`;TZID=${tzid}:${day}T${clock(session.start)}`, `;TZID=${tzid}:${endDay}T${clock(session.end)}`];
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** `2026-03-03T08:00:00Z` → `20260303T080000Z`; undefined when not an instant. */
function utcStamp(iso: string): string | undefined {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms) || !/(Z|[+-]\d{2}:?\d{2})$/.test(iso)) return undefined;
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** The DESCRIPTION value: the session's facts, one per line, escaped as TEXT. */
function description(session: PlannedSession): string {
  const lines = [`Session: ${session.id}`, `Group: ${session.group === 'all' ? 'all (cohort-wide)' : session.group}`, `Type: ${session.type}`];
  if (session.lead) lines.push(`Lead: ${session.lead}`);
  if (session.module) lines.push(`Module: ${session.module}`);
  // Values without special characters need only the line breaks escaped.
  return lines.some((line) => TEXT_SPECIAL.test(line)) ? text(lines.join('\n')) : lines.join('\\n');
}

/** Every character `text` changes: control characters (line breaks among them), backslash, semicolon, comma. */
const TEXT_SPECIAL = /[\u0000-\u001F\u007F\\;,]/;

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and newline escaped; control characters dropped. */
function text(value: string): string {
  if (!TEXT_SPECIAL.test(value)) return value;
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').replace(/\r\n|[\r\n\\;,]/g, (ch) => TEXT_ESCAPES[ch] ?? '\\n');
}

/** The escapes of `text` after control characters are gone; a line break (CRLF, CR or LF) becomes `\n`. */
const TEXT_ESCAPES: Record<string, string> = { '\\': '\\\\', ';': '\\;', ',': '\\,' };

/** Folds a content line at 75 octets (RFC 5545 3.1) without splitting a UTF-8 character. */
export function fold(line: string): string {
  if (!/[^\x00-\x7f]/.test(line)) return foldAscii(line);
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // continuation lines start with a space
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** `fold` for a line of one-octet characters: 75 of them, then 74 per continuation line. */
function foldAscii(line: string): string {
  if (line.length <= 75) return line;
  let folded = line.slice(0, 75);
  for (let at = 75; at < line.length; at += 74) folded += `\r\n ${line.slice(at, at + 74)}`;
  return folded;
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

const vtimezones = new Map<string, string[]>();

/** The VTIMEZONE lines of a zone, read from the library once per zone. */
function vtimezone(tzid: string): string[] {
  let lines = vtimezones.get(tzid);
  if (lines === undefined) {
    const block = tzlib_get_ical_block(tzid, false);
    const textBlock = Array.isArray(block) ? (block[0] ?? '') : '';
    lines = textBlock.split(/\r?\n/).filter((line) => line !== '');
    vtimezones.set(tzid, lines);
  }
  return lines;
}
