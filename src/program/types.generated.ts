/* Generated from schemas/*.schema.json by `npm run gen:types`. Do not edit by hand. */

/**
 * A day or days without sessions: a date (`2026-04-03`), a named date (`{ date, name }`) or a named span (`{ from, to, name }`, both ends included).
 */
export type Holiday = string | NamedHoliday | HolidayPeriod;
/**
 * A target for one metric: at least `min`, at most `max`, or both (at least one of them).
 */
export type SuccessCriterion = MinimumCriterion | MaximumCriterion;
/**
 * A decision the planner must keep: `{ participant, group }` puts a participant in a group; `{ group, lead }` gives a group its lead mentor.
 */
export type Pin = ParticipantPin | LeadPin;

export interface ProgramDocuments {
  ProgramDocument: ProgramDocument;
  CurriculumDocument: CurriculumDocument;
  CohortDocument: CohortDocument;
  MentorRosterDocument: MentorRosterDocument;
  GovernanceDocument: GovernanceDocument;
}
/**
 * The program (kind: Program): the academy as a whole, with its time zone, working hours, holidays, sponsors, communities of practice, success criteria and validation settings. Exactly one per program, in `program.yaml` at the program root.
 */
export interface ProgramDocument {
  /**
   * Version of the program format. Always `cohort/v1`.
   */
  apiVersion: 'cohort/v1';
  /**
   * The kind of document. `Program` for this one.
   */
  kind: 'Program';
  metadata: Metadata;
  spec: ProgramSpec;
}
/**
 * Identifies the program: `id` (used in calendar UIDs and badge URLs) and `name` (the academy's title).
 */
export interface Metadata {
  /**
   * Identifier of this document, unique among documents of the same kind; other documents refer to it by this id. Lowercase letters, digits and hyphens.
   */
  id: string;
  /**
   * Human-readable title, shown in plans, reports and onboarding packs.
   */
  name: string;
  /**
   * Optional longer description, for readers of the YAML and of generated documents.
   */
  description?: string;
}
/**
 * The program's settings.
 */
export interface ProgramSpec {
  /**
   * IANA time zone of the program. The default for cohorts and people; communities of practice meet in it; `--today` defaults to today in it.
   */
  timezone: string;
  workingHours?: WorkingHours;
  /**
   * Days without sessions: a date, a named date, or a named span of dates. A touchpoint that falls on one moves to the nearest earlier working day of the same week, or is dropped. Holidays do not lengthen a cohort. Default: none.
   */
  holidays?: Holiday[];
  /**
   * Executive sponsors of the academy, named in reports and onboarding packs. Default: none.
   */
  sponsors?: Sponsor[];
  channels?: Channels;
  /**
   * Path, relative to the program root, of a Markdown file with the code of conduct included in onboarding packs. Default: a built-in text.
   */
  codeOfConduct?: string;
  badges?: Badges;
  /**
   * The shared vocabulary of the academy, included in onboarding packs. Default: none.
   */
  glossary?: GlossaryEntry[];
  /**
   * Communities of practice: program-wide recurring meetings, open to everyone, from the earliest planned cohort start to the latest cohort end. They do not count towards attendance. Default: none.
   */
  communities?: Community[];
  /**
   * Targets that `cohort report` scores, program-wide and per cohort. A metric with no data is `n/a`, neither met nor missed. Default: none.
   */
  successCriteria?: SuccessCriterion[];
  atRisk?: AtRisk;
  /**
   * Folder, relative to the program root, holding the CSV records (attendance, assessments, projects, feedback). Default: `records/`.
   */
  records?: string;
  /**
   * Extra glob patterns, relative to the program root, of YAML files that are not program documents (in addition to `records/`, `templates/`, `out/`, `node_modules/` and dot-folders). Default: none.
   *
   * Items: A glob pattern relative to the program root.
   */
  exclude?: string[];
  rules?: RuleSeverities;
}
/**
 * Default working hours for everyone, read in each person's own time zone; a person's own `workingHours` replace them. Default: 09:00 to 17:00, Monday to Friday.
 */
