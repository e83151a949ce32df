import type { PlanMentor } from '../plan/types.js';
import { compareText } from '../render/order.js';
import type { Mean } from './feedback.js';
import type { MentorLoad } from './mentor-load.js';
import type { MentorReport } from './types.js';

/** Every mentor on the roster, by id: what the plan gives them and what their mentees said. */
export function mentorReports(mentors: readonly PlanMentor[], loads: ReadonlyMap<string, MentorLoad>, feedback: ReadonlyMap<string, Mean>): MentorReport[] {
  return byId(mentors).map((m) => {
    const load = loads.get(m.id);
    return mentorReport(m, load?.assigned ?? 0, load?.peak ?? 0, feedback.get(m.id));
  });
}

/**
 * The mentors who serve one cohort (lead one of its groups or are assigned
 * one of its learners), by id, with that cohort's figures only: its groups or
 * learners, its peak, and the ratings credited to it. For `--cohort`.
 */
export function cohortMentorReports(mentors: readonly PlanMentor[], loads: ReadonlyMap<string, MentorLoad>, feedback: ReadonlyMap<string, Mean> | undefined, cohort: number): MentorReport[] {
  return byId(mentors).flatMap((m) => {
    const load = loads.get(m.id);
    const assigned = load?.assignedByCohort.get(cohort);
    return assigned === undefined ? [] : [mentorReport(m, assigned, load!.peakByCohort.get(cohort) ?? 0, feedback?.get(m.id))];
  });
}

function byId(mentors: readonly PlanMentor[]): PlanMentor[] {
  return [...mentors].sort((a, b) => compareText(a.id, b.id));
}

function mentorReport(m: PlanMentor, assigned: number, peakLearners: number, ratings: Mean | undefined): MentorReport {
  return {
    mentor: m.id,
    name: m.name,
    tier: m.tier,
    assigned,
    peakLearners,
    feedbackAverage: ratings?.value ?? null,
    feedbackCount: ratings?.count ?? 0,
  };
}
