import { type DayNumber, formatDate } from '../util/dates.js';
import { SlotGrid, type SlotMask, compareIds, groupIndex, plural } from './grouping.js';
import { MinCostFlow } from './mincost-flow.js';
import type { PlanMentor, PlanParticipant, PlanWarning } from './types.js';

export { CapacityLedger, capacityLedger } from './ledger.js';

/**
 * Mentor matching as min-cost flow (mincost-flow.ts): every group gets one
 * lead, every participant one community mentor, at the least total cost.
 * Costs are whole numbers, so ties are exact; they are broken by id.
 */

/** Cost weights of a (group, lead) pair; the terms are reported under these names. */
export const LEAD_COSTS = {
  /** Per curriculum competency the lead lacks. */
  skill: 100,
  /** Per group member who shares no slot with the lead… */
  hoursMember: 1000,
  /** …and once more when the lead misses every slot the whole group shares. */
  hoursGroup: 1000,
  /** The lead's most recent cohort followed this curriculum. */
  rotation: 40,
  /** Times the share of cohort days the lead is away (all days away = 100). */
  availability: 100,
  /** Per group the lead already leads at the time (other cohorts and this one), for each further group. */
  load: 20,
} as const;

/** Cost weights of a (participant, community mentor) pair. */
export const COMMUNITY_COSTS = {
  /** Per curriculum competency the mentor lacks. */
  skill: 20,
  /** The participant and the mentor share no slot on the sample day. */
  hours: 1000,
  /** Per learner the mentor already supports at the time, for each further learner. */
  load: 5,
} as const;

export type LeadCostTerms = { skills: number; hours: number; rotation: number; availability: number; load: number; total: number };

export interface AssignLeadsInput {
  cohortId: string;
  curriculumId: string;
  competencies: readonly string[];
  groups: ReadonlyArray<{ id: string; members: readonly PlanParticipant[] }>;
  /** Lead mentors; the whole roster may be passed (other tiers are skipped, and let a lock tell "no longer a lead"). */
  leads: readonly PlanMentor[];
  /** Spare lead capacity over this cohort's dates; a mentor missing here has their full capacity. */
  remaining: ReadonlyMap<string, number>;
  pins?: ReadonlyArray<{ group: string; lead: string }>;
  /** The published assignment: group id → lead id. */
  lock?: Readonly<Record<string, string>>;
  cohortRange: { start: DayNumber; end: DayNumber };
  sampleDay: DayNumber;
  zone: string;
  duration: number;
}

export interface AssignLeadsResult {
  /** Group id → lead id; a group without a lead is absent (and named in an error). */
  assignment: Record<string, string>;
  /** Group id → the cost terms of its lead (assigned groups only). */
  costs: Record<string, LeadCostTerms>;
  problems: PlanWarning[];
}

interface Lead {
  mentor: PlanMentor;
  /** Position in the roster sorted by id, for ties. */
  rank: number;
  /** Cost of the lead's next group, bar hours (set before the flow). */
  first: number;
  mask: SlotMask;
  /** What the lead carries elsewhere at the time (capacity − remaining). */
  used: number;
  spare: number;
  /** Groups of this cohort given so far. */
  taken: number;
  /** Node in the flow graph, or -1. */
  node: number;
  /** The cost terms that do not depend on the group. */
  skills: number;
  rotation: number;
  availability: number;
}

