import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';
import { isSteadyDay } from '../plan/hours.js';
import type { PlannedSession } from '../plan/types.js';
import { parseDate } from '../util/dates.js';
import { compareText } from './order.js';

/**
 * RFC 5545 calendars. The VTIMEZONE blocks come from timezones-ical-library;
 * the few properties cohort writes are serialised here, because a general
 * calendar library's line folding (a UTF-8 encode per character) took most
 * of the time of planning a 100-cohort program.
 *
 * A 100-cohort plan writes some 50,000 events, so the per-event work is kept
 * small: the per-calendar and per-zone text is built once, per-date and
 * per-time text is memoised, values are scanned once (a charCode loop) for
 * TEXT specials and non-ASCII, and a line known to be ASCII is folded by its
 * length alone.
 */

export interface IcsInput {
  /** The program's id; UIDs end in `@<programId>.cohort`. */
  programId: string;
  /** Shown by calendar apps as the calendar's name (NAME / X-WR-CALNAME). */
  calendarName: string;
  sessions: readonly PlannedSession[];
  /** DTSTAMP of every event, an ISO 8601 instant derived from the inputs (never the clock). */
  dtstamp: string;
  /**
   * The IANA zone the calendar is for (its owner's). Used only when there
   * are no sessions: RFC 5545 (3.6) wants at least one component, so an
   * empty calendar holds this zone's VTIMEZONE (Etc/UTC's when the zone is
   * UTC, unknown to the VTIMEZONE data, or not given). Calendars with
   * events are unaffected.
   */
  timezone?: string;
}

/** A session's calendar UID: its stable id and the program id, nothing personal. */
export function sessionUid(sessionId: string, programId: string): string {
  return `${sessionId}@${programId}.cohort`;
}

/** What every event of one calendar shares, built once per calendar. */
interface CalendarText {
  /** `@<programId>.cohort`, escaped as TEXT. */
  uidSuffix: string;
  /** Whether `uidSuffix` is ASCII (so a UID line of an ASCII id folds by length). */
  uidSuffixAscii: boolean;
  /** `DTSTAMP:…\r\n`, folded. */
  dtstampLine: string;
}

/**
 * One VEVENT per session, sorted by start then id. Times are local to the
 * session's zone (`DTSTART;TZID=Europe/Berlin:…`) with a VTIMEZONE for every
 * TZID; UTC sessions (and zones without VTIMEZONE data) use UTC times
 * (`…Z`). A calendar without sessions holds the VTIMEZONE of
 * `input.timezone` instead, so it still has a component. Lines end in CRLF,
 * the last one too, folded at 75 octets.
 */
