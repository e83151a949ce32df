import type { Community } from '../program/model.js';
import type { CohortCalendar } from '../calendar/cohort.js';
import { type DayNumber, formatDate, parseClock, parseDuration } from '../util/dates.js';
import type { BusyBook } from './busy.js';
import { zonedInstant } from './hours.js';
import { type ClosedDay, communityDates } from './sessions.js';
import { isoUtc, sessionClocks, warnIfSkipped } from './schedule.js';
import { COMMUNITIES } from './names.js';
import type { CohortPlan, PlanWarning, PlannedSession } from './types.js';

export { COMMUNITIES } from './names.js';

/**
 * Communities of practice, planned once for the whole program: each recurs
 * at its `time` in the program's zone from the earliest cohort start to the
 * latest cohort end. Written like a cohort's plan, one "group" per community
 * with its host as lead.
 */
export function planCommunities(
  communities: readonly Community[],
  span: { start: DayNumber; end: DayNumber },
  zone: string,
  closed: ClosedDay,
  busy: BusyBook,
  warn: (w: PlanWarning) => void,
): CohortPlan | undefined {
  if (communities.length === 0) return undefined;
  const sessions = communities.flatMap((community) =>
    communityDates(community, span, closed).map(({ date }) => {
      const session = communitySession(community, date, zone);
      warnIfSkipped(session, parseClock(community.time), community.id, warn);
      return session;
    }),
  );
  for (const s of sessions) if (s.lead) busy.person(s.lead).add([Date.parse(s.startUtc), Date.parse(s.endUtc)]);
  const weeks = Math.ceil((span.end - span.start + 1) / 7);
  const calendar: CohortCalendar = { start: span.start, end: span.end, weeks, modules: [] };
  return {
    cohort: COMMUNITIES,
    name: 'Communities of practice',
    timezone: zone,
    calendar,
    groups: communities.map((c) => ({ id: c.id, lead: c.host ?? '', members: [], community: [] })),
    sessions,
    milestones: [],
    communityMentor: {},
  };
}

function communitySession(community: Community, day: DayNumber, zone: string): PlannedSession {
  const start = parseClock(community.time) ?? 0;
  const duration = parseDuration(community.duration ?? '1h') ?? 60;
  const date = formatDate(day);
  const startMs = zonedInstant(day, start, zone);
  const clocks = sessionClocks(day, start, duration, zone, startMs);
  return {
    id: `${COMMUNITIES}/${community.id}/community/${date}`,
    cohort: COMMUNITIES,
    group: community.id,
    type: 'community',
    title: community.name,
    date,
    start: clocks.start,
    end: clocks.end,
    timezone: zone,
    lead: community.host ?? '',
    module: '',
    location: community.location ?? '',
    startUtc: isoUtc(startMs),
    endUtc: isoUtc(startMs + duration * 60_000),
  };
}
