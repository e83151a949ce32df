import type { CohortCalendar } from '../calendar/cohort.js';
import type { Doc } from '../program/model.js';
import { CapacityLedger } from './ledger.js';
import type { CohortLock } from './lock.js';
import type { PlanMentor } from './types.js';

type Tier = PlanMentor['tier'];

/**
 * Capacity the published plan gives to cohorts not planned yet. Cohorts are
 * planned in start order, so without this a newcomer in an earlier cohort
 * could take the last place of a mentor whom someone in a later cohort
 * already has, and a one-person edit would move two people. Every cohort's
 * kept assignments are held up front; each cohort gives back its own
 * (`release`) before it is matched. What is held binds only new
 * assignments (see `held`): a kept one was made when it fitted, so it stays.
 */
export class LockedCapacity {
  private readonly ledgers: Record<Tier, CapacityLedger> = { lead: new CapacityLedger(), community: new CapacityLedger() };
  private readonly holding = new Map<string, { range: { start: number; end: number }; items: Array<{ tier: Tier; mentor: string; amount: number }> }>();

  constructor(cohorts: ReadonlyArray<{ cohort: Doc<'Cohort'>; calendar: CohortCalendar }>, locks: Readonly<Record<string, CohortLock | undefined>>, mentors: ReadonlyMap<string, PlanMentor>) {
    for (const { cohort, calendar } of cohorts) {
      const id = cohort.value.metadata.id;
      const lock = locks[id];
      if (!lock || lock.damage) continue;
      const range = { start: calendar.start, end: calendar.end };
      const items = [...heldBy(lock, cohort, mentors)];
      for (const item of items) this.ledgers[item.tier].reserve(item.mentor, range.start, range.end, item.amount);
      if (items.length > 0) this.holding.set(id, { range, items });
    }
  }

  /** Gives back what the published plan held for this cohort. */
  release(cohortId: string): void {
    const held = this.holding.get(cohortId);
    if (!held) return;
    for (const item of held.items) this.ledgers[item.tier].release(item.mentor, held.range.start, held.range.end, item.amount);
    this.holding.delete(cohortId);
  }

  /** Per mentor of a tier: the most that later cohorts' published plans hold on one day of [start, end]. */
  held(tier: Tier, range: { start: number; end: number }): Map<string, number> {
    return this.ledgers[tier].loads(range.start, range.end);
  }
}

/** Per mentor: the groups a lead keeps (a group some of whose people are still in the cohort) and the learners a community mentor keeps. */
function* heldBy(lock: CohortLock, cohort: Doc<'Cohort'>, mentors: ReadonlyMap<string, PlanMentor>): Generator<{ tier: Tier; mentor: string; amount: number }> {
  const present = new Set(cohort.value.spec.participants.map((p) => p.id));
  const groupsStillThere = new Set(Object.entries(lock.groups).flatMap(([person, group]) => (present.has(person) ? [group] : [])));
  const leads = new Map<string, number>();
  for (const [group, lead] of Object.entries(lock.leads)) {
    if (groupsStillThere.has(group) && mentors.get(lead)?.tier === 'lead') leads.set(lead, (leads.get(lead) ?? 0) + 1);
  }
  const community = new Map<string, number>();
  for (const [person, mentor] of Object.entries(lock.community)) {
    if (present.has(person) && person !== mentor && mentors.get(mentor)?.tier === 'community') community.set(mentor, (community.get(mentor) ?? 0) + 1);
  }
  for (const [mentor, amount] of leads) yield { tier: 'lead', mentor, amount };
  for (const [mentor, amount] of community) yield { tier: 'community', mentor, amount };
}
