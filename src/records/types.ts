import type { DayNumber } from '../util/dates.js';

/**
 * Canonical records, as read from `records/` (FORMAT.md "Records"). Readers
 * resolve participant columns (id or email) to participant ids, parse dates
 * to day numbers and scores to 0..1, and keep where each row came from so a
 * later finding can name its file and line.
 */
export interface RowSource {
  /** Path relative to the program root. */
  file: string;
  /** 1-based line of the row's first character (quoted fields may span lines). */
  line: number;
}

export type AttendanceStatus = 'present' | 'absent' | 'excused';

export interface AttendanceRecord {
  participant: string;
  date: DayNumber;
  type: string;
  status: AttendanceStatus;
  /** Empty when the row names no cohort (then it belongs to the participant's cohort, matched by date). */
  cohort: string;
  group: string;
  minutes?: number;
  source: RowSource;
}

export interface AssessmentRecord {
  participant: string;
  module: string;
  /** 0..1, whether written as 0.88 or 88%. */
  score: number;
  date: DayNumber;
  assessor: string;
  source: RowSource;
}

export type ProjectStatus = 'proposed' | 'approved' | 'in-progress' | 'delivered' | 'accepted' | 'cancelled';

export interface ProjectRecord {
  project: string;
  status: ProjectStatus;
  date: DayNumber;
  plannedDays?: number;
  actualDays?: number;
  reworkCount?: number;
  /** 1..5 */
  satisfaction?: number;
  source: RowSource;
}

export type FeedbackKind = 'peer' | 'mentor' | 'stakeholder';

export interface FeedbackRecord {
  from: string;
  /** A participant id, a mentor id, or a project id (as written, ids resolved from emails). */
  to: string;
  /** 1..5 */
  rating: number;
  date: DayNumber;
  comment: string;
  /** As written, or inferred from `to` (participant: peer, mentor: mentor, project: stakeholder). */
  kind: FeedbackKind;
  source: RowSource;
}

/** A problem in a record file: errors stop the report, warnings are shown and the row is left out. */
export interface RecordFinding {
  severity: 'error' | 'warning';
  file: string;
  line: number;
  column?: string;
  message: string;
  hint?: string;
}
