import { type DayNumber, formatDate } from '../util/dates.js';
import { SlotGrid, type SlotMask, compareIds, plural } from './grouping.js';
import { groupIndex } from './pins.js';
import { MinCostFlow } from './mincost-flow.js';
import type { PlanMentor, PlanParticipant, PlanWarning } from './types.js';
import { idRecord } from '../util/id-record.js';

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
  /**
   * Lead mentors; the whole roster may be passed (other tiers are skipped, and let a lock tell
   * "no longer a lead"). Pass the same array for every cohort: it is indexed once.
   */
  leads: readonly PlanMentor[];
  /** Spare lead capacity over this cohort's dates; a mentor missing here has their full capacity. */
  remaining: ReadonlyMap<string, number>;
  pins?: ReadonlyArray<{ group: string; lead: string }>;
  /** The published assignment: group id → lead id. */
  lock?: Readonly<Record<string, string>>;
  /** Capacity later cohorts' published plans hold over this cohort's dates (see LockedCapacity): binds new assignments only. */
  held?: ReadonlyMap<string, number>;
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

export function assignLeads(input: AssignLeadsInput): AssignLeadsResult {
  const { cohortId } = input;
  const problems: PlanWarning[] = [];
  const warn = (message: string, hint?: string) => problems.push(withHint({ severity: 'warning', cohort: cohortId, message }, hint));
  const grid = new SlotGrid(input.sampleDay, input.zone, input.duration);
  const groups = [...input.groups].sort((a, b) => compareGroupIds(a.id, b.id));
  const range = `${formatDate(input.cohortRange.start)} to ${formatDate(input.cohortRange.end)}`;

  // Leads are numbers (their place in the id-sorted roster); what varies per cohort sits in typed arrays.
  const roster = rosterOf(input.leads, 'lead');
  const { mentors } = roster;
  const count = mentors.length;
  const { spare, used, taken } = capacityArrays(roster, input.remaining);
  const missing = roster.missing(input.competencies);
  const again = roster.rotation(input.curriculumId);
  const away = new Int32Array(count);
  for (const i of roster.away) away[i] = Math.round(LEAD_COSTS.availability * awayShare(mentors[i]!, input.cohortRange));
  const fixed = (i: number) => LEAD_COSTS.skill * missing[i]! + (again[i] ? LEAD_COSTS.rotation : 0) + away[i]!;
  const firstSlot = (i: number) => fixed(i) + LEAD_COSTS.load * (used[i]! + taken[i]!);
  const profileMasks = roster.profiles.map((person) => grid.mask(person));

  const memberMasks = new Map(groups.map((g) => [g.id, g.members.map((p) => grid.mask(p))]));
  const groupMasks = new Map(groups.map((g) => [g.id, memberMasks.get(g.id)!.reduce((mask, m) => SlotGrid.and(mask, m), grid.full())]));
  const hoursCost = (group: string, mask: SlotMask): number => {
    let alone = 0;
    for (const member of memberMasks.get(group)!) if (SlotGrid.disjoint(member, mask)) alone++;
    const groupMask = groupMasks.get(group)!;
    const missesGroup = memberMasks.get(group)!.length > 0 && !SlotGrid.isEmpty(groupMask) && SlotGrid.disjoint(groupMask, mask);
    return LEAD_COSTS.hoursMember * alone + (missesGroup ? LEAD_COSTS.hoursGroup : 0);
  };
  // Someone who takes part and leads (one id) never leads their own group: per group, its members who are leads.
  const ownLeads = new Map(groups.map((g) => [g.id, g.members.flatMap((p) => roster.index.get(p.id) ?? [])]));
  const leadsTakingPart = (groupId: string) => ownLeads.get(groupId)!;
  const notLead = (id: string) => (input.leads.some((m) => m.id === id) ? `${id} is no longer a lead mentor` : `${id} is no longer on the mentor roster`);

  const assigned = new Map<string, number>();
  const order: string[] = [];
  const give = (group: string, lead: number) => {
    assigned.set(group, lead);
    order.push(group);
    taken[lead]!++;
  };
  const changed = new Map<string, string>();

  // Pins first: they are kept even beyond capacity (a person decided), with a warning.
  const groupIds = new Set(groups.map((g) => g.id));
  for (const pin of input.pins ?? []) {
    const lead = roster.index.get(pin.lead);
    if (!groupIds.has(pin.group)) {
      warn(`the pin of lead ${pin.lead} to ${pin.group} is ignored: the cohort has ${plural(groups.length, 'group')}${groups.length > 0 ? ` (${groups[0]!.id}…${groups.at(-1)!.id})` : ''}`, 'pin the lead to an existing group');
    } else if (lead === undefined) {
      const why = input.leads.some((m) => m.id === pin.lead) ? `${pin.lead} is not a lead mentor` : `no mentor ${pin.lead} on the roster`;
      warn(`the pin of ${pin.lead} to lead ${pin.group} is ignored: ${why}`, 'pin a lead-tier mentor');
    } else if (leadsTakingPart(pin.group).includes(lead)) {
      warn(`the pin of ${pin.lead} to lead ${pin.group} is ignored: ${pin.lead} takes part in ${pin.group}`, 'pin another lead, or move them to another group with a participant pin');
    } else if (assigned.has(pin.group)) {
      const first = mentors[assigned.get(pin.group)!]!.id;
      if (first !== pin.lead) warn(`${pin.group} has two lead pins (${first}, ${pin.lead}); the first is kept`, 'remove one of the pins');
    } else {
      if (taken[lead]! >= spare[lead]!) {
        warn(
          `${pin.lead} is pinned to lead ${pin.group} but has no lead capacity left from ${range} (capacity ${mentors[lead]!.capacity}, ${used[lead]! + taken[lead]!} taken)`,
          `raise ${pin.lead}'s capacity, or remove the pin`,
        );
      }
      give(pin.group, lead);
      const before = input.lock?.[pin.group];
      if (before !== undefined && before !== pin.lead) changed.set(pin.group, `a pin now puts ${pin.lead} on ${pin.group}`);
    }
  }

  // Published pairs stay unless the program now forbids them.
  for (const group of groups) {
    const before = input.lock?.[group.id];
    if (before === undefined || assigned.has(group.id)) continue;
    const lead = roster.index.get(before);
    if (lead !== undefined && taken[lead]! < spare[lead]! && !leadsTakingPart(group.id).includes(lead)) give(group.id, lead);
    else changed.set(group.id, lead === undefined ? notLead(before) : taken[lead]! < spare[lead]! ? `${before} is now a member of ${group.id}` : `${before} has no lead capacity left from ${range}`);
  }

  // The rest by min-cost flow: source → group → lead → slot → sink.
  holdBack(roster, spare, taken, input.held);
  const free = groups.filter((g) => !assigned.has(g.id));
  if (free.length > 0) {
    const profiles = openByProfile(roster, (i) => spare[i]! > taken[i]!, firstSlot);
    const candidates = free.map((g) => cheapestLeads(profiles, profileMasks, free.length, firstSlot, (mask) => hoursCost(g.id, mask), leadsTakingPart(g.id)));
    const node = new Int32Array(count).fill(-1);
    for (const list of candidates) for (const c of list) node[c.lead] = 0;
    const inGraph: number[] = [];
    for (let i = 0; i < count; i++) if (node[i] === 0) node[i] = 1 + free.length + inGraph.push(i) - 1;
    const sink = 1 + free.length + inGraph.length;
    const flow = new MinCostFlow(sink + 1);
    const edges: Array<{ group: string; lead: number; edge: number }> = [];
    free.forEach((g, i) => {
      flow.addEdge(0, 1 + i, 1, 0);
      for (const c of candidates[i]!) edges.push({ group: g.id, lead: c.lead, edge: flow.addEdge(1 + i, node[c.lead]!, 1, c.cost - firstSlot(c.lead)) });
    });
    for (const lead of inGraph) {
      const slots = Math.min(spare[lead]! - taken[lead]!, free.length);
      const first = firstSlot(lead);
      for (let k = 0; k < slots; k++) flow.addEdge(node[lead]!, sink, 1, first + LEAD_COSTS.load * k);
    }
    flow.solve(0, sink);
    const won = edges.filter((e) => flow.flowOn(e.edge) > 0).sort((a, b) => compareGroupIds(a.group, b.group));
    for (const e of won) give(e.group, e.lead);
  }

  // Cost terms per group; the load term counts the lead's groups in the order they were given.
  const costs: Record<string, LeadCostTerms> = {};
  const nth = new Map<number, number>();
  for (const group of order) {
    const lead = assigned.get(group)!;
    const k = nth.get(lead) ?? 0;
    nth.set(lead, k + 1);
    const skills = LEAD_COSTS.skill * missing[lead]!;
    const rotation = again[lead] ? LEAD_COSTS.rotation : 0;
    const hours = hoursCost(group, profileMasks[roster.profile[lead]!]!);
    const load = LEAD_COSTS.load * (used[lead]! + k);
    costs[group] = { skills, hours, rotation, availability: away[lead]!, load, total: skills + hours + rotation + away[lead]! + load };
  }

  for (const [group, reason] of [...changed].sort((a, b) => compareGroupIds(a[0], b[0]))) {
    const now = assigned.get(group);
    warn(`${group}: lead changes from ${input.lock![group]} to ${now === undefined ? 'nobody' : mentors[now]!.id}: ${reason}`);
  }
  const unled = groups.filter((g) => !assigned.has(g.id));
  if (unled.length > 0) {
    const offered = spare.reduce((sum, s) => sum + s, 0);
    // Room the count includes that these groups cannot use: leads who take part in them.
    const ownGroup = unled.flatMap((g) => leadsTakingPart(g.id).filter((lead) => taken[lead]! < spare[lead]!).map((lead) => `${mentors[lead]!.id} has room but takes part in ${g.id}`));
    const ids = unled.map((g) => g.id);
    problems.push({
      severity: 'error',
      cohort: cohortId,
      message: `needs ${plural(groups.length, 'lead slot')}, roster offers ${offered} (${range}): ${listIds(ids)} ${ids.length === 1 ? 'has' : 'have'} no lead mentor${ownGroup.length > 0 ? ` (${ownGroup.join('; ')})` : ''}`,
      hint: ownGroup.length > 0 ? 'move those leads to another group with a participant pin, or add lead mentors' : 'add lead mentors, raise capacity, or raise groups.max',
    });
  }

  const assignment: Record<string, string> = {};
  for (const group of groups) if (assigned.has(group.id)) assignment[group.id] = mentors[assigned.get(group.id)!]!.id;
  return { assignment, costs, problems };
}

