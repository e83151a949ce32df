import { type CohortCalendar, moduleOrder } from '../calendar/cohort.js';
import type { ProgramPlan } from '../plan/index.js';
import type { CohortPlan } from '../plan/types.js';
import type { CohortSpec, CurriculumSpec, Module, ProgramModel } from '../program/model.js';
import { compareGroups, compareText } from '../render/order.js';
import { type DayNumber, parseDate } from '../util/dates.js';

/**
 * What the report engines look things up in: the planned cohorts in report
 * order, one slot per participant per cohort (a person in two cohorts has
 * two), and every planned session in one table. All of it is sized by the
 * program and its plan, never by the records.
 */
export type CohortState = 'planned' | 'running' | 'ended';

export interface CohortInfo {
  index: number;
  id: string;
  name: string;
  curriculumId: string;
  curriculum: CurriculumSpec;
  spec: CohortSpec;
  plan: CohortPlan;
  calendar: CohortCalendar;
  state: CohortState;
  /** Modules in the order they run. */
  modules: Module[];
  /** This cohort's sessions are firstSession … firstSession + sessionCount - 1 of the table. */
  firstSession: number;
  sessionCount: number;
  /** Day → type → group → session index (nested maps: no key text to build per row). */
  sessionIndex: Map<DayNumber, Map<string, Map<string, number>>>;
  /** Participant slots, by participant id. */
  slots: number[];
}

export interface Slot {
  index: number;
  cohort: number;
  id: string;
  name: string;
  email: string;
  department: string;
  /** Planned group; '' when the plan has none for them. */
  group: string;
  /** First and last day sessions are expected of them (joined/left, clipped to the cohort). */
  from: DayNumber;
  to: DayNumber;
  left: DayNumber | undefined;
  /** Session indices they are expected at, on or before the report date, ascending (so in date order). */
  sessions: Int32Array;
}

export interface SessionTable {
  id: string[];
  day: Int32Array;
  group: string[];
  type: string[];
}

export interface ReportContext {
  today: DayNumber;
  cohorts: CohortInfo[];
  cohortById: Map<string, CohortInfo>;
  slots: Slot[];
  sessions: SessionTable;
  /** Participant id → their slots, in cohort order. */
  slotsOf(participant: string): readonly number[];
}

export function findSession(cohort: CohortInfo, day: DayNumber, type: string, group: string): number | undefined {
  return cohort.sessionIndex.get(day)?.get(type)?.get(group);
}

function addSession(cohort: CohortInfo, day: DayNumber, type: string, group: string, index: number): void {
  let types = cohort.sessionIndex.get(day);
  if (!types) cohort.sessionIndex.set(day, (types = new Map()));
  let groups = types.get(type);
  if (!groups) types.set(type, (groups = new Map()));
  groups.set(group, index);
}

