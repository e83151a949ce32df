import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { AssessmentRecord, AttendanceRecord, FeedbackKind, FeedbackRecord, ProjectRecord, ProjectStatus } from '../../src/records/types.js';
import { parseDate } from '../../src/util/dates.js';

/**
 * A tiny stand-in for the records readers: the example's canonical CSVs as
 * records, with file and line. Enough for these tests only (no email
 * resolution beyond the given map, no error reporting).
 */
type Row = Record<string, string>;

function rows(root: string, file: string): Array<{ row: Row; line: number }> {
  const parsed = parse(readFileSync(path.join(root, 'records', file)), { bom: true, columns: true, comment: '#', info: true, skip_empty_lines: true }) as Array<{
    record: Row;
    info: { lines: number };
  }>;
  return parsed.map((p) => ({ row: p.record, line: p.info.lines }));
}

const num = (text: string | undefined): number | undefined => (text === undefined || text === '' ? undefined : Number(text));
const day = (text: string): number => parseDate(text)!;

export async function* each<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

/** `items` in batches of `size` (the last one shorter), as readAttendanceBatches gives records. */
export async function* batches<T>(items: readonly T[], size: number): AsyncGenerator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

export function attendanceRows(root: string): AttendanceRecord[] {
  return rows(root, 'attendance.csv').map(({ row, line }) => ({
    participant: row.participant!,
    date: day(row.date!),
    type: row.type!,
    status: row.status as AttendanceRecord['status'],
    cohort: row.cohort ?? '',
    group: row.group ?? '',
    ...(num(row.minutes) !== undefined ? { minutes: num(row.minutes)! } : {}),
    source: { file: 'records/attendance.csv', line },
  }));
}

export function assessmentRows(root: string): AssessmentRecord[] {
  return rows(root, 'assessments.csv').map(({ row, line }) => ({
    participant: row.participant!,
    module: row.module!,
    score: row.score!.endsWith('%') ? Number(row.score!.slice(0, -1)) / 100 : Number(row.score),
    date: day(row.date!),
    assessor: row.assessor ?? '',
    source: { file: 'records/assessments.csv', line },
  }));
}

export function projectRows(root: string): ProjectRecord[] {
  return rows(root, 'projects.csv').map(({ row, line }) => {
    const record: ProjectRecord = { project: row.project!, status: row.status as ProjectStatus, date: day(row.date!), source: { file: 'records/projects.csv', line } };
    const planned = num(row.planned_days);
    const actual = num(row.actual_days);
    const rework = num(row.rework_count);
    const satisfaction = num(row.satisfaction);
    if (planned !== undefined) record.plannedDays = planned;
    if (actual !== undefined) record.actualDays = actual;
    if (rework !== undefined) record.reworkCount = rework;
    if (satisfaction !== undefined) record.satisfaction = satisfaction;
    return record;
  });
}

/** `kinds` infers a missing kind from `to` (participant ids, mentor ids; anything else is a project). */
export function feedbackRows(root: string, kinds: { participants: Set<string>; mentors: Set<string> }): FeedbackRecord[] {
  return rows(root, 'feedback.csv').map(({ row, line }) => ({
    from: row.from!,
    to: row.to!,
    rating: Number(row.rating),
    date: day(row.date!),
    comment: row.comment ?? '',
    kind: (row.kind || (kinds.participants.has(row.to!) ? 'peer' : kinds.mentors.has(row.to!) ? 'mentor' : 'stakeholder')) as FeedbackKind,
    source: { file: 'records/feedback.csv', line },
  }));
}