export function assignLeads(input: AssignLeadsInput): AssignLeadsResult {
  const { cohortId } = input;
  const problems: PlanWarning[] = [];
  const warn = (message: string, hint?: string) => problems.push(withHint({ severity: 'warning', cohort: cohortId, message }, hint));
  const grid = new SlotGrid(input.sampleDay, input.zone, input.duration);
  const groups = [...input.groups].sort((a, b) => compareGroupIds(a.id, b.id));
  const groupMasks = new Map(groups.map((g) => [g.id, g.members.reduce((mask, p) => SlotGrid.and(mask, grid.mask(p)), grid.full())]));
  const competencies = [...new Set(input.competencies)];
  const all: Lead[] = [];
  let previous: string | undefined;
  for (const mentor of inIdOrder(input.leads)) {
    if (mentor.tier !== 'lead' || mentor.id === previous) continue;
    previous = mentor.id;
    const spare = spareOf(mentor, input.remaining);
    all.push({
      mentor,
      rank: all.length,
      first: 0,
      mask: grid.mask(mentor),
      used: Math.max(0, mentor.capacity - spare),
      spare,
      taken: 0,
      node: -1,
      skills: LEAD_COSTS.skill * missingSkills(mentor, competencies),
      rotation: mentor.lastCurriculum === input.curriculumId ? LEAD_COSTS.rotation : 0,
      availability: mentor.unavailable.length === 0 ? 0 : Math.round(LEAD_COSTS.availability * awayShare(mentor, input.cohortRange)),
    });
  }
  // By id only when pins or a lock ask.
  let byId: Map<string, Lead> | undefined;
  const leads = { get: (id: string) => (byId ??= new Map(all.map((l) => [l.mentor.id, l]))).get(id) };
  const onRoster = (id: string) => leads.get(id) !== undefined || input.leads.some((m) => m.id === id);
  const memberMasks = new Map(groups.map((g) => [g.id, g.members.map((p) => grid.mask(p))]));
  const hoursCost = (group: { id: string }, mask: SlotMask): number => {
    let alone = 0;
    for (const member of memberMasks.get(group.id)!) if (SlotGrid.disjoint(member, mask)) alone++;
    const groupMask = groupMasks.get(group.id)!;
    const missesGroup = memberMasks.get(group.id)!.length > 0 && !SlotGrid.isEmpty(groupMask) && SlotGrid.disjoint(groupMask, mask);
    return LEAD_COSTS.hoursMember * alone + (missesGroup ? LEAD_COSTS.hoursGroup : 0);
  };
  const range = `${formatDate(input.cohortRange.start)} to ${formatDate(input.cohortRange.end)}`;

  // Pins first: they are kept even beyond capacity (a person decided), with a warning.
  const assigned = new Map<string, string>();
  const order: string[] = [];
  const give = (group: string, lead: Lead) => {
    assigned.set(group, lead.mentor.id);
    order.push(group);
    lead.taken++;
  };
  const groupIds = new Set(groups.map((g) => g.id));
  const changed = new Map<string, string>();
  for (const pin of input.pins ?? []) {
    const lead = leads.get(pin.lead);
    if (!groupIds.has(pin.group)) {
      warn(`the pin of lead ${pin.lead} to ${pin.group} is ignored: the cohort has ${plural(groups.length, 'group')}${groups.length > 0 ? ` (${groups[0]!.id}…${groups.at(-1)!.id})` : ''}`, 'pin the lead to an existing group');
    } else if (!lead) {
      warn(`the pin of ${pin.lead} to lead ${pin.group} is ignored: ${onRoster(pin.lead) ? `${pin.lead} is not a lead mentor` : `no mentor ${pin.lead} on the roster`}`, 'pin a lead-tier mentor');
    } else if (assigned.has(pin.group)) {
      if (assigned.get(pin.group) !== pin.lead) warn(`${pin.group} has two lead pins (${assigned.get(pin.group)}, ${pin.lead}); the first is kept`, 'remove one of the pins');
    } else {
      if (lead.taken >= lead.spare) {
        warn(
          `${pin.lead} is pinned to lead ${pin.group} but has no lead capacity left from ${range} (capacity ${lead.mentor.capacity}, ${lead.used + lead.taken} taken)`,
          `raise ${pin.lead}'s capacity, or remove the pin`,
        );
      }
      give(pin.group, lead);
      const before = input.lock?.[pin.group];
      if (before !== undefined && before !== pin.lead) changed.set(pin.group, `a pin now puts ${pin.lead} on ${pin.group}`);
    }
  }

  // Locked pairs stay unless the program now forbids them.
  for (const group of groups) {
    const before = input.lock?.[group.id];
    if (before === undefined || assigned.has(group.id)) continue;
    const lead = leads.get(before);
    if (lead && lead.taken < lead.spare) give(group.id, lead);
    else changed.set(group.id, !onRoster(before) ? `${before} is no longer on the mentor roster` : !lead ? `${before} is no longer a lead mentor` : `${before} has no lead capacity left from ${range}`);
  }

  // The rest by min-cost flow: source → group → lead → slot → sink.
  const free = groups.filter((g) => !assigned.has(g.id));
  const open = all.filter((l) => l.spare > l.taken);
  for (const l of open) l.first = l.skills + l.rotation + l.availability + LEAD_COSTS.load * (l.used + l.taken);
  if (free.length > 0 && open.length > 0) {
    const profiles = profileLists(open);
    const candidates = free.map((g) => cheapestLeads(profiles, free.length, (mask) => hoursCost(g, mask)));
    for (const list of candidates) for (const c of list) c.lead.node = 0;
    const used = open.filter((l) => l.node === 0);
    used.forEach((l, i) => (l.node = 1 + free.length + i));
    const sink = 1 + free.length + used.length;
    const flow = new MinCostFlow(sink + 1);
    const edges: Array<{ group: string; lead: Lead; edge: number }> = [];
    free.forEach((g, i) => {
      flow.addEdge(0, 1 + i, 1, 0);
      for (const c of candidates[i]!) edges.push({ group: g.id, lead: c.lead, edge: flow.addEdge(1 + i, c.lead.node, 1, c.cost - c.lead.first) });
    });
    for (const lead of used) {
      const slots = Math.min(lead.spare - lead.taken, free.length);
      for (let k = 0; k < slots; k++) flow.addEdge(lead.node, sink, 1, lead.first + LEAD_COSTS.load * k);
    }
    flow.solve(0, sink);
    const won = edges.filter((e) => flow.flowOn(e.edge) > 0);
    won.sort((a, b) => compareGroupIds(a.group, b.group));
    for (const e of won) give(e.group, e.lead);
  }

  // Cost terms per group; the load term counts the lead's groups in the order they were given.
  const costs: Record<string, LeadCostTerms> = {};
  const count = new Map<string, number>();
  for (const groupId of order) {
    const lead = leads.get(assigned.get(groupId)!)!;
    const k = count.get(lead.mentor.id) ?? 0;
    count.set(lead.mentor.id, k + 1);
    const group = groups.find((g) => g.id === groupId)!;
    const hours = hoursCost(group, lead.mask);
    const load = LEAD_COSTS.load * (lead.used + k);
    costs[groupId] = { skills: lead.skills, hours, rotation: lead.rotation, availability: lead.availability, load, total: lead.skills + hours + lead.rotation + lead.availability + load };
  }

  for (const [groupId, reason] of [...changed].sort((a, b) => compareGroupIds(a[0], b[0]))) {
    const now = assigned.get(groupId);
    warn(`${groupId}: lead changes from ${input.lock![groupId]} to ${now ?? 'nobody'}: ${reason}`);
  }
  const missing = groups.filter((g) => !assigned.has(g.id)).map((g) => g.id);
  if (missing.length > 0) {
    const offered = all.reduce((sum, l) => sum + l.spare, 0);
    problems.push({
      severity: 'error',
      cohort: cohortId,
      message: `needs ${plural(groups.length, 'lead slot')}, roster offers ${offered} (${range}): ${listIds(missing)} ${missing.length === 1 ? 'has' : 'have'} no lead mentor`,
      hint: 'add lead mentors, raise capacity, or raise groups.max',
    });
  }

  const assignment: Record<string, string> = {};
  for (const group of groups) if (assigned.has(group.id)) assignment[group.id] = assigned.get(group.id)!;
  return { assignment, costs, problems };
}