export function toIcs(input: IcsInput): string {
  const stamp = utcStamp(input.dtstamp);
  if (stamp === undefined) throw new TypeError(`toIcs: dtstamp is not an ISO 8601 date-time: ${JSON.stringify(input.dtstamp)}`);
  const sessions = inStartOrder(input.sessions);
  // TEXT escaping works character by character (the suffix starts with `@`, so no CRLF pair spans id and suffix):
  // escaping the suffix once and each id alone gives the escaped whole UID.
  const uidSuffix = text(sessionUid('', input.programId));
  const calendar: CalendarText = { uidSuffix, uidSuffixAscii: isAscii(uidSuffix), dtstampLine: `${fold(`DTSTAMP:${stamp}`)}\r\n` };
  const zones = new Set<string>();
  // Joined once into a flat string: a calendar returned as a rope keeps every piece of every event
  // alive until it is written, which cost more in garbage collection than the join.
  const events = new Array<string>(sessions.length);
  let lastZone: string | undefined;
  let tzid: string | null | undefined;
  for (let i = 0; i < sessions.length; i++) {
    const session = sessions[i]!;
    // A calendar's sessions mostly share one zone: look it up (and note its VTIMEZONE) only when it changes.
    if (i === 0 || session.timezone !== lastZone) {
      lastZone = session.timezone;
      tzid = icsZone(lastZone);
      if (tzid) zones.add(tzid);
    }
    events[i] = eventText(session, tzid, calendar);
  }
  if (sessions.length === 0) zones.add((input.timezone === undefined ? undefined : icsZone(input.timezone)) ?? 'Etc/UTC');
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

/**
 * Sessions by start, then id. Callers pass them in page order (date, start,
 * group, type), which is by start already except among sessions starting
 * together, where the natural group order (g2 before g10) differs from id
 * order: so while starts do not decrease only those runs are put in id order
 * (on a copy, and only when needed); otherwise everything is sorted.
 */
function inStartOrder(sessions: readonly PlannedSession[]): readonly PlannedSession[] {
  let ordered: PlannedSession[] | undefined;
  let run = 0;
  for (let i = 1; i <= sessions.length; i++) {
    if (i < sessions.length) {
      const order = compareText(sessions[i - 1]!.startUtc, sessions[i]!.startUtc);
      if (order > 0) return [...sessions].sort(compareStart);
      if (order === 0) continue;
    }
    // sessions[run … i-1] start together.
    if (i - run > 1 && !idsAscending(sessions, run, i)) {
      ordered ??= [...sessions];
      sortIds(ordered, run, i);
    }
    run = i;
  }
  return ordered ?? sessions;
}

function compareStart(a: PlannedSession, b: PlannedSession): number {
  return compareText(a.startUtc, b.startUtc) || compareText(a.id, b.id);
}

function idsAscending(sessions: readonly PlannedSession[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (sessions[i - 1]!.id > sessions[i]!.id) return false;
  return true;
}

/** Insertion sort by id of sessions[from … to-1]: a run is a few sessions, and like Array#sort it keeps equal ids in order. */
function sortIds(sessions: PlannedSession[], from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const session = sessions[i]!;
    let at = i;
    for (; at > from && sessions[at - 1]!.id > session.id; at--) sessions[at] = sessions[at - 1]!;
    sessions[at] = session;
  }
}

/** One VEVENT as one template, each line folded and ended with CRLF (the fixed lines are short ASCII and need no folding). */
function eventText(session: PlannedSession, tzid: string | null | undefined, calendar: CalendarText): string {
  const idFlags = scan(session.id); // the id goes into the UID and the DESCRIPTION: scanned once
  const location = session.location ? `${textLine('LOCATION:', session.location)}\r\n` : '';
  return (
    `BEGIN:VEVENT\r\n${uidLine(session.id, idFlags, calendar)}\r\nSEQUENCE:0\r\n${calendar.dtstampLine}` +
    `${timeLines(session, tzid)}${textLine('SUMMARY:', session.title)}\r\n${location}` +
    `${descriptionLine(session, idFlags)}\r\nEND:VEVENT\r\n`
  );
}

/** `UID:<id>@<program>.cohort`, folded; `idFlags` is `scan(id)`. */
function uidLine(id: string, idFlags: number, calendar: CalendarText): string {
  const line = `UID:${idFlags & TEXT_SPECIAL ? text(id) : id}${calendar.uidSuffix}`;
  return idFlags & NON_ASCII || !calendar.uidSuffixAscii ? fold(line) : foldAscii(line);
}

/** `<name><value>` for a TEXT value: escaped, then folded. */
function textLine(name: string, value: string): string {
  const flags = scan(value);
  const line = name + (flags & TEXT_SPECIAL ? text(value) : value);
  return flags & NON_ASCII ? fold(line) : foldAscii(line);
}

/**
 * The DTSTART and DTEND lines, each ended with CRLF: local times in the
 * session's zone, or UTC when there is no zone, or on a date next to or on
 * a change of the zone's clocks (a time in a repeated hour reads as its
 * first occurrence, and one in a skipped hour has no reading at all; the
 * days around are included because a session may run into the change).
 */
function timeLines(session: PlannedSession, tzid: string | null | undefined): string {
  if (!tzid || !steadyDate(session)) {
    return `${fold(`DTSTART:${utcStamp(session.startUtc)}`)}\r\n${fold(`DTEND:${utcStamp(session.endUtc)}`)}\r\n`;
  }
  const zone = zoneText(tzid);
  const day = compactDate(session.date);
  // A session that ends at or before its start runs past midnight.
  const endDay = session.end <= session.start ? compactNextDay(session.date) : day;
  const start = clock(session.start);
  const end = clock(session.end);
  const startLine = `${zone.start}${day.text}T${start.text}`;
  const endLine = `${zone.end}${endDay.text}T${end.text}`;
  return zone.ascii && day.ascii && endDay.ascii && start.ascii && end.ascii
    ? `${foldAscii(startLine)}\r\n${foldAscii(endLine)}\r\n`
    : `${fold(startLine)}\r\n${fold(endLine)}\r\n`;
}

/** Whether the session's date, and the days around it, keep one UTC offset in its zone; by zone and date (a plan has few of either). */
function steadyDate(session: PlannedSession): boolean {
  let byDate = steadyDates.get(session.timezone);
  if (byDate === undefined) steadyDates.set(session.timezone, (byDate = new Map()));
  let steady = byDate.get(session.date);
  if (steady === undefined) {
    if (byDate.size >= 10_000) byDate.clear();
    const day = parseDate(session.date);
    byDate.set(session.date, (steady = day !== undefined && isSteadyDay(day, session.timezone)));
  }
  return steady;
}

const steadyDates = new Map<string, Map<string, boolean>>();

/** The per-zone starts of the DTSTART and DTEND lines: `DTSTART;TZID=Europe/Berlin:`. */
interface ZoneText {
  start: string;
  end: string;
  ascii: boolean;
}

const zoneTexts = new Map<string, ZoneText>();

function zoneText(tzid: string): ZoneText {
  let found = zoneTexts.get(tzid);
  if (found === undefined) {
    found = { start: `DTSTART;TZID=${tzid}:`, end: `DTEND;TZID=${tzid}:`, ascii: isAscii(tzid) };
    zoneTexts.set(tzid, found);
  }
  return found;
}

/** Text derived from a session's date or time, and whether it is ASCII (then the line it goes into folds by its length). */
interface Derived {
  text: string;
  ascii: boolean;
}

/**
 * Memoised per-date and per-time text: a plan's thousands of sessions share a
 * few hundred dates and a few dozen times. Bounded, as a long-running process
 * may render many plans.
 */
const MEMO_LIMIT = 10_000;
const compactDates = new Map<string, Derived>();
const compactNextDays = new Map<string, Derived>();
const clocks = new Map<string, Derived>();

function memo(cache: Map<string, Derived>, key: string, compute: (key: string) => string): Derived {
  let found = cache.get(key);
  if (found === undefined) {
    if (cache.size >= MEMO_LIMIT) cache.clear();
    const text = compute(key);
    found = { text, ascii: isAscii(text) };
    cache.set(key, found);
  }
  return found;
}

/** `2026-03-03` → `20260303`. */
function compactDate(date: string): Derived {
  return memo(compactDates, date, withoutDashes);
}

/** `2026-03-03` → `20260304`, the day after. */
function compactNextDay(date: string): Derived {
  return memo(compactNextDays, date, nextCompactDay);
}

/** `14:00` → `140000`. */
function clock(hhmm: string): Derived {
  return memo(clocks, hhmm, seconds);
}

function withoutDashes(date: string): string {
  return date.replaceAll('-', '');
}

function nextCompactDay(date: string): string {
  return withoutDashes(nextDay(date));
}

function seconds(hhmm: string): string {
  return `${hhmm.replace(':', '')}00`;
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

/** `DESCRIPTION:` and the session's facts, one per line, escaped as TEXT, folded; `idFlags` is `scan(session.id)`. */
function descriptionLine(session: PlannedSession, idFlags: number): string {
  const group = session.group === 'all' ? 'all (cohort-wide)' : session.group;
  // The labels are plain ASCII, so the values alone decide whether escaping or a UTF-8 fold is needed.
  let flags = idFlags | scan(group) | scan(session.type);
  if (session.lead) flags |= scan(session.lead);
  if (session.module) flags |= scan(session.module);
  const value =
    flags & TEXT_SPECIAL
      ? // Escaped as a whole: a value ending in CR and the line break after it make one break.
        text(facts(session, group, '\n'))
      : // Without special characters only the line breaks need escaping, and those are ours.
        facts(session, group, '\\n');
  const line = `DESCRIPTION:${value}`;
  return flags & NON_ASCII ? fold(line) : foldAscii(line);
}

/** The DESCRIPTION's facts, separated by `lineBreak`. */
function facts(session: PlannedSession, group: string, lineBreak: string): string {
  const lead = session.lead ? `${lineBreak}Lead: ${session.lead}` : '';
  const module = session.module ? `${lineBreak}Module: ${session.module}` : '';
  return `Session: ${session.id}${lineBreak}Group: ${group}${lineBreak}Type: ${session.type}${lead}${module}`;
}

/** `scan` flags: a character `text` changes (control characters, line breaks among them, backslash, semicolon, comma). */
const TEXT_SPECIAL = 1;
/** `scan` flags: a character of more than one UTF-8 octet. */
const NON_ASCII = 2;

/**
 * Which of TEXT_SPECIAL and NON_ASCII a value holds: one pass over the value answers both, where a regex
 * test per question on the assembled line also had to flatten it first.
 */
function scan(value: string): number {
  let flags = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c === 0x7f || c === 0x5c /* \ */ || c === 0x3b /* ; */ || c === 0x2c /* , */) flags |= TEXT_SPECIAL;
    else if (c > 0x7f) flags |= NON_ASCII;
  }
  return flags;
}

