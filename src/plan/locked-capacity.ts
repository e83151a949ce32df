import type { CohortCalendar } from '../calendar/cohort.js';
import type { Doc } from '../program/model.js';
import type { CapacityLedger } from './ledger.js';
import type { CohortLock } from './lock.js';
import type { PlanMentor } from './types.js';

interface Held {
  ledger: CapacityLedger;
  mentor: string;
  amount: number;
}

/**
 * Capacity the published plan gives to cohorts not planned yet. Cohorts are
 * planned in start order, so without this a newcomer in an earlier cohort
 * could take the last place of a mentor whom someone in a later cohort
 * already has, and a one-person edit would move two people. Every cohort's
 * kept assignments are reserved up front; each cohort takes its own back
 * (`release`) just before it is matched, and then reserves what it really
 * assigns.
 */
export class LockedCapacity {
  private readonly held = new Map<string, { range: { start: number; end: number }; items: Held[] }>();

  constructor(
    cohorts: ReadonlyArray<{ cohort: Doc<'Cohort'>; calendar: CohortCalendar }>,
    locks: Readonly<Record<string, CohortLock | undefined>>,
    mentors: ReadonlyMap<string, PlanMentor>,
    ledgers: { lead: CapacityLedger; community: CapacityLedger },
  ) {
    for (const { cohort, calendar } of cohorts) {
      const id = cohort.value.metadata.id;
      const lock = locks[id];
      if (!lock || lock.damage) continue;
      const range = { start: calendar.start, end: calendar.end };
      const items = [...heldBy(lock, cohort, mentors, ledgers)];
      for (const item of items) item.ledger.reserve(item.mentor, range.start, range.end, item.amount);
      if (items.length > 0) this.held.set(id, { range, items });
    }
  }

  /** Gives back what the published plan held for this cohort. */
  release(cohortId: string): void {
    const held = this.held.get(cohortId);
    if (!held) return;
    for (const item of held.items) item.ledger.release(item.mentor, held.range.start, held.range.end, item.amount);
    this.held.delete(cohortId);
  }
}

/** Per mentor: the groups a lead keeps (a group some of whose people are still in the cohort) and the learners a community mentor keeps. */
function* heldBy(lock: CohortLock, cohort: Doc<'Cohort'>, mentors: ReadonlyMap<string, PlanMentor>, ledgers: { lead: CapacityLedger; community: CapacityLedger }): Generator<Held> {
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
  for (const [mentor, amount] of [...leads].sort(byId)) yield { ledger: ledgers.lead, mentor, amount };
  for (const [mentor, amount] of [...community].sort(byId)) yield { ledger: ledgers.community, mentor, amount };
}

function byId(a: [string, number], b: [string, number]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}