/**
 * The `limit` cheapest leads for a group, by (cost, id). Enough for an exact
 * answer: if a group took a lead outside its list, one of the listed leads
 * has no other group of this cohort (the other groups hold at most limit − 1
 * of them) and would cost no more.
 * Leads sharing a working-hour profile differ only in their fixed cost, so
 * each profile is one sorted list and the cheapest come from a k-way merge.
 */
function cheapestLeads(profiles: ReadonlyArray<{ mask: SlotMask; leads: Lead[] }>, limit: number, hours: (mask: SlotMask) => number): Array<{ lead: Lead; cost: number }> {
  const offset = profiles.map((p) => hours(p.mask));
  const at = profiles.map(() => 0);
  const picked: Array<{ lead: Lead; cost: number }> = [];
  while (picked.length < limit) {
    let best = -1;
    let bestCost = Infinity;
    for (let p = 0; p < profiles.length; p++) {
      const lead = profiles[p]!.leads[at[p]!];
      if (!lead) continue;
      const cost = lead.first + offset[p]!;
      if (cost < bestCost || (cost === bestCost && lead.rank < profiles[best]!.leads[at[best]!]!.rank)) {
        best = p;
        bestCost = cost;
      }
    }
    if (best < 0) break;
    picked.push({ lead: profiles[best]!.leads[at[best]!++]!, cost: bestCost });
  }
  return picked;
}

/** Leads grouped by their slot mask, each list sorted by (first-slot cost, id). */
function profileLists(open: readonly Lead[]): Array<{ mask: SlotMask; leads: Lead[] }> {
  // `open` is in id order and sort is stable, so equal costs stay in id order.
  return classes(open, (lead) => lead.mask).map((leads) => ({ mask: leads[0]!.mask, leads: leads.sort((a, b) => a.first - b.first) }));
}

// -------------------------------------------------------------- community ----