function isAscii(value: string): boolean {
  return (scan(value) & NON_ASCII) === 0;
}

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and newline escaped; control characters dropped. */
function text(value: string): string {
  if (!(scan(value) & TEXT_SPECIAL)) return value;
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').replace(/\r\n|[\r\n\\;,]/g, (ch) => TEXT_ESCAPES[ch] ?? '\\n');
}

/** The escapes of `text` after control characters are gone; a line break (CRLF, CR or LF) becomes `\n`. */
const TEXT_ESCAPES: Record<string, string> = { '\\': '\\\\', ';': '\\;', ',': '\\,' };

/** Folds a content line at 75 octets (RFC 5545 3.1) without splitting a UTF-8 character. */
export function fold(line: string): string {
  // A UTF-16 unit is at most 3 UTF-8 octets (a surrogate pair 4 for 2 units): 25 units never exceed 75 octets.
  if (line.length <= 25) return line;
  return scan(line) & NON_ASCII ? foldUtf8(line) : foldAscii(line);
}

/** `fold` for a line with multi-octet characters: counts octets per code point, cutting only between code points. */
function foldUtf8(line: string): string {
  const parts: string[] = [];
  let from = 0;
  let octets = 0;
  let limit = 75;
  for (let i = 0; i < line.length; ) {
    const c = line.charCodeAt(i);
    let units = 1;
    let size: number;
    if (c < 0x80) size = 1;
    else if (c < 0x800) size = 2;
    else if (c >= 0xd800 && c <= 0xdbff && isLowSurrogate(line.charCodeAt(i + 1))) {
      units = 2;
      size = 4;
    } else size = 3; // a lone surrogate is written as U+FFFD, also 3 octets
    if (octets + size > limit) {
      parts.push(line.slice(from, i));
      from = i;
      octets = 0;
      limit = 74; // continuation lines start with a space
    }
    octets += size;
    i += units;
  }
  parts.push(line.slice(from));
  return parts.join('\r\n ');
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
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