export interface WorkingHours {
  /**
   * Start of the working day, `HH:MM` (24 h, quoted in YAML).
   */
  start: string;
  /**
   * End of the working day, `HH:MM` (24 h, quoted in YAML). Sessions must end by this time.
   */
  end: string;
  /**
   * Working days. Default: Monday to Friday for the program; for a person, the program's working days.
   *
   * @minItems 1
   *
   * Items: A day of the week: mon, tue, wed, thu, fri, sat or sun.
   */
  days?: ('mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun')[];
}
/**
 * A single holiday with an optional name.
 */
export interface NamedHoliday {
  /**
   * The holiday, `YYYY-MM-DD`.
   */
  date: string;
  /**
   * Name of the holiday, shown in schedules.
   */
  name?: string;
}
/**
 * A span of holidays, both ends included, with an optional name.
 */
export interface HolidayPeriod {
  /**
   * First day of the break (included), `YYYY-MM-DD`.
   */
  from: string;
  /**
   * Last day of the break (included), `YYYY-MM-DD`.
   */
  to: string;
  /**
   * Name of the break, shown in schedules.
   */
  name?: string;
}
/**
 * An executive sponsor of the academy.
 */
export interface Sponsor {
  /**
   * The sponsor's full name.
   */
  name: string;
  /**
   * The sponsor's email address (optional).
   */
  email?: string;
  /**
   * The sponsor's role or job title (optional).
   */
  role?: string;
}
/**
 * Where people get help and report incidents; shown in onboarding packs.
 */
export interface Channels {
  /**
   * Where participants ask for help: a chat channel, email address or link.
   */
  support?: string;
  /**
   * Where governance incidents (e.g. data used against policy) are reported: an email address, chat channel or link.
   */
  incidents?: string;
}
/**
 * Open Badges settings for earned credentials. Without it, no badges are exported.
 */
export interface Badges {
  issuer: BadgeIssuer;
  /**
   * Web address under which the exported badge files (issuer, badge classes, assertions) will be hosted.
   */
  baseUrl: string;
}
/**
 * The organisation that issues the badges (the Open Badges issuer profile).
 */
export interface BadgeIssuer {
  /**
   * Name of the issuing organisation, shown on every badge.
   */
  name: string;
  /**
   * Home page of the issuing organisation.
   */
  url: string;
  /**
   * Contact email address of the issuer (optional).
   */
  email?: string;
}
/**
 * A term of the shared vocabulary and its meaning.
 */
export interface GlossaryEntry {
  /**
   * The term being defined.
   */
  term: string;
  /**
   * What the term means, in a sentence or two.
   */
  definition: string;
}
/**
 * A community of practice: a recurring program-wide meeting, in the program's time zone.
 */
export interface Community {
  /**
   * Identifier of the community, unique in the program.
   */
  id: string;
  /**
   * Name of the community, shown in calendars and onboarding packs.
   */
  name: string;
  /**
   * What the community is about (optional).
   */
  description?: string;
  /**
   * How often the community meets: `weekly`, `biweekly` (every second week) or `monthly` (the last `weekday` of each month).
   */
  cadence: 'weekly' | 'biweekly' | 'monthly';
  /**
   * A day of the week: mon, tue, wed, thu, fri, sat or sun.
   */
  weekday?: 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
  /**
   * Start time, `HH:MM` (24 h, quoted in YAML), in the program's time zone.
   */
  time: string;
  /**
   * Length of each meeting, e.g. `30m`, `1h`, `1h30m`. Default: `1h`.
   */
  duration?: string;
  /**
   * Id of the mentor who hosts the community (optional; any MentorRoster mentor).
   */
  host?: string;
  /**
   * Where the community meets: a room, a meeting link, or both (optional).
   */
  location?: string;
  /**
   * Formats the meetings use, as free labels (optional).
   *
   * Items: A meeting format.
   */
  formats?: string[];
}
/**
 * A target with a lower bound `min` (and optionally an upper bound `max`).
 */
