import { type DayNumber, formatClock, formatDate, weekdayIndex } from '../util/dates.js';
import { fitsWorkingHours, offsetAt, zonedInstant } from './hours.js';
import { groupIndex, keptParticipantPins } from './pins.js';
import type { PlanParticipant, PlanPerson, PlanWarning } from './types.js';

/**
 * Learning groups (FORMAT.md "Groups"): N participants make ceil(N / max)
 * groups g1…gG of balanced size. Without a published plan, people are
 * ordered by when their working day falls (UTC midpoint on sampleDay) and
 * cut into consecutive chunks, so neighbours in time share a group; then
 * deterministic swaps restore shared hours where they are missing and mix
 * departments without costing a group its shared time. With a published
 * plan (`lock`), everyone keeps their group unless it is gone or full; only
 * newcomers and displaced people are placed.
 */

export interface GroupingInput {
  participants: readonly PlanParticipant[];
  min: number;
  max: number;
  pins?: ReadonlyArray<{ participant: string; group: string }>;
  /** The published assignment: participant id → group id. */
  lock?: Readonly<Record<string, string>>;
  /** Zone and day on which shared working hours are measured, and the meeting length in minutes. */
  zone: string;
  sampleDay: DayNumber;
  duration: number;
  /** For the `cohort` field of warnings. */
  cohortId?: string;
  /** The cohort's first day: someone expected only from later joined late (default: nobody did). */
  cohortStart?: DayNumber;
}

export interface FormedGroup {
  /** g1, g2, … */
  id: string;
  /** Participant ids, sorted. */
  members: string[];
}

export interface GroupingResult {
  groups: FormedGroup[];
  warnings: PlanWarning[];
}

/** A swap may shrink a group's shared time, but never below this (or below what it had). */
export const KEEP_SHARED_MINUTES = 120;

const STEP = 15;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

// ------------------------------------------------------------ slot masks ----

/** Bit i set: the meeting starting at grid point i fits. */
export type SlotMask = readonly number[];

/**
 * The 15-minute grid of `sharedMinutes` (hours.ts) on one day in one zone,
 * with each person's fitting start times as a bit mask, so group overlap is
 * an AND instead of hundreds of time-zone conversions. A person's mask is
 * computed once per working-hour profile; within a zone's constant offset
 * the wall clock is plain arithmetic, and around a daylight-saving change
 * every point goes through fitsWorkingHours. `minutes(and(masks))` equals
 * `sharedMinutes(people, day, zone, duration)`.
 */
export class SlotGrid {
  /** Start instants (epoch ms) of the candidate meetings. */
  readonly starts: number[];
  private readonly words: number;
  /** Zone → working-hour profile (start, end, days as one number) → mask. */
  private readonly masks = new Map<string, Map<number, SlotMask>>();
  private readonly offsets = new Map<string, number | undefined>();

  constructor(
    readonly day: DayNumber,
    readonly zone: string,
    readonly duration: number,
  ) {
    this.starts = gridStarts(day, zone);
    this.words = Math.ceil(this.starts.length / 32);
  }

  /** A mask with every start time set (the AND of nobody). */
  full(): SlotMask {
    const mask = new Array<number>(this.words).fill(0);
    for (let i = 0; i < this.starts.length; i++) mask[i >> 5]! |= 1 << (i & 31);
    return mask;
  }

  mask(person: PlanPerson): SlotMask {
    let byProfile = this.masks.get(person.timezone);
    if (!byProfile) this.masks.set(person.timezone, (byProfile = new Map()));
    let days = 0;
    for (const d of person.workDays) days |= 1 << d;
    const profile = (person.workStart * 1441 + person.workEnd) * 128 + days;
    let mask = byProfile.get(profile);
    if (!mask) byProfile.set(profile, (mask = this.computeMask(person)));
    return mask;
  }

  /** UTC midpoint of the person's working window on the grid's day, read in their own zone (for ordering). */
  midpoint(person: PlanPerson): number {
    const offset = this.offsetOf(person.timezone) ?? offsetAt(this.starts[0] ?? this.day * DAY_MS, person.timezone);
    return this.day * DAY_MS + ((person.workStart + person.workEnd) / 2 - offset) * MINUTE_MS;
  }

  static and(a: SlotMask, b: SlotMask): SlotMask {
    const out = new Array<number>(a.length);
    for (let i = 0; i < a.length; i++) out[i] = a[i]! & b[i]!;
    return out;
  }

