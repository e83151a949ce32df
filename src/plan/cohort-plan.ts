import type { CohortCalendar } from '../calendar/cohort.js';
import type { Doc, Touchpoint } from '../program/model.js';
import { type DayNumber, formatDate, parseDuration } from '../util/dates.js';
import type { BusyBook } from './busy.js';
import { formGroups } from './grouping.js';
import type { CapacityLedger } from './ledger.js';
import type { LockedCapacity } from './locked-capacity.js';
import type { CohortLock } from './lock.js';
import { assignCommunity, assignLeads } from './matching.js';
import { planParticipant, type programDefaults } from './people.js';
import { type ClosedDay, milestones, touchpointDates } from './sessions.js';
import { scheduleCohort } from './schedule.js';
import type { CohortPlan, PlanMentor, PlanParticipant, PlanWarning, PlannedGroup } from './types.js';

export interface CohortContext {
  defaults: ReturnType<typeof programDefaults>;
  closed: ClosedDay;
  mentors: ReadonlyMap<string, PlanMentor>;
  /** The same mentors as one array for every cohort, so the matcher indexes the roster once (see rosterOf). */
  roster: readonly PlanMentor[];
  leadLedger: CapacityLedger;
  communityLedger: CapacityLedger;
  busy: BusyBook;
  /** Capacity published plans hold for cohorts not planned yet. */
  locked: LockedCapacity;
  /** Participant ids in more than one cohort. */
  inSeveralCohorts: ReadonlySet<string>;
  /** Every participant planned so far, by id, for the pages that list people. */
  people: Map<string, PlanParticipant>;
  warn: (w: PlanWarning) => void;
}

/**
 * One cohort, in the order FORMAT.md implies: its calendar, then groups, a
 * lead per group and community mentors per participant (capacity shared with
 * cohorts planned before it), then every session.
 */
export function planCohort(cohort: Doc<'Cohort'>, curriculum: Doc<'Curriculum'>, calendar: CohortCalendar, lock: CohortLock | undefined, ctx: CohortContext): CohortPlan {
  const spec = cohort.value.spec;
  const id = cohort.value.metadata.id;
  const zone = spec.timezone ?? ctx.defaults.timezone;
  const participants = new Map(spec.participants.map((p) => [p.id, planParticipant(p, spec, ctx.defaults, calendar)] as const));
  for (const [pid, person] of participants) ctx.people.set(pid, person);
  const { duration, day: sampleDay } = groupMeeting(cohort, calendar, ctx.closed);
  const competencies = (curriculum.value.spec.competencies ?? []).map((c) => c.id);
  const formed = formGroups({
    participants: [...participants.values()],
    min: spec.groups.min ?? 1,
    max: spec.groups.max,
    pins: (spec.pins ?? []).flatMap((pin) => ('participant' in pin && pin.participant ? [{ participant: pin.participant, group: pin.group }] : [])),
    ...(lock ? { lock: lock.groups } : {}),
    zone,
    sampleDay,
    duration,
    cohortId: id,
    cohortStart: calendar.start,
  });
  formed.warnings.forEach(ctx.warn);
  const groups = assignMentors(cohort, calendar, formed.groups, participants, { competencies, zone, duration, sampleDay, lock }, ctx);
  const sessions = scheduleCohort(
    { cohortId: id, zone, calendar, touchpoints: spec.touchpoints ?? [], groups: groups.groups, participants, mentors: ctx.mentors, closed: ctx.closed, busy: ctx.busy, inSeveralCohorts: ctx.inSeveralCohorts, ...(lock?.starts ? { published: lock.starts } : {}) },
    ctx.warn,
  );
  return {
    cohort: id,
    name: cohort.value.metadata.name,
    timezone: zone,
    calendar,
    groups: groups.groups,
    sessions,
    milestones: milestones(calendar, curriculum.value.spec),
    communityMentor: groups.communityMentor,
    partial: partialSpans(participants.values(), calendar),
  };
}

function partialSpans(participants: Iterable<PlanParticipant>, calendar: CohortCalendar): Record<string, { from: string; to: string }> {
  const spans: Record<string, { from: string; to: string }> = {};
  for (const p of participants) if (p.from > calendar.start || p.to < calendar.end) spans[p.id] = { from: formatDate(p.from), to: formatDate(p.to) };
  return spans;
}

interface MatchSettings {
  competencies: string[];
  zone: string;
  duration: number;
  sampleDay: number;
  lock: CohortLock | undefined;
}