export interface MinimumCriterion {
  /**
   * The metric scored. Shares are 0..1, averages are ratings 1..5. `attendance_rate`: attended share of counted participant-sessions. `credential_rate`: share of participants of ended cohorts who earned at least one credential. `on_time_delivery`: share of delivered projects delivered on time. `peer_feedback_avg`: average peer feedback rating. `mentor_load_max`: most learners one mentor serves at a time. `completion_rate`: share of participants of ended cohorts who passed every module of their curriculum. `stakeholder_satisfaction_avg`: average stakeholder rating of projects.
   */
  metric:
    | 'attendance_rate'
    | 'credential_rate'
    | 'on_time_delivery'
    | 'peer_feedback_avg'
    | 'mentor_load_max'
    | 'completion_rate'
    | 'stakeholder_satisfaction_avg';
  /**
   * The metric must be at least this value (a share 0..1 for `*_rate` and `on_time_delivery`, a rating 1..5 for `*_avg`, learners for `mentor_load_max`).
   */
  min: number;
  /**
   * The metric must be at most this value (same units as `min`).
   */
  max?: number;
}
/**
 * A target with an upper bound `max` (and optionally a lower bound `min`).
 */
export interface MaximumCriterion {
  /**
   * The metric scored. Shares are 0..1, averages are ratings 1..5. `attendance_rate`: attended share of counted participant-sessions. `credential_rate`: share of participants of ended cohorts who earned at least one credential. `on_time_delivery`: share of delivered projects delivered on time. `peer_feedback_avg`: average peer feedback rating. `mentor_load_max`: most learners one mentor serves at a time. `completion_rate`: share of participants of ended cohorts who passed every module of their curriculum. `stakeholder_satisfaction_avg`: average stakeholder rating of projects.
   */
  metric:
    | 'attendance_rate'
    | 'credential_rate'
    | 'on_time_delivery'
    | 'peer_feedback_avg'
    | 'mentor_load_max'
    | 'completion_rate'
    | 'stakeholder_satisfaction_avg';
  /**
   * The metric must be at least this value (a share 0..1 for `*_rate` and `on_time_delivery`, a rating 1..5 for `*_avg`, learners for `mentor_load_max`).
   */
  min?: number;
  /**
   * The metric must be at most this value (same units as `min`).
   */
  max: number;
}
/**
 * When `cohort report` flags a learner as at risk. Without it, no learner is flagged.
 */
export interface AtRisk {
  /**
   * Flag a learner whose attendance rate (0..1) is below this share.
   */
  attendanceBelow?: number;
}
/**
 * Severity per validation rule for this program, keyed by rule id (`group/name`): `off`, `warning` or `error`. Rules not listed keep their default severity.
 */
export interface RuleSeverities {
  /**
   * Severity for this rule: `off`, `warning` or `error`.
   *
   * This interface was referenced by `RuleSeverities`'s JSON-Schema definition
   * via the `patternProperty` "^[a-z-]+/[a-z0-9-]+$".
   */
  [k: string]: 'off' | 'warning' | 'error';
}
/**
 * A curriculum (kind: Curriculum): one track on the skill ladder, with its competencies, modules (a prerequisite graph without cycles), optional capstone project and micro-credentials. One or more per program, usually in `curricula/*.yaml`.
 */
export interface CurriculumDocument {
  /**
   * Version of the program format. Always `cohort/v1`.
   */
  apiVersion: 'cohort/v1';
  /**
   * The kind of document. `Curriculum` for this one.
   */
  kind: 'Curriculum';
  metadata: Metadata1;
  spec: CurriculumSpec;
}
/**
 * Identifies the curriculum: `id` (cohorts refer to it by this id) and `name`.
 */
export interface Metadata1 {
  /**
   * Identifier of this document, unique among documents of the same kind; other documents refer to it by this id. Lowercase letters, digits and hyphens.
   */
  id: string;
  /**
   * Human-readable title, shown in plans, reports and onboarding packs.
   */
  name: string;
  /**
   * Optional longer description, for readers of the YAML and of generated documents.
   */
  description?: string;
}
/**
 * The curriculum's content.
 */
