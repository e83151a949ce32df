import type { PlanMentor } from '../plan/types.js';
import type { Mean } from './feedback.js';
import type { MentorLoad } from './mentor-load.js';
import type { MentorReport } from './types.js';

/** Every mentor on the roster, by id: what the plan gives them and what their mentees said. */
export function mentorReports(mentors: readonly PlanMentor[], loads: ReadonlyMap<string, MentorLoad>, feedback: ReadonlyMap<string, Mean>): MentorReport[] {
  return [...mentors]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((m) => {
      const load = loads.get(m.id);
      const ratings = feedback.get(m.id);
      return {
        mentor: m.id,
        name: m.name,
        tier: m.tier,
        assigned: load?.assigned ?? 0,
        peakLearners: load?.peak ?? 0,
        feedbackAverage: ratings?.value ?? null,
        feedbackCount: ratings?.count ?? 0,
      };
    });
}
