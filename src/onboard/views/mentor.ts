import type { PlanMentor, PlannedGroup, PlannedSession } from '../../plan/types.js';
import { naturalCompare } from '../../render/order.js';
import { localTimes } from '../time.js';
import { type CohortContext, channelsView, cohortView, glossaryView, moduleNames, personView, programView, sessionView, sortSessions } from './common.js';
import { communitiesView, communitySessions } from './communities.js';
import { learningPath } from './curriculum.js';
import { governanceView } from './governance.js';
import { participantGroup, participantPerson, participantSessions } from './participant.js';
import type { MentorGroupView, MentorMemberView, MentorScope } from './types.js';

export interface MentorPack {
  scope: MentorScope;
  /**
   * Sessions they lead (their groups', and any they cover), the cohort-wide
   * ones and, when they also take part, their own group's; then the
   * communities' meetings.
   */
  calendar: PlannedSession[];
}

/**
 * The mentors who serve a cohort, by id: leads of its groups, community
 * mentors of its participants, and leads who cover a session for another.
 */
export function servingMentors(ctx: CohortContext): PlanMentor[] {
  const { cohortPlan, plan } = ctx;
  const ids = new Set<string>([
    ...cohortPlan.groups.map((g) => g.lead),
    ...Object.values(cohortPlan.communityMentor),
    ...cohortPlan.sessions.map((s) => s.lead),
  ]);
  return plan.mentors.filter((m) => ids.has(m.id));
}

export function mentorPack(ctx: CohortContext, mentor: PlanMentor): MentorPack {
  const { plan, cohortPlan, curriculum, model } = ctx;
  const people = plan.people;
  const cohort = cohortView(ctx);
  // Someone who also takes part in the cohort has one calendar: their own group's sessions are theirs too.
  const participant = ctx.cohort.value.spec.participants.find((p) => p.id === mentor.id);
  const asParticipant = participant ? participantPerson(ctx, participant) : undefined;
  const ownGroup = participant ? participantGroup(ctx, participant.id) : undefined;
  const attended = new Set(asParticipant ? participantSessions(ctx, asParticipant, ownGroup).map((s) => s.id) : []);
  const own = sortSessions(cohortPlan.sessions.filter((s) => s.group === 'all' || s.lead === mentor.id || attended.has(s.id)));
  const names = moduleNames(curriculum);
  const view = (s: PlannedSession) => sessionView(s, mentor.timezone, people, names);
  const sessions = own.map(view);
  const groups = cohortPlan.groups.filter((g) => serves(ctx, g, mentor.id)).sort((a, b) => naturalCompare(a.id, b.id));
  const role = mentor.tier === 'lead' ? 'lead-mentor' : 'community-mentor';
  const groupViews = groups.map((g) => groupView(ctx, g, mentor, view));
  const scope: MentorScope = {
    program: programView(model),
    channels: channelsView(model),
    cohort,
    glossary: glossaryView(model),
    governance: governanceView(model, role, mentor.id, people),
    learning_path: learningPath(cohortPlan.calendar, curriculum),
    communities: communitiesView(model, plan, { from: cohort.start, to: cohort.end, zone: mentor.timezone }),
    sessions,
    first_session: sessions[0] ?? null,
    person: { ...personView(mentor.id, people)!, role, tier: mentor.tier },
    groups: groupViews,
    mentees: groupViews.flatMap((g) => g.members.filter((m) => m.mentee).map((m) => ({ ...m, group: g.id }))),
    taking_part: asParticipant
      ? { group: ownGroup?.id ?? null, first_day: asParticipant.first_day, first_day_label: asParticipant.first_day_label, last_day: asParticipant.last_day, last_day_label: asParticipant.last_day_label }
      : null,
    check_in: cohort.touchpoints.find((t) => t.type === 'check-in') ?? cohort.touchpoints.find((t) => t.scope === 'group') ?? null,
  };
  return { scope, calendar: [...own, ...communitySessions(plan, cohort.start, cohort.end)] };
}

function serves(ctx: CohortContext, group: PlannedGroup, id: string): boolean {
  return group.lead === id || group.members.some((m) => ctx.cohortPlan.communityMentor[m] === id) || ctx.cohortPlan.sessions.some((s) => s.group === group.id && s.lead === id);
}

function groupView(ctx: CohortContext, group: PlannedGroup, mentor: PlanMentor, view: (s: PlannedSession) => MentorGroupView['covered_sessions'][number]): MentorGroupView {
  const { cohortPlan, plan } = ctx;
  const sessions = sortSessions(cohortPlan.sessions.filter((s) => s.group === group.id || s.group === 'all'));
  const participants = new Map(ctx.cohort.value.spec.participants.map((p) => [p.id, p]));
  const member = (id: string): MentorMemberView => {
    const spec = participants.get(id);
    const person = spec ? participantPerson(ctx, spec) : undefined;
    const first = person ? sessions.find((s) => s.date >= person.first_day && s.date <= person.last_day) : undefined;
    return {
      ...(personView(id, plan.people) ?? { id, name: id, email: '', department: null, timezone: cohortPlan.timezone }),
      mentee: cohortPlan.communityMentor[id] === mentor.id,
      community_mentor: personView(cohortPlan.communityMentor[id] ?? '', plan.people),
      joined: person?.joined ?? null,
      left: person?.left ?? null,
      first_session: first && person ? localTimes(first.startUtc, first.endUtc, person.timezone).label : null,
    };
  };
  // The group's own sessions: the cohort-wide ones are on the page already, and are not the group's.
  const groupSessions = sessions.filter((s) => s.group === group.id);
  const first = groupSessions[0];
  return {
    id: group.id,
    you_lead: group.lead === mentor.id,
    lead: personView(group.lead, plan.people),
    community_mentors: [...new Set(group.community)].sort().flatMap((id) => personView(id, plan.people) ?? []),
    members: [...group.members].sort().map(member),
    first_session: first ? view(first) : null,
    session_count: groupSessions.length,
    covered_sessions: groupSessions.filter((s) => s.lead === mentor.id && group.lead !== mentor.id).map(view),
  };
}