export interface CurriculumSpec {
  /**
   * Rung of the skill ladder: `foundation`, `practitioner` or `advanced` (optional).
   */
  level?: 'foundation' | 'practitioner' | 'advanced';
  /**
   * How participants enter by default: `short` (focused modules) or `deep` (project-based track). A participant's `track` overrides it. Default: `deep`.
   */
  entry?: 'short' | 'deep';
  /**
   * Expected time commitment per participant, in hours per week. Modules are packed back to back at this rate, so it sets the cohort's length: total module hours / hoursPerWeek weeks (rounded up), plus the capstone weeks.
   */
  hoursPerWeek: number;
  /**
   * Competencies this curriculum develops; modules raise them and mentors' `skills` refer to them. Default: none.
   */
  competencies?: Competency[];
  /**
   * The modules, in their preferred order. They run one after another in prerequisite order (ties by their order here). At least one.
   *
   * @minItems 1
   */
  modules: Module[];
  capstone?: Capstone;
  /**
   * Micro-credentials participants can earn. Default: none.
   */
  credentials?: Credential[];
}
/**
 * A competency this curriculum develops.
 */
export interface Competency {
  /**
   * Identifier of the competency, unique in the curriculum; modules and mentors' `skills` refer to it.
   */
  id: string;
  /**
   * Name of the competency, shown in reports and onboarding packs.
   */
  name: string;
  /**
   * What the competency covers (optional).
   */
  description?: string;
}
/**
 * A unit of learning with its own assessment.
 */
export interface Module {
  /**
   * Identifier of the module, unique in the curriculum; prerequisites, credentials and assessment records refer to it.
   */
  id: string;
  /**
   * Name of the module, shown in schedules.
   */
  name: string;
  /**
   * What the module covers (optional).
   */
  description?: string;
  /**
   * Learning time of the module, in hours. With the curriculum's `hoursPerWeek` it sets how many weeks the module spans.
   */
  hours: number;
  /**
   * How the module is taught: `self-paced`, `collaborative` or `workshop`. Default: `self-paced`.
   */
  mode?: 'self-paced' | 'collaborative' | 'workshop';
  /**
   * Ids of modules of this curriculum that must come before this one (no cycles). Default: none.
   *
   * Items: A module id of this curriculum.
   */
  prerequisites?: string[];
  /**
   * Competencies raised by passing this module: competency id -> level reached (1, 2 or 3). Default: none.
   */
  competencies?: {
    /**
     * Level of the competency reached on passing: 1, 2 or 3.
     */
    [k: string]: number;
  };
  assessment?: Assessment;
  /**
   * Reading and links for the module, listed in onboarding packs. Default: none.
   */
  resources?: Resource[];
}
/**
 * How the module is assessed and the score needed to pass. Without it the module has no pass mark, so a credential cannot require it.
 */
export interface Assessment {
  /**
   * Kind of assessment: `quiz`, `project` or `review`.
   */
  type: 'quiz' | 'project' | 'review';
  /**
   * Score needed to pass, as a share from 0 to 1 (0.7 = 70 %). A module is passed when a recorded score is at least this.
   */
  passScore: number;
}
/**
 * A reading or link for a module.
 */
export interface Resource {
  /**
   * Title of the resource, shown as the link text.
   */
  title: string;
  /**
   * Web address of the resource.
   */
  url: string;
}
/**
 * Optional capstone project, run after the modules. Without it the cohort ends with its last module.
 */
export interface Capstone {
  /**
   * Name of the capstone, shown in schedules.
   */
  name: string;
  /**
   * What participants build in the capstone (optional).
   */
  description?: string;
  /**
   * Length of the capstone in weeks, added to the cohort after the modules.
   */
  weeks: number;
  /**
   * Ids of modules of this curriculum to finish before the capstone. Default: none.
   *
   * Items: A module id of this curriculum.
   */
  prerequisites?: string[];
}
/**
 * A micro-credential, earned on the first date on which all its requirements hold.
 */
export interface Credential {
  /**
   * Identifier of the credential, unique in the curriculum; used in the credential roster and badge files.
   */
  id: string;
  /**
   * Name of the credential, shown on certificates and badges.
   */
  name: string;
  /**
   * What the credential certifies (optional; used as the badge description).
   */
  description?: string;
  requires: CredentialRequirements;
  /**
   * How long the credential stays valid after it is earned, in months (at most 100 years). Omitted: it does not expire.
   */
  validFor?: number;
}
/**
 * What a participant must achieve to earn the credential; every listed requirement must hold.
 */
