import type { ProgramPlan } from '../../plan/index.js';
import type { CohortPlan, PlannedSession } from '../../plan/types.js';
import type { Doc, ProgramModel, Touchpoint } from '../../program/model.js';
import type { PeopleIndex } from '../../render/plan-pages.js';
import { compareSessions, compareText } from '../../render/order.js';
import { titleOf } from '../../plan/schedule.js';
import { formatDate, parseDuration, weekdayOf } from '../../util/dates.js';
import { dateLabel, localTimes, weekdayName } from '../time.js';
import type { ChannelsView, CohortView, CommonScope, PersonView, ProgramView, SessionView, TouchpointView } from './types.js';

/** What every view of one cohort's pack is built from. */
export interface CohortContext {
  model: ProgramModel;
  plan: ProgramPlan;
  cohortPlan: CohortPlan;
  cohort: Doc<'Cohort'>;
  curriculum: Doc<'Curriculum'>;
}

export function personView(id: string, people: PeopleIndex): PersonView | null {
  const person = people[id];
  if (!id || !person) return null;
  return { id, name: person.name || id, email: person.email, department: person.department || null, timezone: person.timezone };
}

export function programView(model: ProgramModel): ProgramView {
  const program = model.program!.value;
  return {
    id: program.metadata.id,
    name: program.metadata.name,
    description: program.metadata.description ?? null,
    timezone: program.spec.timezone,
    sponsors: (program.spec.sponsors ?? []).map((s) => ({ name: s.name, email: s.email ?? null, role: s.role ?? null })),
  };
}

export function channelsView(model: ProgramModel): ChannelsView {
  const channels = model.program!.value.spec.channels;
  return { support: channels?.support ?? null, incidents: channels?.incidents ?? null };
}

export function cohortView({ cohort, curriculum, cohortPlan }: CohortContext): CohortView {
  const { calendar } = cohortPlan;
  const spec = curriculum.value.spec;
  const day = (d: number) => ({ date: formatDate(d), label: dateLabel(formatDate(d)) });
  const capstone = calendar.capstone && spec.capstone;
  return {
    id: cohort.value.metadata.id,
    name: cohort.value.metadata.name,
    description: cohort.value.metadata.description ?? null,
    timezone: cohortPlan.timezone,
    start: day(calendar.start).date,
    start_label: day(calendar.start).label,
    end: day(calendar.end).date,
    end_label: day(calendar.end).label,
    weeks: calendar.weeks,
    curriculum: { id: curriculum.value.metadata.id, name: curriculum.value.metadata.name, description: curriculum.value.metadata.description ?? null, level: spec.level ?? null, hours_per_week: spec.hoursPerWeek },
    capstone: capstone
      ? { name: spec.capstone!.name, description: spec.capstone!.description ?? null, weeks: calendar.capstone!.weeks, start: day(calendar.capstone!.start).date, start_label: day(calendar.capstone!.start).label, end: day(calendar.capstone!.end).date, end_label: day(calendar.capstone!.end).label }
      : null,
    touchpoints: (cohort.value.spec.touchpoints ?? []).map((t) => touchpointView(t, calendar.start)),
  };
}

function touchpointView(t: Touchpoint, start: number): TouchpointView {
  const weekday = t.weekday ?? (t.cadence === 'monthly' ? 'fri' : weekdayOf(start));
  return {
    type: t.type,
    title: t.title ?? titleOf(t.type),
    description: t.description ?? null,
    cadence: t.cadence,
    cadence_label: cadenceLabel(t.cadence, weekday),
    weekday,
    time: t.time ?? null,
    duration: t.duration,
    duration_label: durationLabel(t.duration),
    scope: t.scope ?? 'group',
    location: t.location ?? null,
  };
}

/** `1h30m` → "1 hour 30 minutes"; text that is not a duration stays as written. */
export function durationLabel(duration: string): string {
  const minutes = parseDuration(duration);
  if (minutes === undefined) return duration;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [hours > 0 ? `${hours} hour${hours === 1 ? '' : 's'}` : '', rest > 0 || hours === 0 ? `${rest} minute${rest === 1 ? '' : 's'}` : ''];
  return parts.filter((p) => p !== '').join(' ');
}

export function cadenceLabel(cadence: string, weekday: string): string {
  const name = weekdayName(weekday);
  if (cadence === 'monthly') return `on the last ${name} of each month`;
  return cadence === 'biweekly' ? `every second ${name}` : `every ${name}`;
}

/** A planned session as the pack's owner sees it, in their own zone. */
export function sessionView(session: PlannedSession, zone: string, people: PeopleIndex, moduleNames: ReadonlyMap<string, string>): SessionView {
  const local = localTimes(session.startUtc, session.endUtc, zone);
  return {
    id: session.id,
    title: session.title,
    type: session.type,
    group: session.group,
    cohort_wide: session.group === 'all',
    date: session.date,
    start: session.start,
    end: session.end,
    timezone: session.timezone,
    when: local.label,
    local,
    lead: personView(session.lead, people),
    module: session.module ? { id: session.module, name: moduleNames.get(session.module) ?? session.module } : null,
    location: session.location || null,
  };
}

/** Sessions in the one order of every output (time, then group, type and id). */
export function sortSessions(sessions: readonly PlannedSession[]): PlannedSession[] {
  return [...sessions].sort((a, b) => compareText(a.startUtc, b.startUtc) || compareSessions(a, b));
}

export function moduleNames(curriculum: Doc<'Curriculum'>): Map<string, string> {
  return new Map(curriculum.value.spec.modules.map((m) => [m.id, m.name]));
}

/** Sessions dated within [from, to] (`YYYY-MM-DD`, both included). */
export function within(sessions: readonly PlannedSession[], from: string, to: string): PlannedSession[] {
  return sessions.filter((s) => s.date >= from && s.date <= to);
}

export function glossaryView(model: ProgramModel): CommonScope['glossary'] {
  return (model.program!.value.spec.glossary ?? []).map((g) => ({ term: g.term, definition: g.definition }));
}