export interface AssignCommunityInput {
  cohortId?: string;
  participants: readonly PlanParticipant[];
  /** Community mentors; other tiers are skipped. */
  communityMentors: readonly PlanMentor[];
  /** Spare learner capacity over this cohort's dates; a mentor missing here has their full capacity. */
  remaining: ReadonlyMap<string, number>;
  /** The published assignment: participant id → community mentor id. */
  lock?: Readonly<Record<string, string>>;
  competencies: readonly string[];
  sampleDay: DayNumber;
  /** Zone of the sample day and meeting length for the hours check. Default: UTC, 30 minutes. */
  zone?: string;
  duration?: number;
}

export interface AssignCommunityResult {
  /** Participant id → community mentor id; participants left without one are absent (and counted in a warning). */
  assignment: Record<string, string>;
  problems: PlanWarning[];
}

interface Community {
  mentor: PlanMentor;
  mask: SlotMask;
  used: number;
  spare: number;
  taken: number;
  skills: number;
}

export function assignCommunity(input: AssignCommunityInput): AssignCommunityResult {
  const cohort = input.cohortId ?? '';
  const problems: PlanWarning[] = [];
  const warn = (message: string, hint?: string) => problems.push(withHint({ severity: 'warning', cohort, message }, hint));
  const grid = new SlotGrid(input.sampleDay, input.zone ?? 'UTC', input.duration ?? 30);
  const competencies = [...new Set(input.competencies)];
  const seen = new Set<string>();
  const participants = [...input.participants].sort((a, b) => compareIds(a.id, b.id)).filter((p) => !seen.has(p.id) && seen.add(p.id));
  const mentors = new Map<string, Community>();
  for (const mentor of inIdOrder(input.communityMentors)) {
    if (mentor.tier !== 'community' || mentors.has(mentor.id)) continue;
    const spare = spareOf(mentor, input.remaining);
    mentors.set(mentor.id, { mentor, mask: grid.mask(mentor), used: Math.max(0, mentor.capacity - spare), spare, taken: 0, skills: COMMUNITY_COSTS.skill * missingSkills(mentor, competencies) });
  }

  const assignment = new Map<string, string>();
  const moved = new Map<string, string[]>();
  const free: PlanParticipant[] = [];
  for (const p of participants) {
    const before = input.lock?.[p.id];
    const mentor = before === undefined ? undefined : mentors.get(before);
    if (mentor && mentor.taken < mentor.spare) {
      assignment.set(p.id, mentor.mentor.id);
      mentor.taken++;
      continue;
    }
    if (before !== undefined) {
      const reason = !input.communityMentors.some((m) => m.id === before) ? `${before} is no longer on the mentor roster` : !mentor ? `${before} is no longer a community mentor` : `${before} has no capacity left`;
      moved.set(reason, [...(moved.get(reason) ?? []), p.id]);
    }
    free.push(p);
  }

  const open = [...mentors.values()].filter((m) => m.spare > m.taken);
  if (free.length > 0 && open.length > 0) {
    // Participants with the same hours cost the same: one node per slot mask.
    // Mentors alike in hours, skills and load are one node with shared slots.
    const learners = classes(free, (p) => grid.mask(p));
    const teams = classes(open, (m) => `${m.mask.join(',')}|${m.skills}|${m.used + m.taken}|${m.spare - m.taken}`);
    const sink = 1 + learners.length + teams.length;
    const flow = new MinCostFlow(sink + 1);
    const edges: Array<{ learners: number; team: number; edge: number }> = [];
    learners.forEach((members, i) => flow.addEdge(0, 1 + i, members.length, 0));
    learners.forEach((members, i) => {
      const mask = grid.mask(members[0]!);
      teams.forEach((team, j) => {
        const hours = SlotGrid.disjoint(mask, team[0]!.mask) ? COMMUNITY_COSTS.hours : 0;
        edges.push({ learners: i, team: j, edge: flow.addEdge(1 + i, 1 + learners.length + j, Infinity, team[0]!.skills + hours) });
      });
    });
    teams.forEach((team, j) => {
      const { used, taken, spare } = team[0]!;
      const levels = Math.min(spare - taken, free.length);
      for (let k = 0; k < levels; k++) flow.addEdge(1 + learners.length + j, sink, team.length, COMMUNITY_COSTS.load * (used + taken + k));
    });
    flow.solve(0, sink);

    // Spread each team's learners evenly, lower ids first; hand them out class by class.
    const inflow = teams.map((_, j) => edges.filter((e) => e.team === j).reduce((sum, e) => sum + flow.flowOn(e.edge), 0));
    const seats = teams.map((team, j) => {
      const queue: Community[] = [];
      const each = Math.floor(inflow[j]! / team.length);
      const extra = inflow[j]! % team.length;
      team.forEach((m, i) => {
        for (let k = 0; k < each + (i < extra ? 1 : 0); k++) queue.push(m);
      });
      return queue;
    });
    const nextLearner = learners.map(() => 0);
    const nextSeat = teams.map(() => 0);
    for (const e of edges) {
      for (let unit = flow.flowOn(e.edge); unit > 0; unit--) {
        const p = learners[e.learners]![nextLearner[e.learners]!++]!;
        const m = seats[e.team]![nextSeat[e.team]!++]!;
        assignment.set(p.id, m.mentor.id);
        m.taken++;
      }
    }
  }

  for (const [reason, ids] of moved) {
    const now = ids.filter((id) => assignment.has(id));
    warn(`${plural(ids.length, 'participant')} change community mentor (${listIds(ids)}): ${reason}${now.length < ids.length ? `; ${ids.length - now.length} found none` : ''}`);
  }
  const without = participants.filter((p) => !assignment.has(p.id)).map((p) => p.id);
  if (without.length > 0) {
    const offered = [...mentors.values()].reduce((sum, m) => sum + m.spare, 0);
    warn(
      `${plural(without.length, 'participant')} ${without.length === 1 ? 'has' : 'have'} no community mentor: ${participants.length} need one, community mentors have room for ${offered} at the time (${listIds(without)})`,
      'add community mentors or raise their capacity',
    );
  }

  const result: Record<string, string> = {};
  for (const p of participants) if (assignment.has(p.id)) result[p.id] = assignment.get(p.id)!;
  return { assignment: result, problems };
}