/** Per working-hour profile, the open leads in order of (first-slot cost, id). */
function openByProfile(roster: Roster, open: (lead: number) => boolean, firstSlot: (lead: number) => number): number[][] {
  const count = roster.mentors.length;
  const keys = roster.profiles.map(() => [] as number[]);
  // One number per lead sorts by cost, then by place in the roster.
  for (let i = 0; i < count; i++) if (open(i)) keys[roster.profile[i]!]!.push(firstSlot(i) * count + i);
  return keys.map((list) => Array.from(Float64Array.from(list).sort(), (key) => key % count));
}

/**
 * The `limit` cheapest leads for a group, by (cost, id), leaving out
 * `excluded` (its members who are leads too). Enough for an exact answer: if
 * a group took a lead outside its list, one of the listed leads has no other
 * group of this cohort (the other groups hold at most limit − 1 of them) and
 * would cost no more.
 * Leads sharing a working-hour profile differ only in their first-slot
 * cost, so each profile is one sorted list, and a k-way merge takes the
 * cheapest.
 */
function cheapestLeads(
  profiles: readonly number[][],
  masks: readonly SlotMask[],
  limit: number,
  firstSlot: (lead: number) => number,
  hours: (mask: SlotMask) => number,
  excluded: readonly number[],
): Array<{ lead: number; cost: number }> {
  const offset = masks.map((mask, p) => (profiles[p]!.length > 0 ? hours(mask) : 0));
  const at = profiles.map(() => 0);
  const picked: Array<{ lead: number; cost: number }> = [];
  while (picked.length < limit) {
    let best = -1;
    let bestCost = Infinity;
    for (let p = 0; p < profiles.length; p++) {
      const lead = profiles[p]![at[p]!];
      if (lead === undefined) continue;
      const cost = firstSlot(lead) + offset[p]!;
      if (cost < bestCost || (cost === bestCost && lead < profiles[best]![at[best]!]!)) {
        best = p;
        bestCost = cost;
      }
    }
    if (best < 0) break;
    const lead = profiles[best]![at[best]!++]!;
    if (!excluded.includes(lead)) picked.push({ lead, cost: bestCost });
  }
  return picked;
}

