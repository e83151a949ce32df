/**
 * The variables onboarding templates receive: a public contract, listed in
 * the README. Every key is always present; what a program leaves out is
 * `null` (text, objects) or `[]` (lists), so `{% if lead %}` works under
 * strict variables. Names are snake_case, as is usual in Liquid.
 */

export interface PersonView {
  id: string;
  name: string;
  email: string;
  department: string | null;
  /** IANA zone the person works in. */
  timezone: string;
}

export interface ProgramView {
  id: string;
  name: string;
  description: string | null;
  /** The program's zone (communities of practice meet in it). */
  timezone: string;
  sponsors: Array<{ name: string; email: string | null; role: string | null }>;
}

export interface ChannelsView {
  /** Where to ask for help: a chat channel, email or link. */
  support: string | null;
  /** Where governance incidents are reported. */
  incidents: string | null;
}

export interface TouchpointView {
  type: string;
  title: string;
  description: string | null;
  cadence: 'weekly' | 'biweekly' | 'monthly';
  /** "every Tuesday", "every second Thursday", "on the last Friday of each month". */
  cadence_label: string;
  /** `mon` … `sun`. */
  weekday: string;
  /** `HH:MM` in the cohort's zone, or null when the planner picks a time per group. */
  time: string | null;
  /** As written (`30m`, `1h30m`) and in words ("30 minutes", "1 hour 30 minutes"). */
  duration: string;
  duration_label: string;
  scope: 'group' | 'cohort';
  location: string | null;
}

export interface CohortView {
  id: string;
  name: string;
  description: string | null;
  timezone: string;
  /** `YYYY-MM-DD` and "Mon 2 Mar 2026". */
  start: string;
  start_label: string;
  end: string;
  end_label: string;
  weeks: number;
  curriculum: { id: string; name: string; description: string | null; level: string | null; hours_per_week: number };
  capstone: { name: string; description: string | null; weeks: number; start: string; start_label: string; end: string; end_label: string } | null;
  touchpoints: TouchpointView[];
}

export interface LocalTimesView {
  /** "Tue 3 Mar 2026, 08:00–08:30 (America/New_York)". */
  label: string;
  date: string;
  /** "Tue 3 Mar 2026". */
  day: string;
  start: string;
  end: string;
  timezone: string;
}

export interface SessionView {
  /** `cohort/group/type/YYYY-MM-DD`, as in schedule.csv. */
  id: string;
  title: string;
  type: string;
  /** `g1`, … ; `all` for cohort-wide sessions; the community id for communities of practice. */
  group: string;
  cohort_wide: boolean;
  /** As planned, in `timezone` (the cohort's zone; the program's for communities). */
  date: string;
  start: string;
  end: string;
  timezone: string;
  /** The same session in the pack owner's own zone; `when` is `local.label`. */
  when: string;
  local: LocalTimesView;
  lead: PersonView | null;
  module: { id: string; name: string } | null;
  location: string | null;
}

export interface ModuleStepView {
  /** 1, 2, … in prerequisite order (the order the cohort takes them). */
  step: number;
  id: string;
  name: string;
  description: string | null;
  hours: number;
  mode: string;
  prerequisites: Array<{ id: string; name: string }>;
  first_week: number;
  last_week: number;
  /** "week 1" or "weeks 2–3". */
  weeks_label: string;
  start: string;
  start_label: string;
  end: string;
  end_label: string;
  assessment: { type: string; pass_percent: number } | null;
  competencies: Array<{ id: string; name: string; level: number }>;
  resources: Array<{ title: string; url: string }>;
}

export interface CredentialView {
  id: string;
  name: string;
  description: string | null;
  valid_for_months: number | null;
  modules: Array<{ id: string; name: string }>;
  attendance_percent: number | null;
  capstone: boolean;
}

export interface CommunityView {
  id: string;
  name: string;
  description: string | null;
  cadence: string;
  /** "every second Wednesday, 14:00–15:00 (Europe/Berlin)". */
  schedule: string;
  host: PersonView | null;
  location: string | null;
  formats: string[];
  /** The first meeting within the pack's dates, in the owner's zone. */
  first_session: SessionView | null;
  /** Meetings within the pack's dates (all of them are in the .ics). */
  session_count: number;
}

