import type { ReportContext } from './context.js';

/**
 * Mentor load from the plan: the learners each mentor serves, day by day.
 * A lead serves the members of the groups they lead, a community mentor the
 * learners assigned to them; each learner from the day they join to the day
 * they leave (their cohort's span otherwise).
 */
export interface MentorLoad {
  /** Groups led (lead) or learners served (community), over all cohorts. */
  assigned: number;
  /** Most learners at one time, over all cohorts. */
  peak: number;
  /** Cohort index → most learners of that cohort at one time. */
  peakByCohort: Map<number, number>;
  /** Cohort index → groups led or learners served in that cohort; a cohort the mentor serves is a key. */
  assignedByCohort: Map<number, number>;
}

type Span = { from: number; to: number; cohort: number; who: string };

export function mentorLoads(ctx: ReportContext): Map<string, MentorLoad> {
  const spans = new Map<string, Span[]>();
  const assigned = new Map<string, Map<number, number>>();
  const count = (mentor: string, cohort: number) => {
    let byCohort = assigned.get(mentor);
    if (!byCohort) assigned.set(mentor, (byCohort = new Map()));
    byCohort.set(cohort, (byCohort.get(cohort) ?? 0) + 1);
  };
  const add = (mentor: string, span: Span) => {
    const list = spans.get(mentor);
    if (list) list.push(span);
    else spans.set(mentor, [span]);
  };
  for (const cohort of ctx.cohorts) {
    const slotOf = new Map(cohort.slots.map((s) => [ctx.slots[s]!.id, ctx.slots[s]!]));
    for (const group of cohort.plan.groups) {
      if (!group.lead) continue;
      count(group.lead, cohort.index);
      for (const member of group.members) {
        const slot = slotOf.get(member);
        if (slot) add(group.lead, { from: slot.from, to: slot.to, cohort: cohort.index, who: slot.id });
      }
    }
    for (const [participant, mentor] of Object.entries(cohort.plan.communityMentor)) {
      const slot = slotOf.get(participant);
      if (!slot || !mentor) continue;
      count(mentor, cohort.index);
      add(mentor, { from: slot.from, to: slot.to, cohort: cohort.index, who: slot.id });
    }
  }
  const loads = new Map<string, MentorLoad>();
  for (const [mentor, byCohort] of assigned) {
    const list = spans.get(mentor) ?? [];
    const peakByCohort = new Map<number, number>();
    for (const cohort of new Set(list.map((s) => s.cohort))) peakByCohort.set(cohort, peakOf(list.filter((s) => s.cohort === cohort)));
    const total = [...byCohort.values()].reduce((a, b) => a + b, 0);
    loads.set(mentor, { assigned: total, peak: peakOf(list), peakByCohort, assignedByCohort: byCohort });
  }
  return loads;
}

/** Most people covered on one day (both ends inclusive); a person in two overlapping cohorts counts once. */
export function peakOf(spans: ReadonlyArray<{ from: number; to: number; who: string }>): number {
  const events: Array<[number, number]> = [];
  for (const s of mergedPerPerson(spans)) events.push([s.from, 1], [s.to + 1, -1]);
  // On one day, those leaving go before those arriving.
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let current = 0;
  let peak = 0;
  for (const [, delta] of events) {
    current += delta;
    peak = Math.max(peak, current);
  }
  return peak;
}

function mergedPerPerson(spans: ReadonlyArray<{ from: number; to: number; who: string }>): Array<{ from: number; to: number }> {
  const byPerson = new Map<string, Array<{ from: number; to: number }>>();
  for (const s of spans) {
    if (s.from > s.to) continue;
    const list = byPerson.get(s.who);
    if (list) list.push({ from: s.from, to: s.to });
    else byPerson.set(s.who, [{ from: s.from, to: s.to }]);
  }
  const merged: Array<{ from: number; to: number }> = [];
  for (const list of byPerson.values()) {
    list.sort((a, b) => a.from - b.from);
    let current = { ...list[0]! };
    for (const next of list.slice(1)) {
      if (next.from <= current.to + 1) current.to = Math.max(current.to, next.to);
      else {
        merged.push(current);
        current = { ...next };
      }
    }
    merged.push(current);
  }
  return merged;
}