export interface CredentialRequirements {
  /**
   * Ids of modules of this curriculum that must each be passed (best score at least the module's `passScore`).
   *
   * Items: A module id of this curriculum.
   */
  modules?: string[];
  /**
   * Minimum share (0..1) of expected sessions attended, measured as of the day the other requirements hold. Not earned while no attendance is recorded.
   */
  attendance?: number;
  /**
   * `true`: a capstone project (`capstone: true`) with the participant in its team must be accepted. Default: `false`.
   */
  capstone?: boolean;
}
/**
 * A cohort (kind: Cohort): one run of a curriculum, with its start date, group sizes, recurring touchpoints, participants, planner pins and projects. Usually one per file in `cohorts/*.yaml`.
 */
export interface CohortDocument {
  /**
   * Version of the program format. Always `cohort/v1`.
   */
  apiVersion: 'cohort/v1';
  /**
   * The kind of document. `Cohort` for this one.
   */
  kind: 'Cohort';
  metadata: Metadata2;
  spec: CohortSpec;
}
/**
 * Identifies the cohort: `id` (used in output folders, session ids and records) and `name`.
 */
export interface Metadata2 {
  /**
   * Identifier of this document, unique among documents of the same kind; other documents refer to it by this id. Lowercase letters, digits and hyphens.
   */
  id: string;
  /**
   * Human-readable title, shown in plans, reports and onboarding packs.
   */
  name: string;
  /**
   * Optional longer description, for readers of the YAML and of generated documents.
   */
  description?: string;
}
/**
 * The cohort's settings and people.
 */
export interface CohortSpec {
  /**
   * Id of the Curriculum this cohort follows.
   */
  curriculum: string;
  /**
   * First day of week 1, `YYYY-MM-DD`. The cohort lasts as many weeks as its curriculum's modules and capstone need, and ends on the last day of its last week.
   */
  start: string;
  /**
   * IANA time zone in which the cohort's touchpoint weekdays and times are read. Default: the program's `timezone`.
   */
  timezone?: string;
  groups: GroupSize;
  /**
   * Recurring sessions (check-ins, code reviews, demos, …), on weekdays and at times in the cohort's time zone, within the cohort's weeks. Default: none.
   */
  touchpoints?: Touchpoint[];
  /**
   * The learners of this cohort.
   */
  participants: Participant[];
  /**
   * Decisions the planner must keep: a participant in a group (`{ participant, group }`) or a lead mentor for a group (`{ group, lead }`). Groups are named g1, g2, … per cohort. Default: none.
   */
  pins?: Pin[];
  /**
   * Projects the participants build, checked against the Governance document (tools, data classes, approvals). Default: none.
   */
  projects?: Project[];
}
/**
 * Bounds on the people per learning group. A cohort of N participants makes ceil(N / max) groups of balanced size, named g1, g2, …; each group has one lead mentor.
 */
export interface GroupSize {
  /**
   * Fewest participants in a group. Default: 1.
   */
  min?: number;
  /**
   * Most participants in a group; at least `min`.
   */
  max: number;
}
/**
 * A recurring session. `weekly`: every week from the first `weekday` on or after the cohort start; `biweekly`: every second one of those; `monthly`: the last `weekday` of each calendar month. A session on a holiday or non-working day moves to the nearest earlier working day of the same week, or is dropped.
 */