export interface DataClassView {
  id: string;
  name: string;
  description: string | null;
  allowed: boolean;
  requires_approval: boolean;
  /** Names of the tools approved for this class. */
  tools: string[];
}

export interface GovernanceView {
  name: string;
  last_reviewed: string;
  data_classes: DataClassView[];
  /** Allowed without approval / allowed with approval / never allowed. */
  open_data_classes: DataClassView[];
  approval_data_classes: DataClassView[];
  forbidden_data_classes: DataClassView[];
  tools: Array<{ id: string; name: string; url: string | null; data_classes: Array<{ id: string; name: string }> }>;
  approvers: Array<{ id: string | null; name: string; email: string | null }>;
  /** The duties of the pack owner's role. */
  role: { id: string; name: string; must: string[]; may_not: string[] };
  /** True when the pack owner is one of the approvers. */
  you_approve: boolean;
}

/** Variables every template of a pack receives. */
export interface CommonScope {
  program: ProgramView;
  channels: ChannelsView;
  cohort: CohortView;
  glossary: Array<{ term: string; definition: string }>;
  governance: GovernanceView;
  learning_path: ModuleStepView[];
  communities: CommunityView[];
  /** The owner's sessions in this cohort (communities excluded), in time order. */
  sessions: SessionView[];
  first_session: SessionView | null;
}

export interface ParticipantPersonView extends PersonView {
  role: 'participant';
  track: 'short' | 'deep';
  joined: string | null;
  left: string | null;
  /** First and last day sessions are expected of them (joined/left within the cohort). */
  first_day: string;
  first_day_label: string;
  last_day: string;
  last_day_label: string;
}

export interface MemberView extends PersonView {
  is_you: boolean;
  community_mentor: PersonView | null;
}

export interface ParticipantScope extends CommonScope {
  person: ParticipantPersonView;
  group: { id: string; lead: PersonView | null; members: MemberView[] } | null;
  lead: PersonView | null;
  community_mentor: PersonView | null;
  weekly_hours: number;
  credentials: CredentialView[];
  code_of_conduct: CodeOfConductView;
}

export interface CodeOfConductView {
  /** The program file it came from, or null for the built-in text. */
  source: string | null;
  /** Markdown, to be written with `| raw`. */
  markdown: string;
}

export interface MentorPersonView extends PersonView {
  role: 'lead-mentor' | 'community-mentor';
  tier: 'lead' | 'community';
}

export interface MentorMemberView extends PersonView {
  /** This member's community mentor is the pack owner. */
  mentee: boolean;
  community_mentor: PersonView | null;
  joined: string | null;
  left: string | null;
  /** The member's first session of the group, in the member's own zone. */
  first_session: string | null;
}

export interface MentorGroupView {
  id: string;
  you_lead: boolean;
  lead: PersonView | null;
  community_mentors: PersonView[];
  members: MentorMemberView[];
  /** The group's own first session (cohort-wide ones are not the group's), in the owner's zone; null when it has none. */
  first_session: SessionView | null;
  /** The group's own sessions (cohort-wide ones not counted). */
  session_count: number;
  /** Sessions of this group the owner leads in place of its lead (cover). */
  covered_sessions: SessionView[];
}

export interface MentorScope extends CommonScope {
  person: MentorPersonView;
  groups: MentorGroupView[];
  mentees: Array<MentorMemberView & { group: string }>;
  /**
   * Null unless the owner also takes part in this cohort; then the group
   * they are a member of and their days as a participant (their sessions
   * and calendar include that group's sessions on those days).
   */
  taking_part: { group: string | null; first_day: string; first_day_label: string; last_day: string; last_day_label: string } | null;
  /** The cohort's check-in touchpoint (type `check-in`, else the first group touchpoint), or null. */
  check_in: TouchpointView | null;
}
