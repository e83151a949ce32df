/**
 * The report data model: what `cohort report` computes from the program,
 * its plan and the records, as of a date. Engines fill it; renderers (CSV,
 * Markdown, JSON, Open Badges) read it. Plain data, deterministically sorted;
 * dates are `YYYY-MM-DD`; rates are 0..1, or null where there is no data.
 */

export interface AttendanceFigures {
  present: number;
  /** Counted sessions the person was expected at, excused ones left out. */
  expected: number;
  excused: number;
  /** present ÷ expected; null when nothing was expected yet. */
  rate: number | null;
}

export type ModuleStatus = 'passed' | 'failed' | 'missing';

export interface ModuleResult {
  module: string;
  status: ModuleStatus;
  /** Best score over all attempts, 0..1. */
  bestScore: number | null;
  attempts: number;
  /** Date of the first attempt that reached passScore. */
  passedOn: string | null;
  /** The module's pass mark; null when it has no assessment (then no score passes it, and it is never failed or overdue). */
  passScore: number | null;
  /** The module's span in the cohort calendar ended before the report date without a pass (modules begun after a learner left are never overdue). */
  overdue: boolean;
}

export type CredentialState = 'earned' | 'in-progress' | 'expired';

export interface CredentialResult {
  credential: string;
  name: string;
  status: CredentialState;
  earnedOn: string | null;
  expiresOn: string | null;
  /** What is still missing, in words ("module data-basics", "attendance 0.68 < 0.75", "capstone accepted"). */
  missing: string[];
}

export interface ParticipantReport {
  cohort: string;
  participant: string;
  name: string;
  email: string;
  department: string;
  group: string;
  /** Their `left` date, or null. Learners who left before the cohort's last day (withdrew) are never flagged at risk. */
  left: string | null;
  attendance: AttendanceFigures;
  /** In the order the modules run. */
  modules: ModuleResult[];
  modulesPassed: number;
  /** Modules with an assessment (the ones that can be passed). */
  modulesTotal: number;
  /** Competency id → level reached from passed modules (the highest level any passed module gives). */
  competencies: Record<string, number>;
  credentials: CredentialResult[];
  /** When a capstone project with the participant in its team was accepted; null when none yet. */
  capstoneAcceptedOn: string | null;
  atRisk: boolean;
  atRiskReasons: string[];
}

export interface GroupReport {
  group: string;
  lead: string;
  participants: number;
  attendanceRate: number | null;
}

export interface CohortReport {
  cohort: string;
  name: string;
  curriculum: string;
  start: string;
  end: string;
  state: 'planned' | 'running' | 'ended';
  participants: number;
  /** Planned sessions on or before the report date; of those, counted (any attendance recorded) and unrecorded. */
  sessions: { planned: number; counted: number; unrecorded: number };
  /** Ids of the unrecorded sessions (`cohort/group/type/date`), in date order. */
  unrecordedSessions: string[];
  attendanceRate: number | null;
  /** Share who passed every assessed module; null unless the cohort has ended (as the completion_rate criterion). */
  completionRate: number | null;
  /** Share holding at least one credential (earned or expired); null unless the cohort has ended (as the credential_rate criterion). */
  credentialRate: number | null;
  /** Participants holding at least one credential (earned or expired) so far, in any state of the cohort. */
  credentialHolders: number;
  atRisk: number;
  departmentMix: Record<string, number>;
  groups: GroupReport[];
}

export interface ModuleReport {
  cohort: string;
  module: string;
  name: string;
  passed: number;
  failed: number;
  missing: number;
  completionRate: number | null;
  averageBestScore: number | null;
}

export interface MentorReport {
  mentor: string;
  name: string;
  tier: 'lead' | 'community';
  /** Groups led (lead) or learners served (community), over all cohorts (in `byCohort`: in that cohort). */
  assigned: number;
  /** Most learners the mentor serves at one time (leads: members of the groups they lead); in `byCohort`, of that cohort. */
  peakLearners: number;
  feedbackAverage: number | null;
  feedbackCount: number;
}

export interface ProjectReport {
  cohort: string;
  project: string;
  title: string;
  status: string;
  capstone: boolean;
  /** Delivered or accepted with actual_days <= planned_days; null when not delivered or days unknown. */
  onTime: boolean | null;
  /** First day the history shows it delivered (or accepted), and first day accepted. */
  deliveredOn: string | null;
  acceptedOn: string | null;
  plannedDays: number | null;
  actualDays: number | null;
  reworkCount: number | null;
  /** The latest `satisfaction` in its history; without one, the average of its stakeholder feedback ratings. */
  satisfaction: number | null;
}

export interface FeedbackAverage {
  count: number;
  average: number | null;
}

export type CriterionStatus = 'met' | 'missed' | 'n/a';

export interface CriterionResult {
  metric: string;
  min: number | null;
  max: number | null;
  value: number | null;
  status: CriterionStatus;
  perCohort: Record<string, number | null>;
}

export interface FeedbackAverages {
  peer: FeedbackAverage;
  mentor: FeedbackAverage;
  stakeholder: FeedbackAverage;
}

/**
 * One cohort's own feedback and mentor figures, which `--cohort` shows in
 * place of the program-wide ones: peer ratings credited to the cohort, mentor
 * ratings from its participants, stakeholder ratings of its projects; the
 * mentors who serve it, with its groups or learners, its peak and its
 * participants' ratings.
 */
export interface CohortFigures {
  feedback: FeedbackAverages;
  mentors: MentorReport[];
}

export interface ReportModel {
  program: { id: string; name: string };
  asOf: string;
  cohorts: CohortReport[];
  participants: ParticipantReport[];
  modules: ModuleReport[];
  mentors: MentorReport[];
  projects: ProjectReport[];
  feedback: FeedbackAverages;
  criteria: CriterionResult[];
  /** Cohort id → its own figures, which `narrowReport` (`--cohort`) shows as `feedback` and `mentors` (a narrowed report holds none here). Not written to metrics.json. */
  byCohort: Record<string, CohortFigures>;
}