export interface Touchpoint {
  /**
   * What kind of session this is; attendance records name it in their `type` column. Unique within the cohort.
   */
  type: string;
  /**
   * Title shown in calendars and schedules. Default: derived from `type` ("Check-in").
   */
  title?: string;
  /**
   * What happens in the session (optional; shown in calendar entries).
   */
  description?: string;
  /**
   * How often the session recurs: `weekly`, `biweekly` (every second week) or `monthly` (the last `weekday` of each month).
   */
  cadence: 'weekly' | 'biweekly' | 'monthly';
  /**
   * A day of the week: mon, tue, wed, thu, fri, sat or sun.
   */
  weekday?: 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
  /**
   * Start time, `HH:MM` (24 h, quoted in YAML), in the cohort's time zone. Default: the planner chooses a time per group inside every member's and the lead's working hours.
   */
  time?: string;
  /**
   * Length of each session, e.g. `30m`, `1h`, `1h30m`.
   */
  duration: string;
  /**
   * Who attends: `group` (each learning group meets separately, with its lead) or `cohort` (the whole cohort together). Default: `group`.
   */
  scope?: 'group' | 'cohort';
  /**
   * Where the session takes place: a room, a meeting link, or both (optional).
   */
  location?: string;
}
/**
 * A learner in this cohort.
 */
export interface Participant {
  /**
   * Identifier of the participant, unique in the program; pins, projects and records refer to it.
   */
  id: string;
  /**
   * The participant's full name.
   */
  name: string;
  /**
   * The participant's email address; calendar invitations go to it, and records may use it instead of the id.
   */
  email: string;
  /**
   * The participant's department or business unit (optional; shown in group lists and reports).
   */
  department?: string;
  /**
   * IANA time zone the participant works in; working hours are read in it. Default: the cohort's time zone.
   */
  timezone?: string;
  workingHours?: WorkingHours1;
  /**
   * Date the participant joined, if after the cohort start; sessions before it are not expected of them (optional).
   */
  joined?: string;
  /**
   * Date the participant withdrew; nothing is expected of them after it (optional).
   */
  left?: string;
  /**
   * The participant's track: `short` (focused modules) or `deep` (project-based). Default: the curriculum's `entry`.
   */
  track?: 'short' | 'deep';
}
/**
 * The participant's own working hours, in their time zone; group touchpoints are placed inside them. Default: the program's working hours (and `days` default to the program's days).
 */
export interface WorkingHours1 {
  /**
   * Start of the working day, `HH:MM` (24 h, quoted in YAML).
   */
  start: string;
  /**
   * End of the working day, `HH:MM` (24 h, quoted in YAML). Sessions must end by this time.
   */
  end: string;
  /**
   * Working days. Default: Monday to Friday for the program; for a person, the program's working days.
   *
   * @minItems 1
   *
   * Items: A day of the week: mon, tue, wed, thu, fri, sat or sun.
   */
  days?: ('mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun')[];
}
/**
 * Keeps a participant in a group.
 */
export interface ParticipantPin {
  /**
   * Id of a participant of this cohort, to be placed in `group`.
   */
  participant: string;
  /**
   * Name of a group of this cohort: g1, g2, …
   */
  group: string;
}
/**
 * Keeps a lead mentor on a group.
 */
export interface LeadPin {
  /**
   * Name of a group of this cohort: g1, g2, …
   */
  group: string;
  /**
   * Id of a lead-tier mentor who leads `group`.
   */
  lead: string;
}
/**
 * A project built by participants of this cohort.
 */
export interface Project {
  /**
   * Identifier of the project, unique in the program; project and feedback records refer to it.
   */
  id: string;
  /**
   * Title of the project.
   */
  title: string;
  /**
   * What the project does and for whom (optional).
   */
  description?: string;
  /**
   * Ids of the participants of this cohort who build the project.
   *
   * @minItems 1
   *
   * Items: A participant id of this cohort.
   */
  team: string[];
  /**
   * Email address of the business sponsor (stakeholder) of the project (optional).
   */
  sponsor?: string;
  /**
   * Ids of Governance tools the project uses; each must be allowed for the project's data classes. Default: none.
   *
   * Items: A Governance tool id.
   */
  tools?: string[];
  /**
   * Ids of Governance data classes the project handles. Default: none.
   *
   * Items: A Governance data class id.
   */
  dataClasses?: string[];
  /**
   * `true` if this is a capstone project; when accepted it meets the capstone requirement of credentials for everyone in its team. Default: `false`.
   */
  capstone?: boolean;
  approval?: Approval;
}
/**
 * Governance approval of the project; needed where one of its data classes requires approval.
 */
