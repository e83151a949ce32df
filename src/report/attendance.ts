import type { AttendanceRecord, AttendanceStatus, RecordFinding } from '../records/types.js';
import { formatDate } from '../util/dates.js';
import type { AttendanceFigures } from './types.js';
import { type ReportContext, type Slot, findSession, runningOn } from './context.js';

/**
 * Attendance, streamed (FORMAT.md "Records", Attendance). Memory is one
 * status byte per participant per expected session and one "counted" byte per
 * planned session, whatever the number of rows.
 */
export const NONE = 0;
export const ABSENT = 1;
export const EXCUSED = 2;
export const PRESENT = 3;

/** For duplicate rows: present wins over excused, excused over absent. */
const RANK: Record<AttendanceStatus, number> = { absent: ABSENT, excused: EXCUSED, present: PRESENT };

export interface AttendanceBook {
  /** Per planned session: 1 once any attendance row is recorded for it. */
  counted: Uint8Array;
  /** Per slot, per expected session (Slot.sessions order): NONE … PRESENT. */
  status: Uint8Array[];
}

/** Reads the attendance records, a batch at a time (one async step per chunk of a file, not per row), in file order. */
export async function readAttendance(ctx: ReportContext, batches: AsyncIterable<readonly AttendanceRecord[]>, warn: (f: RecordFinding) => void): Promise<AttendanceBook> {
  const book: AttendanceBook = {
    counted: new Uint8Array(ctx.sessions.id.length),
    status: ctx.slots.map((s) => new Uint8Array(s.sessions.length)),
  };
  for await (const batch of batches) {
    for (const row of batch) record(ctx, book, row, warn);
  }
  return book;
}

/** One row into the book, or a warning. */
function record(ctx: ReportContext, book: AttendanceBook, row: AttendanceRecord, warn: (f: RecordFinding) => void): void {
  // A report as of a date ignores what was recorded after it.
  if (row.date > ctx.today) return;
  const match = matchRow(ctx, row);
  if ('problem' in match) {
    warn({ severity: 'warning', file: row.source.file, line: row.source.line, ...(match.column ? { column: match.column } : {}), message: match.problem, ...(match.hint ? { hint: match.hint } : {}) });
    return;
  }
  book.counted[match.session] = 1;
  const slot = ctx.slots[match.slot]!;
  const local = indexOf(slot.sessions, match.session);
  // A row from before they joined or after they left counts the session but expects nothing of them.
  if (local >= 0) book.status[slot.index]![local] = Math.max(book.status[slot.index]![local]!, RANK[row.status]);
}

type Match = { slot: number; session: number } | { problem: string; column?: string; hint?: string };

export function matchRow(ctx: ReportContext, row: AttendanceRecord): Match {
  const slots = ctx.slotsOf(row.participant);
  if (slots.length === 0) return { problem: `unknown participant "${row.participant}"`, column: 'participant' };
  if (row.cohort) {
    const cohort = ctx.cohortById.get(row.cohort);
    if (!cohort) return { problem: `unknown cohort "${row.cohort}"`, column: 'cohort' };
    const slot = slots.find((s) => ctx.slots[s]!.cohort === cohort.index);
    if (slot === undefined) return { problem: `${row.participant} is not a participant of ${row.cohort}`, column: 'cohort' };
    return matchSession(ctx, ctx.slots[slot]!, row);
  }
  if (slots.length === 1) return matchSession(ctx, ctx.slots[slots[0]!]!, row);
  const cohorts = slots.map((s) => ctx.cohorts[ctx.slots[s]!.cohort]!.id);
  const running = runningOn(ctx, slots, row.date);
  if (running.length === 1) return matchSession(ctx, ctx.slots[running[0]!]!, row);
  if (running.length === 0) {
    return { problem: `${row.participant} is in ${cohorts.join(' and ')}, none of which runs on ${formatDate(row.date)}`, column: 'date' };
  }
  // Overlapping cohorts: the one that planned such a session is meant.
  const tried = running.map((s) => matchSession(ctx, ctx.slots[s]!, row));
  const matching = tried.filter((m) => !('problem' in m));
  if (matching.length === 1) return matching[0]!;
  if (matching.length === 0) return tried[0]!;
  return {
    problem: `${row.participant} is in ${cohorts.join(' and ')}, and the row names no cohort: it could be either on ${formatDate(row.date)}`,
    column: 'cohort',
    hint: 'add a cohort column to the row',
  };
}