function assignMentors(
  cohort: Doc<'Cohort'>,
  calendar: CohortCalendar,
  formed: ReadonlyArray<{ id: string; members: string[] }>,
  participants: ReadonlyMap<string, PlanParticipant>,
  settings: MatchSettings,
  ctx: CohortContext,
): { groups: PlannedGroup[]; communityMentor: Record<string, string> } {
  const id = cohort.value.metadata.id;
  const mentors = ctx.roster;
  const range = { start: calendar.start, end: calendar.end };
  const spare = (ledger: CapacityLedger, tier: PlanMentor['tier']) => spareCapacity(ctx.mentors, ledger, tier, range);
  const leads = assignLeads({
    cohortId: id,
    curriculumId: cohort.value.spec.curriculum,
    competencies: settings.competencies,
    groups: formed.map((g) => ({ id: g.id, members: g.members.map((m) => participants.get(m)!) })),
    leads: mentors,
    remaining: spare(ctx.leadLedger, 'lead'),
    held: ctx.locked.held('lead', range),
    pins: (cohort.value.spec.pins ?? []).flatMap((pin) => ('lead' in pin && pin.lead ? [{ group: pin.group, lead: pin.lead }] : [])),
    ...(settings.lock ? { lock: settings.lock.leads } : {}),
    cohortRange: range,
    sampleDay: settings.sampleDay,
    zone: settings.zone,
    duration: settings.duration,
  });
  leads.problems.forEach(ctx.warn);
  for (const lead of Object.values(leads.assignment)) ctx.leadLedger.reserve(lead, range.start, range.end, 1);
  const community = assignCommunity({
    cohortId: id,
    participants: [...participants.values()],
    communityMentors: mentors,
    remaining: spare(ctx.communityLedger, 'community'),
    held: ctx.locked.held('community', range),
    ...(settings.lock ? { lock: settings.lock.community } : {}),
    competencies: settings.competencies,
    sampleDay: settings.sampleDay,
    zone: settings.zone,
    duration: settings.duration,
  });
  community.problems.forEach(ctx.warn);
  for (const mentor of Object.values(community.assignment)) ctx.communityLedger.reserve(mentor, range.start, range.end, 1);
  const groups = formed.map((g) => ({
    id: g.id,
    lead: leads.assignment[g.id] ?? '',
    members: [...g.members].sort(),
    community: [...new Set(g.members.flatMap((m) => community.assignment[m] ?? []))].sort(),
    ...(leads.costs[g.id] ? { cost: { ...leads.costs[g.id]! } } : {}),
  }));
  return { groups, communityMentor: community.assignment };
}

/**
 * Spare capacity over [start, end] of the mentors of a tier who carry
 * something then, by id. The others have their full capacity, which is what
 * the matcher assumes for a mentor missing from the map; asking only about
 * the busy few keeps a thousand-mentor roster from being read per cohort.
 */
function spareCapacity(mentors: ReadonlyMap<string, PlanMentor>, ledger: CapacityLedger, tier: PlanMentor['tier'], range: { start: number; end: number }): Map<string, number> {
  const spare = new Map<string, number>();
  for (const [id, load] of ledger.loads(range.start, range.end)) {
    const m = mentors.get(id);
    // Capacity left is capacity minus the busiest day's load, never below 0.
    if (m !== undefined && m.tier === tier) spare.set(id, Math.max(0, m.capacity - load));
  }
  return spare;
}

/**
 * The group meeting that grouping and matching should keep possible: the
 * longest group touchpoint, on its first date (a day the groups really meet,
 * so someone who does not work on the cohort's first weekday is judged on
 * the right day). Without group touchpoints, 30 minutes on the first day.
 */
function groupMeeting(cohort: Doc<'Cohort'>, calendar: CohortCalendar, closed: ClosedDay): { duration: number; day: DayNumber } {
  let longest: { duration: number; touchpoint?: Touchpoint } = { duration: 30 };
  for (const touchpoint of cohort.value.spec.touchpoints ?? []) {
    const duration = parseDuration(touchpoint.duration) ?? 30;
    if (touchpoint.scope !== 'cohort' && (longest.touchpoint === undefined || duration > longest.duration)) longest = { duration, touchpoint };
  }
  const first = longest.touchpoint && touchpointDates(longest.touchpoint, calendar, closed)[0];
  return { duration: longest.duration, day: first?.date ?? calendar.start };
}