export interface Approval {
  /**
   * Who approved: one of the Governance `approvers` (a mentor id or an email address).
   */
  by: string;
  /**
   * Date of the approval, `YYYY-MM-DD`.
   */
  on: string;
  /**
   * Reference of the approval, such as a ticket number (optional).
   */
  ref?: string;
}
/**
 * A mentor roster (kind: MentorRoster): the mentors who lead groups (lead tier) and support learners (community tier), with their capacity, availability and history. One or more documents, usually in `mentors.yaml`; mentor ids are unique across all rosters.
 */
export interface MentorRosterDocument {
  /**
   * Version of the program format. Always `cohort/v1`.
   */
  apiVersion: 'cohort/v1';
  /**
   * The kind of document. `MentorRoster` for this one.
   */
  kind: 'MentorRoster';
  metadata: Metadata3;
  spec: MentorRosterSpec;
}
/**
 * Identifies the roster: `id` and `name`.
 */
export interface Metadata3 {
  /**
   * Identifier of this document, unique among documents of the same kind; other documents refer to it by this id. Lowercase letters, digits and hyphens.
   */
  id: string;
  /**
   * Human-readable title, shown in plans, reports and onboarding packs.
   */
  name: string;
  /**
   * Optional longer description, for readers of the YAML and of generated documents.
   */
  description?: string;
}
/**
 * The mentors of this roster.
 */
export interface MentorRosterSpec {
  /**
   * The mentors.
   */
  mentors: Mentor[];
}
/**
 * A mentor: a lead (guides a learning group) or a community mentor (peer support for individual learners).
 */
export interface Mentor {
  /**
   * An identifier: lowercase letters, digits and hyphens, starting with a letter or digit, at most 63 characters. Used to refer to people and things from other documents.
   */
  id: string;
  /**
   * The mentor's full name.
   */
  name: string;
  /**
   * An email address.
   */
  email: string;
  /**
   * `lead`: guides a learning group and attends its group touchpoints. `community`: gives peer support to individual learners.
   */
  tier: 'lead' | 'community';
  /**
   * The mentor's department or business unit (optional).
   */
  department?: string;
  /**
   * IANA time zone the mentor works in; working hours are read in it. Default: the program's time zone.
   */
  timezone?: string;
  /**
   * Competency ids (from the curricula) the mentor can teach; the planner prefers mentors whose skills match. Default: none.
   *
   * Items: An identifier: lowercase letters, digits and hyphens, starting with a letter or digit, at most 63 characters. Used to refer to people and things from other documents.
   */
  skills?: string[];
  /**
   * How much the mentor takes on at the same time: groups at a time (lead) or learners at a time (community). Checked day by day over the dates cohorts run.
   */
  capacity: number;
  workingHours?: WorkingHours2;
  /**
   * Spans of days (both ends included) when the mentor is away; another free lead substitutes for their sessions. Default: none.
   */
  unavailable?: DateRange[];
  /**
   * Cohorts the mentor has mentored before, used to rotate mentors across curricula. Default: none.
   */
  history?: MentorHistoryEntry[];
}
/**
 * The mentor's own working hours, in their time zone; touchpoints of groups they lead are placed inside them. Default: the program's working hours (and `days` default to the program's days).
 */
export interface WorkingHours2 {
  /**
   * Start of the working day, `HH:MM` (24 h, quoted in YAML).
   */
  start: string;
  /**
   * End of the working day, `HH:MM` (24 h, quoted in YAML). Sessions must end by this time.
   */
  end: string;
  /**
   * Working days. Default: Monday to Friday for the program; for a person, the program's working days.
   *
   * @minItems 1
   *
   * Items: A day of the week: mon, tue, wed, thu, fri, sat or sun.
   */
  days?: ('mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun')[];
}
/**
 * A span of days; both ends are included.
 */
export interface DateRange {
  /**
   * First day of the span (included), `YYYY-MM-DD`.
   */
  from: string;
  /**
   * Last day of the span (included), `YYYY-MM-DD`; on or after `from`.
   */
  to: string;
}
/**
 * A past cohort the mentor mentored.
 */