/** Items with equal keys, in first-appearance order; members keep their order. */
function classes<T, K>(items: readonly T[], key: (item: T) => K): T[][] {
  const byKey = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = byKey.get(k);
    if (list) list.push(item);
    else byKey.set(k, [item]);
  }
  return [...byKey.values()];
}

// ---------------------------------------------------------------- shared ----

/** Mentors in id order (stable, so the first of a repeated id comes first); no copy when already in order. */
function inIdOrder(mentors: readonly PlanMentor[]): readonly PlanMentor[] {
  for (let i = 1; i < mentors.length; i++) if (compareIds(mentors[i - 1]!.id, mentors[i]!.id) > 0) return [...mentors].sort((a, b) => compareIds(a.id, b.id));
  return mentors;
}

function spareOf(mentor: PlanMentor, remaining: ReadonlyMap<string, number>): number {
  const spare = remaining.get(mentor.id) ?? mentor.capacity;
  return Number.isFinite(spare) ? Math.max(0, Math.floor(spare)) : 0;
}

function missingSkills(mentor: PlanMentor, competencies: readonly string[]): number {
  let missing = 0;
  for (const c of competencies) if (!mentor.skills.includes(c)) missing++;
  return missing;
}

/** Share of the cohort's days (both ends included) on which the mentor is away; overlapping ranges count once. */
export function awayShare(mentor: Pick<PlanMentor, 'unavailable'>, range: { start: DayNumber; end: DayNumber }): number {
  const days = range.end - range.start + 1;
  if (days <= 0) return 0;
  const spans = mentor.unavailable
    .map((u) => ({ from: Math.max(u.from, range.start), to: Math.min(u.to, range.end) }))
    .filter((u) => u.from <= u.to)
    .sort((a, b) => a.from - b.from);
  let away = 0;
  let covered = range.start - 1;
  for (const span of spans) {
    const from = Math.max(span.from, covered + 1);
    if (span.to >= from) away += span.to - from + 1;
    covered = Math.max(covered, span.to);
  }
  return away / days;
}

/** g2 before g10; other ids after, in code-unit order. */
function compareGroupIds(a: string, b: string): number {
  const ia = groupIndex(a, Number.MAX_SAFE_INTEGER);
  const ib = groupIndex(b, Number.MAX_SAFE_INTEGER);
  if (ia !== undefined && ib !== undefined) return ia - ib;
  if (ia !== undefined) return -1;
  if (ib !== undefined) return 1;
  return compareIds(a, b);
}

/** "a, b and c"; long lists end in "and 7 more". */
function listIds(ids: readonly string[], shown = 5): string {
  if (ids.length <= 1) return ids.join('');
  if (ids.length <= shown) return `${ids.slice(0, -1).join(', ')} and ${ids.at(-1)}`;
  return `${ids.slice(0, shown).join(', ')} and ${ids.length - shown} more`;
}

function withHint(warning: PlanWarning, hint: string | undefined): PlanWarning {
  return hint === undefined ? warning : { ...warning, hint };
}