  /** True when the two masks share no start time (the AND is empty), without building it. */
  static disjoint(a: SlotMask, b: SlotMask): boolean {
    for (let i = 0; i < a.length; i++) if ((a[i]! & b[i]!) !== 0) return false;
    return true;
  }

  static isEmpty(mask: SlotMask): boolean {
    for (let i = 0; i < mask.length; i++) if (mask[i] !== 0) return false;
    return true;
  }

  /** Shared minutes, counted as sharedMinutes does: 15 per fitting start. */
  static minutes(mask: SlotMask): number {
    let count = 0;
    for (let word of mask) {
      word >>>= 0;
      while (word !== 0) {
        word &= word - 1;
        count++;
      }
    }
    return count * STEP;
  }

  /** The zone's UTC offset in minutes when it holds over the whole grid, else undefined. */
  private offsetOf(zone: string): number | undefined {
    if (!this.offsets.has(zone)) {
      // Checked from the grid day's midnight to the end of a meeting starting at the next one (at least
      // two hours past it), which holds every meeting of the grid; short meetings share the instants.
      const from = midnight(this.day, this.zone);
      const to = midnight(this.day + 1, this.zone) + Math.max(2 * 60, this.duration) * MINUTE_MS;
      const constant = offsetAt(from, zone);
      this.offsets.set(zone, constant === offsetAt(to, zone) ? constant : undefined);
    }
    return this.offsets.get(zone);
  }

  private computeMask(person: PlanPerson): SlotMask {
    const mask = new Array<number>(this.words).fill(0);
    const offset = this.offsetOf(person.timezone);
    const span = this.duration * MINUTE_MS;
    this.starts.forEach((start, i) => {
      const fits = offset === undefined ? fitsWorkingHours(person, start, start + span) : fitsAtOffset(person, start, start + span, offset);
      if (fits) mask[i >> 5]! |= 1 << (i & 31);
    });
    return mask;
  }
}

// Time-zone lookups through Luxon cost tens of microseconds each; plans ask
// the same few (zone, day) questions again and again, so the answers (pure
// functions of their arguments) are memoised, within a bound.
const MEMO_LIMIT = 10_000;
const startsMemo = new Map<string, number[]>();
const midnightMemo = new Map<string, number>();

function memo<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= MEMO_LIMIT) cache.clear();
    cache.set(key, (value = compute()));
  }
  return value;
}

/** The instants of `day` at 0:00, 0:15, … 23:45 in `zone` (as zonedInstant gives them), the starts the scheduler tries (a late one may end after midnight). */
function gridStarts(day: DayNumber, zone: string): number[] {
  return memo(startsMemo, `${zone}@${day}`, () => {
    const minutes: number[] = [];
    for (let m = 0; m < 24 * 60; m += STEP) minutes.push(m);
    const start = midnight(day, zone);
    // A day of exactly 24 hours has no clock change, so its wall clock runs in step with UTC.
    const regular = midnight(day + 1, zone) - start === DAY_MS;
    return minutes.map((m) => (regular ? start + m * MINUTE_MS : zonedInstant(day, m, zone)));
  });
}

function midnight(day: DayNumber, zone: string): number {
  return memo(midnightMemo, `${zone}@${day}`, () => zonedInstant(day, 0, zone));
}

/** fitsWorkingHours with a known, constant UTC offset (minutes). */
function fitsAtOffset(person: PlanPerson, start: number, end: number, offset: number): boolean {
  const from = start + offset * MINUTE_MS;
  const to = end + offset * MINUTE_MS;
  const fromDay = Math.floor(from / DAY_MS);
  const toDay = Math.floor(to / DAY_MS);
  const fromMinutes = Math.floor((from - fromDay * DAY_MS) / MINUTE_MS);
  const toMinutes = Math.floor((to - toDay * DAY_MS) / MINUTE_MS);
  if (fromDay !== toDay && toMinutes !== 0) return false;
  const endMinutes = fromDay === toDay ? toMinutes : 24 * 60;
  return person.workDays.includes(weekdayIndex(fromDay)) && fromMinutes >= person.workStart && endMinutes <= person.workEnd;
}

// ---------------------------------------------------------------- groups ----

interface State {
  people: PlanParticipant[];
  masks: SlotMask[];
  midpoints: number[];
  pinned: Map<number, number>;
  groups: number[][];
  grid: SlotGrid;
}

