import type { PlannedGroup, PlannedSession } from '../../plan/types.js';
import type { Participant } from '../../program/model.js';
import { formatDate } from '../../util/dates.js';
import { dateLabel } from '../time.js';
import { type CohortContext, channelsView, cohortView, glossaryView, moduleNames, personView, programView, sessionView, sortSessions, within } from './common.js';
import { communitiesView, communitySessions } from './communities.js';
import { credentialsView, learningPath } from './curriculum.js';
import { governanceView } from './governance.js';
import type { CodeOfConductView, MemberView, ParticipantPersonView, ParticipantScope } from './types.js';

/** A participant's pack: the variables of its templates and the sessions of its calendar. */
export interface ParticipantPack {
  scope: ParticipantScope;
  /** Their group's and cohort-wide sessions from the day they joined, then the communities' meetings. */
  calendar: PlannedSession[];
}

/**
 * One participant's view of their cohort: their group, lead and community
 * mentor, and sessions from their first expected day (joined, else the
 * cohort start) to their last (left, else the cohort end), in their zone.
 */
export function participantPack(ctx: CohortContext, participant: Participant, codeOfConduct: CodeOfConductView): ParticipantPack {
  const { plan, cohortPlan, curriculum, model } = ctx;
  const people = plan.people;
  const person = participantPerson(ctx, participant);
  const group = participantGroup(ctx, participant.id);
  const own = participantSessions(ctx, person, group);
  const names = moduleNames(curriculum);
  const sessions = own.map((s) => sessionView(s, person.timezone, people, names));
  const communityMentor = cohortPlan.communityMentor[participant.id];
  const member = (id: string): MemberView => ({ ...(personView(id, people) ?? { id, name: id, email: '', department: null, timezone: person.timezone }), is_you: id === participant.id, community_mentor: personView(cohortPlan.communityMentor[id] ?? '', people) });
  const scope: ParticipantScope = {
    program: programView(model),
    channels: channelsView(model),
    cohort: cohortView(ctx),
    glossary: glossaryView(model),
    governance: governanceView(model, 'participant', participant.id, people),
    learning_path: learningPath(cohortPlan.calendar, curriculum),
    communities: communitiesView(model, plan, { from: person.first_day, to: person.last_day, zone: person.timezone }),
    sessions,
    first_session: sessions[0] ?? null,
    person,
    group: group ? { id: group.id, lead: personView(group.lead, people), members: [...group.members].sort().map(member) } : null,
    lead: group ? personView(group.lead, people) : null,
    community_mentor: communityMentor ? personView(communityMentor, people) : null,
    weekly_hours: curriculum.value.spec.hoursPerWeek,
    credentials: credentialsView(curriculum),
    code_of_conduct: codeOfConduct,
  };
  return { scope, calendar: [...own, ...communitySessions(plan, person.first_day, person.last_day)] };
}

/** The group the plan put a participant in, if any. */
export function participantGroup(ctx: CohortContext, id: string): PlannedGroup | undefined {
  return ctx.cohortPlan.groups.find((g) => g.members.includes(id));
}

/** A participant's sessions: their group's and the cohort-wide ones from their first expected day to their last, in time order. */
export function participantSessions(ctx: CohortContext, person: Pick<ParticipantPersonView, 'first_day' | 'last_day'>, group: PlannedGroup | undefined): PlannedSession[] {
  return sortSessions(within(ctx.cohortPlan.sessions.filter((s) => s.group === 'all' || s.group === group?.id), person.first_day, person.last_day));
}

/** A participant with their zone, track and the first and last day sessions are expected of them. */
export function participantPerson(ctx: CohortContext, p: Participant): ParticipantPersonView {
  const { calendar } = ctx.cohortPlan;
  const cohortStart = formatDate(calendar.start);
  const cohortEnd = formatDate(calendar.end);
  const firstDay = p.joined !== undefined && p.joined > cohortStart ? p.joined : cohortStart;
  const lastDay = p.left !== undefined && p.left < cohortEnd ? p.left : cohortEnd;
  return {
    id: p.id,
    name: p.name,
    email: p.email,
    department: p.department ?? null,
    timezone: p.timezone ?? ctx.cohortPlan.timezone,
    role: 'participant',
    track: p.track ?? ctx.curriculum.value.spec.entry ?? 'deep',
    joined: p.joined ?? null,
    left: p.left ?? null,
    first_day: firstDay,
    first_day_label: dateLabel(firstDay),
    last_day: lastDay,
    last_day_label: dateLabel(lastDay),
  };
}