function matchSession(ctx: ReportContext, slot: Slot, row: AttendanceRecord): Match {
  const cohort = ctx.cohorts[slot.cohort]!;
  const group = row.group || slot.group;
  let session = findSession(cohort, row.date, row.type, group);
  // Cohort-wide sessions are planned for `all`; an export may name the person's own group.
  if (session === undefined && group === slot.group) session = findSession(cohort, row.date, row.type, 'all');
  if (session === undefined) {
    const label = group || cohort.id;
    return { problem: `no planned ${row.type} for ${label} on ${formatDate(row.date)}`, column: 'date', ...nearest(ctx, slot, row.type, group, row.date) };
  }
  const planned = ctx.sessions.group[session]!;
  if (planned !== 'all' && planned !== slot.group) {
    return { problem: `${row.participant} is in ${slot.group ? `group ${slot.group}` : 'no group'} of ${cohort.id}, not ${planned}`, column: 'group' };
  }
  return { slot: slot.index, session };
}

/** The planned dates of that type nearest the row's, as a hint ("the nearest planned check-in for g2: 2026-03-03"). */
function nearest(ctx: ReportContext, slot: Slot, type: string, group: string, day: number): { hint?: string } {
  const cohort = ctx.cohorts[slot.cohort]!;
  let best = -1;
  for (let s = cohort.firstSession; s < cohort.firstSession + cohort.sessionCount; s++) {
    if (ctx.sessions.type[s] !== type || (ctx.sessions.group[s] !== group && ctx.sessions.group[s] !== 'all')) continue;
    if (best < 0 || Math.abs(ctx.sessions.day[s]! - day) < Math.abs(ctx.sessions.day[best]! - day)) best = s;
  }
  if (best < 0) return { hint: `${cohort.id} plans no ${type} sessions${group ? ` for ${group}` : ''}` };
  return { hint: `the nearest planned ${type} is on ${formatDate(ctx.sessions.day[best]!)}` };
}

/** Binary search in an ascending array; -1 when absent. */
function indexOf(values: Int32Array, value: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = values[mid]!;
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** One participant's figures over counted sessions up to `asOf` (inclusive; default: all). */
export function attendanceFigures(ctx: ReportContext, book: AttendanceBook, slot: Slot, asOf = Infinity): AttendanceFigures {
  let present = 0;
  let expected = 0;
  let excused = 0;
  const status = book.status[slot.index]!;
  for (let i = 0; i < slot.sessions.length; i++) {
    const s = slot.sessions[i]!;
    if (ctx.sessions.day[s]! > asOf) break;
    if (!book.counted[s]) continue;
    if (status[i] === EXCUSED) excused++;
    else {
      expected++;
      if (status[i] === PRESENT) present++;
    }
  }
  return { present, expected, excused, rate: expected > 0 ? present / expected : null };
}

/** After each counted, expected (not excused) session: its day and the running totals. For "attendance as of a date". */
export interface AttendanceTimeline {
  day: number[];
  present: number[];
  expected: number[];
}

export function attendanceTimeline(ctx: ReportContext, book: AttendanceBook, slot: Slot): AttendanceTimeline {
  const timeline: AttendanceTimeline = { day: [], present: [], expected: [] };
  const status = book.status[slot.index]!;
  let present = 0;
  let expected = 0;
  for (let i = 0; i < slot.sessions.length; i++) {
    const s = slot.sessions[i]!;
    if (!book.counted[s] || status[i] === EXCUSED) continue;
    expected++;
    if (status[i] === PRESENT) present++;
    timeline.day.push(ctx.sessions.day[s]!);
    timeline.present.push(present);
    timeline.expected.push(expected);
  }
  return timeline;
}