export function formGroups(input: GroupingInput): GroupingResult {
  const cohort = input.cohortId ?? '';
  const warnings: PlanWarning[] = [];
  const warn = (message: string, hint?: string) => warnings.push(hint === undefined ? { severity: 'warning', cohort, message } : { severity: 'warning', cohort, message, hint });

  const people = uniqueById(input.participants);
  const max = Math.max(1, Math.floor(input.max));
  const min = Math.max(0, Math.floor(input.min));
  const count = people.length === 0 ? 0 : Math.ceil(people.length / max);
  const grid = new SlotGrid(input.sampleDay, input.zone, input.duration);
  const index = new Map(people.map((p, i) => [p.id, i]));
  const state: State = {
    people,
    masks: people.map((p) => grid.mask(p)),
    midpoints: people.map((p) => grid.midpoint(p)),
    pinned: validPins(input.pins ?? [], index, count, max, warn),
    groups: Array.from({ length: count }, () => []),
    grid,
  };

  // A published plan counts once someone in it is still here; otherwise there is nothing to keep.
  const lock = new Map(Object.entries(input.lock ?? {}));
  const locked = lock.size > 0 && people.some((p) => lock.has(p.id));
  if (locked) placeWithLock(state, lock, { min, max, cohortStart: input.cohortStart ?? Infinity }, warn);
  else placeFresh(state);

  for (const [g, members] of state.groups.entries()) {
    if (members.length < min) {
      const hint = locked ? 're-plan with --fresh to rebalance the groups, or pin participants into it' : 'pin fewer people into one group, or lower groups.min';
      warn(`g${g + 1} has ${plural(members.length, 'participant')}, fewer than groups.min (${min})`, hint);
    }
    // Judged among those expected on the sample day: someone who joins later is not waited for (their sessions warn on their own).
    const present = members.filter((i) => people[i]!.from <= input.sampleDay && input.sampleDay <= people[i]!.to);
    if (present.length > 0 && SlotGrid.isEmpty(groupMask(state, present))) warnNoSharedSlot(state, g, present, input.duration, warn);
  }
  const groups = state.groups.map((members, g) => ({ id: `g${g + 1}`, members: members.map((i) => people[i]!.id).sort(compareIds) }));
  return { groups, warnings };
}

function uniqueById(participants: readonly PlanParticipant[]): PlanParticipant[] {
  const seen = new Set<string>();
  return [...participants].sort((a, b) => compareIds(a.id, b.id)).filter((p) => !seen.has(p.id) && seen.add(p.id));
}

/** Participant index → group index. Pins of unknown participants are left to `validate` (ref/participant). */
function validPins(
  pins: ReadonlyArray<{ participant: string; group: string }>,
  index: Map<string, number>,
  count: number,
  max: number,
  warn: (message: string, hint?: string) => void,
): Map<number, number> {
  const { kept, setAside } = keptParticipantPins(pins.map((pin, i) => ({ pin, index: i })), (id) => index.has(id), count, max);
  for (const s of setAside) {
    const { participant, group } = s.at.pin;
    if (s.why === 'no-group') warn(`the pin of ${participant} to ${group} is ignored: the cohort has ${plural(count, 'group')} (g1…g${count})`, 'pin to an existing group, or lower groups.max to make more groups');
    else if (s.why === 'participant-twice') warn(`${participant} is pinned to ${s.kept.pin.group} and ${group}; the first pin is kept`, 'remove one of the pins');
    else warn(`the pin of ${participant} to ${group} is ignored: ${group} already has ${max} pinned participants (groups.max)`, 'pin fewer people to one group, or raise groups.max');
  }
  return new Map([...kept].map(([id, at]) => [index.get(id)!, groupIndex(at.pin.group, count)!]));
}

// ------------------------------------------------------------ fresh plan ----

function placeFresh(state: State): void {
  const count = state.groups.length;
  if (count === 0) return;
  for (const [person, group] of state.pinned) state.groups[group]!.push(person);
  const pinCount = state.groups.map((g) => g.length);
  const target = targetSizes(state.people.length, pinCount);
  const need = target.map((t, g) => t - pinCount[g]!);

  const free = state.people.map((_, i) => i).filter((i) => !state.pinned.has(i));
  free.sort((a, b) => state.midpoints[a]! - state.midpoints[b]! || compareIds(state.people[a]!.id, state.people[b]!.id));
  let at = 0;
  for (const g of chunkOrder(state, free, pinCount, need)) {
    state.groups[g]!.push(...free.slice(at, at + need[g]!));
    at += need[g]!;
  }
  repairSharedHours(state);
  mixDepartments(state);
}

