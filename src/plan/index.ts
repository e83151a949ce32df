import { type CohortCalendar, cohortCalendar } from '../calendar/cohort.js';
import type { Doc, ProgramModel } from '../program/model.js';
import { compareText } from '../diagnostics.js';
import { BusyBook } from './busy.js';
import { type CohortContext, planCohort } from './cohort-plan.js';
import { planCommunities } from './communities.js';
import { capacityLedger } from './ledger.js';
import type { CohortLock } from './lock.js';
import { LockedCapacity } from './locked-capacity.js';
import { planMentor, programDefaults } from './people.js';
import { closedDays } from './sessions.js';
import type { PeopleIndex, PersonInfo } from '../render/plan-pages.js';
import type { CohortPlan, PlanMentor, PlanPerson, PlanWarning } from './types.js';
import { idRecord } from '../util/id-record.js';

export interface ProgramPlan {
  cohorts: CohortPlan[];
  communities?: CohortPlan;
  mentors: PlanMentor[];
  /** Everyone the plan names (participants and mentors), by id. */
  people: PeopleIndex;
  problems: PlanWarning[];
}

export interface PlanOptions {
  /** Published assignments per cohort id (none with --fresh). */
  locks: Readonly<Record<string, CohortLock | undefined>>;
  /**
   * Called with each plan as soon as it is made (the communities first, then
   * cohorts in planning order) and a lookup of the people planned so far,
   * so its files can be written while the next cohort is planned.
   */
  onPlanned?: (plan: CohortPlan, find: (id: string) => PersonInfo | undefined) => void;
}

/**
 * The whole program, deterministically: cohorts in start order (then id), so
 * mentor capacity taken by an earlier cohort is not offered to a later one
 * that overlaps it; communities first, so leads' community hosting is busy
 * time for group sessions. A pure function of the model and the locks.
 */
export function planProgram(model: ProgramModel, options: PlanOptions): ProgramPlan {
  const program = model.program!.value.spec;
  const defaults = programDefaults(program);
  const closed = closedDays(program);
  const mentors = model.rosters.flatMap((r) => r.value.spec.mentors).map((m) => planMentor(m, defaults)).sort((a, b) => compareText(a.id, b.id));
  const problems: PlanWarning[] = [];
  const byId = new Map(mentors.map((m) => [m.id, m]));
  const ordered = plannable(model);
  const ctx: CohortContext = {
    defaults,
    closed,
    mentors: byId,
    roster: [...byId.values()],
    leadLedger: capacityLedger(),
    communityLedger: capacityLedger(),
    busy: new BusyBook(),
    locked: new LockedCapacity(ordered, options.locks, byId),
    inSeveralCohorts: inSeveralCohorts(ordered.map((o) => o.cohort)),
    people: new Map(),
    warn: (w) => problems.push(w),
  };
  // A mentor's own record first, as in `people` below, so pages written as cohorts are planned match `--check`'s.
  const find = (id: string) => {
    const person = byId.get(id) ?? ctx.people.get(id);
    return person && personInfo(person);
  };
  const planned = <T extends CohortPlan | undefined>(plan: T): T => {
    if (plan) options.onPlanned?.(plan, find);
    return plan;
  };
  const communities = ordered.length > 0
    ? planned(planCommunities(program.communities ?? [], { start: Math.min(...ordered.map((o) => o.calendar.start)), end: Math.max(...ordered.map((o) => o.calendar.end)) }, defaults.timezone, closed, ctx.busy, ctx.warn))
    : undefined;
  const cohorts = ordered.map(({ cohort, curriculum, calendar }) => {
    ctx.locked.release(cohort.value.metadata.id);
    return planned(planCohort(cohort, curriculum, calendar, options.locks[cohort.value.metadata.id], ctx));
  });
  const people: PeopleIndex = idRecord();
  for (const person of [...ctx.people.values(), ...mentors]) people[person.id] = personInfo(person);
  return { cohorts, ...(communities ? { communities } : {}), mentors, people, problems };
}

/** Participant ids that appear in more than one cohort (one id is one person). */
function inSeveralCohorts(cohorts: ReadonlyArray<Doc<'Cohort'>>): Set<string> {
  const seen = new Set<string>();
  const again = new Set<string>();
  for (const cohort of cohorts) for (const id of new Set(cohort.value.spec.participants.map((p) => p.id))) (seen.has(id) ? again : seen).add(id);
  return again;
}

function personInfo(person: PlanPerson): PersonInfo {
  return { name: person.name, email: person.email, department: person.department, timezone: person.timezone };
}

/** Cohorts whose curriculum resolves and whose calendar can be computed, each with its calendar (computed once). */
function plannable(model: ProgramModel): Array<{ cohort: Doc<'Cohort'>; curriculum: Doc<'Curriculum'>; calendar: CohortCalendar }> {
  const curricula = new Map(model.curricula.map((c) => [c.value.metadata.id, c]));
  return model.cohorts
    .flatMap((cohort) => {
      const curriculum = curricula.get(cohort.value.spec.curriculum);
      const calendar = curriculum && cohortCalendar(cohort.value.spec, curriculum.value.spec);
      return curriculum && calendar ? [{ cohort, curriculum, calendar }] : [];
    })
    .sort((a, b) => compareText(a.cohort.value.spec.start, b.cohort.value.spec.start) || compareText(a.cohort.value.metadata.id, b.cohort.value.metadata.id));
}

