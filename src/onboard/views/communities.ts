import type { ProgramPlan } from '../../plan/index.js';
import type { PlannedSession } from '../../plan/types.js';
import type { ProgramModel } from '../../program/model.js';
import { parseDate, weekdayOf } from '../../util/dates.js';
import { cadenceLabel, personView, sessionView, sortSessions, within } from './common.js';
import type { CommunityView } from './types.js';

/** The communities' planned meetings dated within [from, to]; they go into every .ics. */
export function communitySessions(plan: ProgramPlan, from: string, to: string): PlannedSession[] {
  return sortSessions(within(plan.communities?.sessions ?? [], from, to));
}

/** Every community of practice, with its first meeting within [from, to] in the owner's zone. */
export function communitiesView(model: ProgramModel, plan: ProgramPlan, span: { from: string; to: string; zone: string }): CommunityView[] {
  const program = model.program!.value.spec;
  const sessions = communitySessions(plan, span.from, span.to);
  return (program.communities ?? []).map((c) => {
    const own = sessions.filter((s) => s.group === c.id);
    const anyMeeting = plan.communities?.sessions.find((s) => s.group === c.id);
    const weekday = c.weekday ?? (anyMeeting ? weekdayOf(parseDate(anyMeeting.date)!) : 'fri');
    const first = own[0];
    const end = anyMeeting ? `–${anyMeeting.end}` : '';
    return {
      id: c.id,
      name: c.name,
      description: c.description ?? null,
      cadence: c.cadence,
      schedule: `${cadenceLabel(c.cadence, weekday)}, ${c.time}${end} (${program.timezone})`,
      host: c.host ? personView(c.host, plan.people) : null,
      location: c.location ?? null,
      formats: [...(c.formats ?? [])],
      first_session: first ? sessionView(first, span.zone, plan.people, new Map()) : null,
      session_count: own.length,
    };
  });
}