/**
 * Balanced sizes; the larger ones go to the groups with most pins. A group
 * pinned beyond its size grows (up to max) and the largest others shrink.
 */
function targetSizes(total: number, pinCount: number[]): number[] {
  const count = pinCount.length;
  const base = Math.floor(total / count);
  const order = pinCount.map((_, g) => g).sort((a, b) => pinCount[b]! - pinCount[a]! || a - b);
  const target = new Array<number>(count).fill(base);
  for (const g of order.slice(0, total % count)) target[g]!++;
  let surplus = 0;
  for (let g = 0; g < count; g++) {
    if (pinCount[g]! > target[g]!) {
      surplus += pinCount[g]! - target[g]!;
      target[g] = pinCount[g]!;
    }
  }
  while (surplus > 0) {
    let pick = -1;
    for (let g = 0; g < count; g++) if (target[g]! > pinCount[g]! && (pick < 0 || target[g]! >= target[pick]!)) pick = g;
    target[pick]!--;
    surplus--;
  }
  return target;
}

/**
 * The order in which groups take consecutive chunks of the time-sorted free
 * people: a group with pins takes its chunk where its pinned people's hours
 * fall; the others fill the gaps in id order.
 */
function chunkOrder(state: State, free: number[], pinCount: number[], need: number[]): number[] {
  const anchored: Array<{ group: number; start: number }> = [];
  const others: number[] = [];
  for (let g = 0; g < state.groups.length; g++) {
    if (pinCount[g] === 0) {
      others.push(g);
      continue;
    }
    const times = state.groups[g]!.map((i) => state.midpoints[i]!).sort((a, b) => a - b);
    const anchor = times[(times.length - 1) >> 1]!;
    const rank = lowerBound(free, (i) => state.midpoints[i]! < anchor);
    anchored.push({ group: g, start: rank - need[g]! / 2 });
  }
  anchored.sort((a, b) => a.start - b.start || a.group - b.group);
  const order: number[] = [];
  let position = 0;
  let a = 0;
  let o = 0;
  while (a < anchored.length || o < others.length) {
    const next = anchored[a];
    const filler = others[o];
    const take = next !== undefined && (filler === undefined || next.start <= position + need[filler]! / 2) ? anchored[a++]!.group : others[o++]!;
    order.push(take);
    position += need[take]!;
  }
  return order;
}