// -------------------------------------------------------------- community ----

export interface AssignCommunityInput {
  cohortId?: string;
  participants: readonly PlanParticipant[];
  /** Community mentors; other tiers are skipped. Pass the same array for every cohort: it is indexed once. */
  communityMentors: readonly PlanMentor[];
  /** Spare learner capacity over this cohort's dates; a mentor missing here has their full capacity. */
  remaining: ReadonlyMap<string, number>;
  /** The published assignment: participant id → community mentor id. */
  lock?: Readonly<Record<string, string>>;
  /** Capacity later cohorts' published plans hold over this cohort's dates (see LockedCapacity): binds new assignments only. */
  held?: ReadonlyMap<string, number>;
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

export function assignCommunity(input: AssignCommunityInput): AssignCommunityResult {
  const cohort = input.cohortId ?? '';
  const problems: PlanWarning[] = [];
  const warn = (message: string, hint?: string) => problems.push(withHint({ severity: 'warning', cohort, message }, hint));
  const grid = new SlotGrid(input.sampleDay, input.zone ?? 'UTC', input.duration ?? 30);
  const seen = new Set<string>();
  const participants = [...input.participants].sort((a, b) => compareIds(a.id, b.id)).filter((p) => !seen.has(p.id) && seen.add(p.id));

  const roster = rosterOf(input.communityMentors, 'community');
  const { mentors } = roster;
  const count = mentors.length;
  const { spare, used, taken } = capacityArrays(roster, input.remaining);
  const missing = roster.missing(input.competencies);
  const profileMasks = roster.profiles.map((person) => grid.mask(person));

  const assignment = new Map<string, number>();
  const moved = new Map<string, string[]>();
  const free: PlanParticipant[] = [];
  const lock = new Map(Object.entries(input.lock ?? {}));
  for (const p of participants) {
    const before = lock.get(p.id);
    const mentor = before === undefined || before === p.id ? undefined : roster.index.get(before);
    if (mentor !== undefined && taken[mentor]! < spare[mentor]!) {
      assignment.set(p.id, mentor);
      taken[mentor]!++;
      continue;
    }
    if (before !== undefined) {
      const reason =
        before === p.id
          ? 'no one is their own community mentor'
          : mentor !== undefined
            ? `${before} has no capacity left`
            : input.communityMentors.some((m) => m.id === before)
              ? `${before} is no longer a community mentor`
              : `${before} is no longer on the mentor roster`;
      moved.set(reason, [...(moved.get(reason) ?? []), p.id]);
    }
    free.push(p);
  }

  holdBack(roster, spare, taken, input.held);
  // Participants with the same hours cost the same: one node per slot mask (a "class").
  // Mentors alike in hours and skills are one node (a "pool"), whose edges to the sink are
  // load levels: level L (a learner who makes it L + 1 at the time) has a place for each of
  // the pool's mentors with room at that load, at the cost of that load. Costs rise with L,
  // so a least-cost flow fills a pool's levels from the bottom, and every mentor's learners
  // are a run of levels up from their current load.
  // Someone who takes part and mentors (one id) is a class and a pool of their own, with no edge between the two.
  const open = Array.from({ length: count }, (_, i) => i).filter((i) => spare[i]! > taken[i]!);
  const learning = new Set(free.map((p) => p.id));
  const pools = classes(open, (i) => `${roster.profile[i]}|${missing[i]}${learning.has(mentors[i]!.id) ? `|${mentors[i]!.id}` : ''}`);
  if (free.length > 0 && pools.length > 0) {
    const learners = classes<PlanParticipant, SlotMask | string>(free, (p) => (roster.index.has(p.id) ? `self|${p.id}` : grid.mask(p)));
    const levels = pools.map((pool) => {
      const byLoad = new Map<number, number[]>();
      for (const m of pool) {
        const load = used[m]! + taken[m]!;
        for (let L = load; L < load + Math.min(spare[m]! - taken[m]!, free.length); L++) {
          const at = byLoad.get(L);
          if (at) at.push(m);
          else byLoad.set(L, [m]);
        }
      }
      return [...byLoad].sort((a, b) => a[0] - b[0]);
    });
    const sink = 1 + learners.length + pools.length;
    const flow = new MinCostFlow(sink + 1);
    const edges: Array<{ learners: number; pool: number; edge: number }> = [];
    learners.forEach((members, i) => flow.addEdge(0, 1 + i, members.length, 0));
    learners.forEach((members, i) => {
      const mask = grid.mask(members[0]!);
      // A class of one who also mentors has no edge to their own pool (which holds only them).
      const themselves = roster.index.get(members[0]!.id);
      pools.forEach((pool, j) => {
        const first = pool[0]!;
        if (members.length === 1 && first === themselves) return;
        const hours = SlotGrid.disjoint(mask, profileMasks[roster.profile[first]!]!) ? COMMUNITY_COSTS.hours : 0;
        edges.push({ learners: i, pool: j, edge: flow.addEdge(1 + i, 1 + learners.length + j, Infinity, COMMUNITY_COSTS.skill * missing[first]! + hours) });
      });
    });
    const levelEdges = levels.map((list, j) => list.map(([load, mentors]) => ({ mentors, edge: flow.addEdge(1 + learners.length + j, sink, mentors.length, COMMUNITY_COSTS.load * load) })));
    flow.solve(0, sink);

    // Seats level by level: mentors already taking the level below first, then by id.
    const seats = levelEdges.map((list) => {
      const queue: number[] = [];
      const took = new Set<number>();
      for (const { mentors, edge } of list) {
        const order = [...mentors.filter((m) => took.has(m)), ...mentors.filter((m) => !took.has(m))];
        for (const m of order.slice(0, flow.flowOn(edge))) {
          queue.push(m);
          took.add(m);
        }
      }
      return queue;
    });
    const nextLearner = learners.map(() => 0);
    const nextSeat = pools.map(() => 0);
    for (const e of edges) {
      for (let unit = flow.flowOn(e.edge); unit > 0; unit--) {
        const p = learners[e.learners]![nextLearner[e.learners]!++]!;
        const m = seats[e.pool]![nextSeat[e.pool]!++]!;
        assignment.set(p.id, m);
        taken[m]!++;
      }
    }
  }

  for (const [reason, ids] of moved) {
    const none = ids.filter((id) => !assignment.has(id)).length;
    warn(`${plural(ids.length, 'participant')} ${ids.length === 1 ? 'changes' : 'change'} community mentor (${listIds(ids)}): ${reason}${none > 0 ? `; ${none} found none` : ''}`);
  }
  const without = participants.filter((p) => !assignment.has(p.id)).map((p) => p.id);
  // A roster without community mentors has chosen not to offer them (as capacity/community-mentors reads it): nothing to warn about.
  if (without.length > 0 && count > 0) {
    const offered = spare.reduce((sum, s) => sum + s, 0);
    warn(
      `${plural(without.length, 'participant')} ${without.length === 1 ? 'has' : 'have'} no community mentor: ${participants.length} need one, community mentors have room for ${offered} at the time (${listIds(without)})`,
      'add community mentors or raise their capacity',
    );
  }

  const result = idRecord<string>();
  for (const p of participants) if (assignment.has(p.id)) result[p.id] = mentors[assignment.get(p.id)!]!.id;
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

// ---------------------------------------------------------------- roster ----

/**
 * One tier of a roster as the matcher reads it, built once per roster array:
 * the caller passes the same array for every cohort, so the per-cohort work
 * is a pass over typed arrays instead of over the mentor objects. Mentors
 * are numbered in id order (the first of a repeated id wins).
 */
class Roster {
  readonly mentors: PlanMentor[];
  readonly index = new Map<string, number>();
  /** Mentor → working-hour profile (zone, hours, days); `profiles` holds one mentor of each. */
  readonly profile: Int32Array;
  readonly profiles: PlanMentor[] = [];
  /** Mentors with unavailable ranges. */
  readonly away: number[] = [];
  /** Spare capacity and load carried elsewhere of a mentor who carries nothing at the time. */
  readonly fullSpare: Int32Array;
  readonly fullUsed: Int32Array;
  private readonly missingBy = new Map<string, Int32Array>();
  private readonly rotationBy = new Map<string, Uint8Array>();

  constructor(all: readonly PlanMentor[], tier: PlanMentor['tier']) {
    const sorted = inIdOrder(all).filter((m) => m.tier === tier);
    this.mentors = sorted.filter((m, i) => i === 0 || sorted[i - 1]!.id !== m.id);
    this.profile = new Int32Array(this.mentors.length);
    const profiles = new Map<string, number>();
    this.mentors.forEach((m, i) => {
      this.index.set(m.id, i);
      const key = `${m.timezone}|${m.workStart}|${m.workEnd}|${m.workDays.join(',')}`;
      let p = profiles.get(key);
      if (p === undefined) profiles.set(key, (p = this.profiles.push(m) - 1));
      this.profile[i] = p;
      if (m.unavailable.length > 0) this.away.push(i);
    });
    this.fullSpare = Int32Array.from(this.mentors, (m) => spareOf(m.capacity));
    this.fullUsed = Int32Array.from(this.mentors, (m, i) => Math.max(0, m.capacity - this.fullSpare[i]!));
  }

  /** Per mentor, how many of the competencies they lack. */
  missing(competencies: readonly string[]): Int32Array {
    const wanted = [...new Set(competencies)];
    const key = wanted.join('\n');
    let missing = this.missingBy.get(key);
    if (!missing) {
      missing = Int32Array.from(this.mentors, (m) => wanted.filter((c) => !m.skills.includes(c)).length);
      this.missingBy.set(key, missing);
    }
    return missing;
  }

  /** Per mentor, 1 when their most recent cohort followed this curriculum. */
  rotation(curriculum: string): Uint8Array {
    let again = this.rotationBy.get(curriculum);
    if (!again) this.rotationBy.set(curriculum, (again = Uint8Array.from(this.mentors, (m) => (m.lastCurriculum === curriculum ? 1 : 0))));
    return again;
  }
}

const rosters = new WeakMap<readonly PlanMentor[], { snapshot: PlanMentor[]; tiers: Map<PlanMentor['tier'], Roster> }>();

/**
 * The roster for an array of mentors, reused while the array holds the same
 * mentor objects (checked by identity on every call, so an array changed in
 * place is read afresh). Mentor objects are plain data and are not changed.
 */
function rosterOf(mentors: readonly PlanMentor[], tier: PlanMentor['tier']): Roster {
  let entry = rosters.get(mentors);
  if (!entry || entry.snapshot.length !== mentors.length || entry.snapshot.some((m, i) => m !== mentors[i])) {
    entry = { snapshot: [...mentors], tiers: new Map() };
    rosters.set(mentors, entry);
  }
  let roster = entry.tiers.get(tier);
  if (!roster) entry.tiers.set(tier, (roster = new Roster(mentors, tier)));
  return roster;
}

// ---------------------------------------------------------------- shared ----

/** Mentors in id order (stable, so the first of a repeated id comes first); no copy when already in order. */
function inIdOrder(mentors: readonly PlanMentor[]): readonly PlanMentor[] {
  for (let i = 1; i < mentors.length; i++) if (compareIds(mentors[i - 1]!.id, mentors[i]!.id) > 0) return [...mentors].sort((a, b) => compareIds(a.id, b.id));
  return mentors;
}

/** Spare capacity as a whole number of places (none for a value that is not a finite number). */
function spareOf(spare: number): number {
  return Number.isFinite(spare) ? Math.max(0, Math.floor(spare)) : 0;
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

/**
 * Per roster position: spare capacity for this cohort, what is carried
 * elsewhere, and a counter of what this cohort takes. Starts from the
 * roster's full capacities and visits only the mentors in `remaining` (the
 * ones carrying something at the time), not the whole roster.
 */
/** Room for new assignments: less what later cohorts hold, never below what is already given. */
function holdBack(roster: Roster, spare: Int32Array, taken: Int32Array, held: ReadonlyMap<string, number> | undefined): void {
  for (const [id, amount] of held ?? []) {
    const i = roster.index.get(id);
    if (i !== undefined) spare[i] = Math.max(taken[i]!, spare[i]! - amount);
  }
}

function capacityArrays(roster: Roster, remaining: ReadonlyMap<string, number>): { spare: Int32Array; used: Int32Array; taken: Int32Array } {
  const spare = roster.fullSpare.slice();
  const used = roster.fullUsed.slice();
  for (const [id, left] of remaining) {
    const i = roster.index.get(id);
    if (i === undefined) continue;
    spare[i] = spareOf(left);
    used[i] = Math.max(0, roster.mentors[i]!.capacity - spare[i]!);
  }
  return { spare, used, taken: new Int32Array(roster.mentors.length) };
}