export function reportContext(model: ProgramModel, plan: ProgramPlan, today: DayNumber): ReportContext {
  const specs = new Map(model.cohorts.map((c) => [c.value.metadata.id, c.value]));
  const curricula = new Map(model.curricula.map((c) => [c.value.metadata.id, c.value]));
  const ordered = [...plan.cohorts].sort((a, b) => a.calendar.start - b.calendar.start || compareText(a.cohort, b.cohort));
  const cohorts: CohortInfo[] = [];
  const slots: Slot[] = [];
  const planned: Array<{ session: CohortPlan['sessions'][number]; day: DayNumber }> = [];
  for (const cohortPlan of ordered) {
    const doc = specs.get(cohortPlan.cohort);
    const curriculum = doc && curricula.get(doc.spec.curriculum);
    if (!doc || !curriculum) continue;
    const info = cohortInfo(cohorts.length, cohortPlan, doc.metadata.name, doc.spec, curriculum.spec, today);
    info.firstSession = planned.length;
    const days = cohortPlan.sessions.map((s) => ({ session: s, day: parseDate(s.date)! })).filter((s) => s.day !== undefined);
    days.sort((a, b) => a.day - b.day || compareGroups(a.session.group, b.session.group) || compareText(a.session.type, b.session.type));
    for (const { session, day } of days) {
      addSession(info, day, session.type, session.group, planned.length);
      planned.push({ session, day });
    }
    info.sessionCount = planned.length - info.firstSession;
    cohorts.push(info);
  }
  const sessions: SessionTable = {
    id: planned.map((p) => p.session.id),
    day: Int32Array.from(planned, (p) => p.day),
    group: planned.map((p) => p.session.group),
    type: planned.map((p) => p.session.type),
  };
  for (const info of cohorts) {
    for (const slot of cohortSlots(info, sessions, today, slots.length)) {
      info.slots.push(slot.index);
      slots.push(slot);
    }
  }
  const byParticipant = new Map<string, number[]>();
  const byEmail = new Map<string, string>();
  for (const slot of slots) {
    const list = byParticipant.get(slot.id);
    if (list) list.push(slot.index);
    else byParticipant.set(slot.id, [slot.index]);
    if (slot.email) byEmail.set(slot.email.toLowerCase(), slot.id);
  }
  return {
    today,
    cohorts,
    cohortById: new Map(cohorts.map((c) => [c.id, c])),
    slots,
    sessions,
    // Readers resolve emails to ids; an email that slips through is still recognised.
    slotsOf: (p) => byParticipant.get(p) ?? byParticipant.get(byEmail.get(p.toLowerCase()) ?? '') ?? [],
  };
}

function cohortInfo(index: number, plan: CohortPlan, name: string, spec: CohortSpec, curriculum: CurriculumSpec, today: DayNumber): CohortInfo {
  const calendar = plan.calendar;
  return {
    index,
    id: plan.cohort,
    name,
    curriculumId: spec.curriculum,
    curriculum,
    spec,
    plan,
    calendar,
    state: calendar.start > today ? 'planned' : calendar.end < today ? 'ended' : 'running',
    modules: calendar.modules.length > 0 ? calendar.modules.map((m) => m.module) : moduleOrder(curriculum.modules),
    firstSession: 0,
    sessionCount: 0,
    sessionIndex: new Map(),
    slots: [],
  };
}

function cohortSlots(info: CohortInfo, sessions: SessionTable, today: DayNumber, firstIndex: number): Slot[] {
  const groupOf = new Map<string, string>();
  for (const group of info.plan.groups) for (const member of group.members) groupOf.set(member, group.id);
  const participants = [...info.spec.participants].sort((a, b) => compareText(a.id, b.id));
  return participants.map((p, i) => {
    const joined = p.joined !== undefined ? parseDate(p.joined) : undefined;
    const left = p.left !== undefined ? parseDate(p.left) : undefined;
    const from = Math.max(info.calendar.start, joined ?? info.calendar.start);
    const to = Math.min(info.calendar.end, left ?? info.calendar.end);
    const group = groupOf.get(p.id) ?? '';
    const expected: number[] = [];
    for (let s = info.firstSession; s < info.firstSession + info.sessionCount; s++) {
      const day = sessions.day[s]!;
      if (day > today) break;
      if (day >= from && day <= to && (sessions.group[s] === 'all' || sessions.group[s] === group)) expected.push(s);
    }
    return {
      index: firstIndex + i,
      cohort: info.index,
      id: p.id,
      name: p.name,
      email: p.email,
      department: p.department ?? '',
      group,
      from,
      to,
      left,
      sessions: Int32Array.from(expected),
    };
  });
}

/** Slots of a participant whose cohort runs on `day`. */
export function runningOn(ctx: ReportContext, slots: readonly number[], day: DayNumber): number[] {
  return slots.filter((s) => {
    const c = ctx.cohorts[ctx.slots[s]!.cohort]!.calendar;
    return c.start <= day && day <= c.end;
  });
}
