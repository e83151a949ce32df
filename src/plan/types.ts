import type { CohortCalendar } from '../calendar/cohort.js';
import type { DayNumber } from '../util/dates.js';

/**
 * The plan data model shared by the planning engines (pure functions) and
 * the renderers. Everything here is plain data, sorted deterministically.
 */

/** A person as the planner sees them: where and when they work. */
export interface PlanPerson {
  id: string;
  name: string;
  email: string;
  department: string;
  timezone: string;
  /** Minutes since local midnight, in the person's own zone. */
  workStart: number;
  workEnd: number;
  /** Working weekdays, 0 = Monday … 6 = Sunday. */
  workDays: number[];
}

export interface PlanParticipant extends PlanPerson {
  /** First and last day sessions are expected of them (joined/left, clipped to the cohort). */
  from: DayNumber;
  to: DayNumber;
}

export interface PlanMentor extends PlanPerson {
  tier: 'lead' | 'community';
  capacity: number;
  skills: string[];
  /** Inclusive day ranges when the mentor is away. */
  unavailable: Array<{ from: DayNumber; to: DayNumber }>;
  /** Curriculum of the mentor's most recent cohort, for rotation. */
  lastCurriculum?: string;
}

export interface PlannedGroup {
  /** g1, g2, … */
  id: string;
  /** Lead mentor id; '' when none could be assigned (an error was reported). */
  lead: string;
  /** Participant ids, sorted. */
  members: string[];
  /** Community mentor ids serving members of this group, sorted. */
  community: string[];
  /** The matching cost terms for this group's lead, for the report. */
  cost?: Record<string, number>;
}

export interface PlannedSession {
  /** `cohort/group/type/YYYY-MM-DD`; group is `all` for cohort-wide sessions. */
  id: string;
  cohort: string;
  group: string;
  type: string;
  title: string;
  /** Date, start and end in `timezone` (the cohort's zone). */
  date: string;
  start: string;
  end: string;
  timezone: string;
  /** The mentor actually leading this session ('' for none, e.g. a cohort-wide demo without a host). */
  lead: string;
  /** The module running that week ('' in capstone weeks). */
  module: string;
  location: string;
  /** Exact instants, ISO 8601 UTC (`2026-03-03T08:00:00Z`), for calendars. */
  startUtc: string;
  endUtc: string;
}

export interface Milestone {
  date: string;
  title: string;
}

export interface PlanWarning {
  severity: 'error' | 'warning';
  cohort: string;
  message: string;
  hint?: string;
}

export interface CohortPlan {
  cohort: string;
  name: string;
  timezone: string;
  calendar: CohortCalendar;
  groups: PlannedGroup[];
  sessions: PlannedSession[];
  milestones: Milestone[];
  /** Participant id → community mentor id. */
  communityMentor: Record<string, string>;
  /** Participants expected for part of the cohort only (joined late, left early): id → first and last day expected, YYYY-MM-DD. */
  partial?: Record<string, { from: string; to: string }>;
}