/** First index whose element fails `before` (the elements passing it come first). */
function lowerBound(list: number[], before: (item: number) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(list[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** For each group with no shared slot: the first swap of unpinned people that gives it one without taking one from the other group. */
function repairSharedHours(state: State): void {
  for (let a = 0; a < state.groups.length; a++) {
    const groupA = state.groups[a]!;
    if (!SlotGrid.isEmpty(groupMask(state, groupA))) continue;
    search: for (const [ia, pa] of groupA.entries()) {
      if (state.pinned.has(pa)) continue;
      const restA = groupMask(state, groupA, ia);
      for (let b = 0; b < state.groups.length; b++) {
        if (b === a) continue;
        const groupB = state.groups[b]!;
        const hadB = !SlotGrid.isEmpty(groupMask(state, groupB));
        for (const [ib, pb] of groupB.entries()) {
          if (state.pinned.has(pb) || SlotGrid.disjoint(restA, state.masks[pb]!)) continue;
          if (hadB && SlotGrid.disjoint(groupMask(state, groupB, ib), state.masks[pa]!)) continue;
          groupA[ia] = pb;
          groupB[ib] = pa;
          break search;
        }
      }
    }
  }
}

/**
 * Swaps of unpinned people between groups that strictly lower the number
 * of repeated departments (per group, Σ over departments of count − 1), so
 * it ends; nearest groups (similar hours) are tried first, and a swap must
 * leave each group at least min(its shared minutes, KEEP_SHARED_MINUTES).
 */
function mixDepartments(state: State): void {
  // Departments as small numbers (0: none, never counted); counts per group in one flat array.
  const ids = new Map<string, number>();
  const dept = state.people.map((p) => {
    const name = p.department.trim().toLowerCase();
    if (!name) return 0;
    let id = ids.get(name);
    if (id === undefined) ids.set(name, (id = ids.size + 1));
    return id;
  });
  const width = ids.size + 1;
  const groupCount = state.groups.length;
  const counts = new Int32Array(groupCount * width);
  state.groups.forEach((members, g) => {
    for (const i of members) counts[g * width + dept[i]!]!++;
  });
  const pinned = state.people.map((_, i) => state.pinned.has(i));
  const shared = state.groups.map((members) => SlotGrid.minutes(groupMask(state, members)));
  for (let pass = 0, swapped = true; swapped && pass < 50; pass++) {
    swapped = false;
    for (let a = 0; a < groupCount; a++) {
      const groupA = state.groups[a]!;
      for (let ia = 0; ia < groupA.length; ia++) {
        const pa = groupA[ia]!;
        const da = dept[pa]!;
        if (pinned[pa] || da === 0 || counts[a * width + da]! < 2) continue;
        let restA: SlotMask | undefined;
        found: for (let distance = 1; distance < groupCount; distance++) {
          for (const b of [a - distance, a + distance]) {
            if (b < 0 || b >= groupCount) continue;
            const groupB = state.groups[b]!;
            const daInB = counts[b * width + da]! > 0 ? 1 : 0;
            for (let ib = 0; ib < groupB.length; ib++) {
              const pb = groupB[ib]!;
              const db = dept[pb]!;
              if (pinned[pb] || db === da) continue;
              const gain = db === 0 ? 1 - daInB : 1 + (counts[b * width + db]! >= 2 ? 1 : 0) - (counts[a * width + db]! > 0 ? 1 : 0) - daInB;
              if (gain <= 0) continue;
              restA ??= groupMask(state, groupA, ia);
              const newA = SlotGrid.minutes(SlotGrid.and(restA, state.masks[pb]!));
              if (newA < Math.min(shared[a]!, KEEP_SHARED_MINUTES)) continue;
              const newB = SlotGrid.minutes(SlotGrid.and(groupMask(state, groupB, ib), state.masks[pa]!));
              if (newB < Math.min(shared[b]!, KEEP_SHARED_MINUTES)) continue;
              groupA[ia] = pb;
              groupB[ib] = pa;
              counts[a * width + da]!--;
              counts[a * width + db]!++;
              counts[b * width + db]!--;
              counts[b * width + da]!++;
              shared[a] = newA;
              shared[b] = newB;
              swapped = true;
              break found;
            }
          }
        }
      }
    }
  }
}

// ---------------------------------------------------------- locked plan ----

function placeWithLock(state: State, lock: ReadonlyMap<string, string>, { min, max, cohortStart }: { min: number; max: number; cohortStart: DayNumber }, warn: (message: string, hint?: string) => void): void {
  const count = state.groups.length;
  const toPlace: number[] = [];
  const moved = new Map<number, string>();
  for (const [person, group] of [...state.pinned].sort((a, b) => a[0] - b[0])) {
    state.groups[group]!.push(person);
    const before = lock.get(state.people[person]!.id);
    if (before !== undefined && before !== `g${group + 1}`) warn(`${state.people[person]!.id} moves from ${before} to g${group + 1}, where a pin now puts them`);
  }
  state.people.forEach((person, i) => {
    if (state.pinned.has(i)) return;
    const before = lock.get(person.id);
    if (before === undefined) return void toPlace.push(i);
    const group = groupIndex(before, count);
    if (group === undefined) {
      moved.set(i, `${before} no longer exists (the cohort now has ${plural(count, 'group')})`);
      toPlace.push(i);
    } else if (state.groups[group]!.length >= max) {
      moved.set(i, `${before} is full (groups.max ${max})`);
      toPlace.push(i);
    } else {
      state.groups[group]!.push(i);
    }
  });
  for (const person of toPlace) {
    const group = bestGroupWithRoom(state, person, max);
    state.groups[group]!.push(person);
    const reason = moved.get(person);
    if (reason !== undefined) warn(`${state.people[person]!.id} moves from ${lock.get(state.people[person]!.id)} to g${group + 1}: ${reason}`);
  }
  fillNewGroups(state, new Set(lock.values()), min, cohortStart, warn);
}

/**
 * A group the published plan did not have (the cohort grew past a multiple
 * of groups.max) would hold only newcomers, often fewer than groups.min:
 * the plan itself would break the bounds it must keep. It is filled up to
 * min from the groups with the most people above min, one person at a time
 * (the one who shares the most time with it, then the lowest id), each move
 * said. A group that only shrank is left as it is (the caller warns), and
 * so is one of late joiners only: the others have been meeting in their
 * groups, and moving them would rewrite their record.
 */
function fillNewGroups(state: State, published: ReadonlySet<string>, min: number, cohortStart: DayNumber, warn: (message: string, hint?: string) => void): void {
  for (const [g, members] of state.groups.entries()) {
    if (published.has(`g${g + 1}`) || (members.length > 0 && members.every((i) => state.people[i]!.from > cohortStart))) continue;
    while (members.length < min) {
      const donor = largestAboveMin(state, min, g);
      if (donor === undefined) break;
      const person = closestMember(state, donor, members);
      state.groups[donor]!.splice(state.groups[donor]!.indexOf(person), 1);
      members.push(person);
      warn(`${state.people[person]!.id} moves from g${donor + 1} to g${g + 1}: g${g + 1} is new (the cohort grew) and needs groups.min (${min}) people`);
    }
  }
}

/** The group with the most people above `min` that has someone unpinned to give (the lowest number on a tie). */
function largestAboveMin(state: State, min: number, except: number): number | undefined {
  let best: number | undefined;
  for (const [g, members] of state.groups.entries()) {
    if (g === except || members.length <= min || !members.some((i) => !state.pinned.has(i))) continue;
    if (best === undefined || members.length > state.groups[best]!.length) best = g;
  }
  return best;
}

/** Of a group's unpinned people, the one sharing the most time with `target`'s (then the lowest id). */
function closestMember(state: State, group: number, target: readonly number[]): number {
  const mask = groupMask(state, target);
  const shared = (i: number) => SlotGrid.minutes(SlotGrid.and(mask, state.masks[i]!));
  return state.groups[group]!.filter((i) => !state.pinned.has(i)).sort((a, b) => shared(b) - shared(a) || compareIds(state.people[a]!.id, state.people[b]!.id))[0]!;
}

/** Shared working hours first, then fewest of the same department, then the smallest group, then most shared time, then the lowest id. */
function bestGroupWithRoom(state: State, person: number, max: number): number {
  const dept = state.people[person]!.department.trim().toLowerCase();
  let best = -1;
  let bestKey: number[] = [];
  for (const [g, members] of state.groups.entries()) {
    if (members.length >= max) continue;
    const minutes = SlotGrid.minutes(SlotGrid.and(groupMask(state, members), state.masks[person]!));
    const same = dept ? members.filter((i) => state.people[i]!.department.trim().toLowerCase() === dept).length : 0;
    const key = [minutes > 0 ? 0 : 1, same, members.length, -minutes];
    if (best < 0 || lexLess(key, bestKey)) {
      best = g;
      bestKey = key;
    }
  }
  return best;
}

function lexLess(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

// ------------------------------------------------------------- helpers ----

/** AND of the members' masks, leaving out position `skip`. */
function groupMask(state: State, members: readonly number[], skip = -1): SlotMask {
  let mask = state.grid.full();
  for (const [at, i] of members.entries()) if (at !== skip) mask = SlotGrid.and(mask, state.masks[i]!);
  return mask;
}

/** Names everyone; the hint names those whose hours alone keep the others apart. */
function warnNoSharedSlot(state: State, g: number, present: readonly number[], duration: number, warn: (message: string, hint?: string) => void): void {
  const members = [...present].sort((a, b) => compareIds(state.people[a]!.id, state.people[b]!.id));
  const ids = members.map((i) => state.people[i]!.id);
  const outliers = members.filter((_, at) => !SlotGrid.isEmpty(groupMask(state, members, at))).map((i) => describeHours(state.people[i]!));
  const day = formatDate(state.grid.day);
  warn(
    `g${g + 1} has no shared ${duration}-minute slot on ${day} (${state.grid.zone}) within everyone's working hours: ${ids.join(', ')}`,
    outliers.length > 0
      ? `the others could meet without ${outliers.join(' or ')}; pin them to a group with matching hours, or adjust workingHours`
      : 'pin these people into groups with matching hours, or adjust workingHours',
  );
}

function describeHours(person: PlanPerson): string {
  return `${person.id} (${formatClock(person.workStart)}–${formatClock(person.workEnd)} ${person.timezone})`;
}


export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Plain code-unit order, the same on every machine (no locale). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