export interface MentorHistoryEntry {
  /**
   * An identifier: lowercase letters, digits and hyphens, starting with a letter or digit, at most 63 characters. Used to refer to people and things from other documents.
   */
  cohort: string;
  /**
   * An identifier: lowercase letters, digits and hyphens, starting with a letter or digit, at most 63 characters. Used to refer to people and things from other documents.
   */
  curriculum: string;
}
/**
 * The governance policy (kind: Governance): which data classes and tools citizen projects may use, who approves exceptions, and what each role must and may not do. Exactly one per program, usually in `governance.yaml`.
 */
export interface GovernanceDocument {
  /**
   * Version of the program format. Always `cohort/v1`.
   */
  apiVersion: 'cohort/v1';
  /**
   * The kind of document. `Governance` for this one.
   */
  kind: 'Governance';
  metadata: Metadata4;
  spec: GovernanceSpec;
}
/**
 * Identifies the policy: `id` and `name`.
 */
export interface Metadata4 {
  /**
   * Identifier of this document, unique among documents of the same kind; other documents refer to it by this id. Lowercase letters, digits and hyphens.
   */
  id: string;
  /**
   * Human-readable title, shown in plans, reports and onboarding packs.
   */
  name: string;
  /**
   * Optional longer description, for readers of the YAML and of generated documents.
   */
  description?: string;
}
/**
 * The policy.
 */
export interface GovernanceSpec {
  /**
   * Date the policy was last reviewed, `YYYY-MM-DD`.
   */
  lastReviewed: string;
  /**
   * How often the policy must be reviewed, in months; a review overdue as of `--today` is a warning.
   */
  reviewEvery: number;
  /**
   * Classes of data; projects and tools refer to them by id. A project may handle a class only if it is `allowed`, and needs an `approval` where the class `requiresApproval`.
   */
  dataClasses: DataClass[];
  /**
   * The low-code tools citizen projects may use, each with the data classes it is approved for.
   */
  tools: Tool[];
  /**
   * Who may approve projects whose data classes require approval: mentor ids or email addresses. Default: none.
   *
   * Items: A mentor id or an email address.
   */
  approvers?: string[];
  /**
   * Duties and prohibitions per role, included in onboarding packs. At most one entry per role. Default: none.
   */
  roles?: Role[];
}
/**
 * A class of data and whether citizen projects may use it.
 */
export interface DataClass {
  /**
   * An identifier: lowercase letters, digits and hyphens, starting with a letter or digit, at most 63 characters. Used to refer to people and things from other documents.
   */
  id: string;
  /**
   * Human-readable name (optional; default: the id).
   */
  name?: string;
  /**
   * What data belongs to this class (optional; shown in onboarding packs).
   */
  description?: string;
  /**
   * `true`: a project handling this class needs an `approval` from one of the `approvers`. Default: `false`.
   */
  requiresApproval?: boolean;
  /**
   * `false`: no citizen project may handle this class at all. Default: `true`.
   */
  allowed?: boolean;
}
/**
 * A low-code tool and the data classes it is approved for.
 */
export interface Tool {
  /**
   * An identifier: lowercase letters, digits and hyphens, starting with a letter or digit, at most 63 characters. Used to refer to people and things from other documents.
   */
  id: string;
  /**
   * Name of the tool.
   */
  name: string;
  /**
   * Ids of the data classes this tool is approved for; a project may use the tool only with these.
   *
   * Items: An identifier: lowercase letters, digits and hyphens, starting with a letter or digit, at most 63 characters. Used to refer to people and things from other documents.
   */
  dataClasses: string[];
  /**
   * Where to find the tool or its internal guidance (optional).
   */
  url?: string;
}
/**
 * Duties and prohibitions of one role.
 */
export interface Role {
  /**
   * The role: `participant`, `lead-mentor` or `community-mentor`.
   */
  id: 'participant' | 'lead-mentor' | 'community-mentor';
  /**
   * What people in this role must do, one sentence each. Default: none.
   *
   * Items: A duty, as a sentence.
   */
  must?: string[];
  /**
   * What people in this role may not do, one sentence each. Default: none.
   *
   * Items: A prohibition, as a sentence.
   */
  mayNot?: string[];
}
