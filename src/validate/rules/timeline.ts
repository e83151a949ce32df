import { cohortCalendar } from '../../calendar/cohort.js';
import type { PathSegment } from '../../program/locate.js';
import { type PinAt, groupIndex, keptParticipantPins } from '../../plan/pins.js';
import type { CohortSpec, DataClass, Doc, GovernanceSpec, LeadPin, Mentor, ParticipantPin, ProgramModel, Project } from '../../program/model.js';
import { type DayNumber, formatDate } from '../../util/dates.js';
import { curriculumById, firstById } from './lookup.js';

/** Shared views for the consistency rules: when cohorts run, what they ask of mentors, and their projects. */

/** A cohort's run, from the one calendar engine (both ends included). */
export interface CohortSpan {
  doc: Doc<'Cohort'>;
  start: DayNumber;
  end: DayNumber;
}

const spansCache = new WeakMap<ProgramModel, CohortSpan[]>();

/**
 * Runs of cohorts whose curriculum resolves; the others are skipped
 * (ref/curriculum reports them). Computed once per model: both capacity
 * rules need it, and the calendar is the costly part.
 */
export function cohortSpans(model: ProgramModel): CohortSpan[] {
  let spans = spansCache.get(model);
  if (!spans) spansCache.set(model, (spans = computeSpans(model)));
  return spans;
}

function computeSpans(model: ProgramModel): CohortSpan[] {
  const spans: CohortSpan[] = [];
  for (const doc of model.cohorts) {
    const curriculum = curriculumById(model, doc.value.spec.curriculum);
    const calendar = curriculum && cohortCalendar(doc.value.spec, curriculum.value.spec);
    if (calendar) spans.push({ doc, start: calendar.start, end: calendar.end });
  }
  return spans;
}

/** FORMAT.md "Groups": N participants make ceil(N / max) groups. */
export function groupCount(spec: CohortSpec): number {
  return Math.ceil(spec.participants.length / spec.groups.max);
}

/** A maximal run of consecutive days on which demand exceeds capacity by the same amount. */
export interface Shortfall {
  from: DayNumber;
  to: DayNumber;
  demand: number;
  short: number;
  /** The latest-starting cohort running then that adds to the demand; findings are placed on it. */
  latest: CohortSpan;
}

/**
 * Day-by-day capacity check as a sweep over start and end events, so its cost
 * grows with the number of cohorts, not with the days they span. Placing each
 * short run scans the cohorts once, which stays cheap for hundreds of them.
 */
export function shortfalls(spans: readonly CohortSpan[], demandOf: (span: CohortSpan) => number, capacity: number): Shortfall[] {
  const busy = spans.filter((span) => demandOf(span) > 0);
  return demandRuns(busy, demandOf)
    .filter((run) => run.demand > capacity)
    .map((run) => ({ ...run, short: run.demand - capacity, latest: latestStarting(busy, run.from, run.to) }));
}

interface DemandRun {
  from: DayNumber;
  to: DayNumber;
  demand: number;
}

/** Piecewise-constant demand over the covered days; adjacent days with equal demand form one run. */
function demandRuns(spans: readonly CohortSpan[], demandOf: (span: CohortSpan) => number): DemandRun[] {
  const deltas = new Map<DayNumber, number>();
  const add = (day: DayNumber, delta: number) => deltas.set(day, (deltas.get(day) ?? 0) + delta);
  for (const span of spans) {
    add(span.start, demandOf(span));
    add(span.end + 1, -demandOf(span));
  }
  const days = [...deltas.keys()].sort((a, b) => a - b);
  const runs: DemandRun[] = [];
  let demand = 0;
  for (const [i, day] of days.entries()) {
    demand += deltas.get(day)!;
    const next = days[i + 1];
    if (demand > 0 && next !== undefined) extend(runs, { from: day, to: next - 1, demand });
  }
  return runs;
}

function extend(runs: DemandRun[], run: DemandRun): void {
  const last = runs.at(-1);
  if (last && last.demand === run.demand && last.to + 1 === run.from) last.to = run.to;
  else runs.push(run);
}

/** Latest start wins; ties go to the later cohort id, so the choice does not depend on file order. */
function latestStarting(spans: readonly CohortSpan[], from: DayNumber, to: DayNumber): CohortSpan {
  const running = spans.filter((s) => s.start <= to && s.end >= from);
  return running.reduce((best, s) => (s.start > best.start || (s.start === best.start && s.doc.value.metadata.id > best.doc.value.metadata.id) ? s : best));
}

/** Total capacity of one mentor tier (a repeated mentor id counts once, as its first declaration). */
export function tierCapacity(model: ProgramModel, tier: 'lead' | 'community'): number {
  let total = 0;
  for (const m of firstById(model.rosters.flatMap((roster) => roster.value.spec.mentors)).values()) if (m.tier === tier) total += m.capacity;
  return total;
}

/** Mentors of one tier by id (a repeated mentor id counts once, as its first declaration). */
export function tierMentors(model: ProgramModel, tier: 'lead' | 'community'): Map<string, Mentor> {
  const mentors = firstById(model.rosters.flatMap((roster) => roster.value.spec.mentors));
  return new Map([...mentors].filter(([, m]) => m.tier === tier));
}

export type { PinAt } from '../../plan/pins.js';

/** A pin the planner sets aside with a warning, and the kept pin it gives way to. */
export type SetAsidePin =
  | { why: 'participant-twice'; at: PinAt<ParticipantPin>; kept: PinAt<ParticipantPin> }
  | { why: 'group-full'; at: PinAt<ParticipantPin> }
  | { why: 'lead-twice'; at: PinAt<LeadPin>; kept: PinAt<LeadPin> }
  | { why: 'lead-takes-part'; at: PinAt<LeadPin>; kept: PinAt<ParticipantPin> };

export interface PlannedPins {
  /** Participant → the pin the planner keeps for them. */
  members: Map<string, PinAt<ParticipantPin>>;
  /** Group → the lead pin the planner keeps for it. */
  leads: Map<string, PinAt<LeadPin>>;
  /** In the order of the pins list, participant pins first, as the planner meets them. */
  setAside: SetAsidePin[];
}

/**
 * A cohort's pins as the planner reads them, so validate words them the same
 * way: participant pins first (plan/pins.ts keptParticipantPins, which the
 * planner itself uses), then lead pins
 * (plan/matching.ts assignLeads), each in file order, the first pin of a
 * participant or of a group winning and a group taking at most groups.max
 * participant pins. Pins naming an unknown participant, group or lead are
 * left out: ref/participant, ref/group and ref/mentor report them, and the
 * planner ignores them. `leads` are the ids of the lead-tier mentors.
 */
export function plannedPins(spec: CohortSpec, leads: ReadonlySet<string>): PlannedPins {
  const planned: PlannedPins = { members: new Map(), leads: new Map(), setAside: [] };
  const count = groupCount(spec);
  const people = new Set(spec.participants.map((p) => p.id));
  // The planner's own reading of participant pins; a pin to a group the cohort does not make is ref/group's.
  const participantPins = (spec.pins ?? []).flatMap((pin, index) => ('participant' in pin ? [{ pin, index }] : []));
  const members = keptParticipantPins(participantPins, (id) => people.has(id), count, spec.groups.max);
  planned.members = members.kept;
  for (const s of members.setAside) if (s.why !== 'no-group') planned.setAside.push(s);
  (spec.pins ?? []).forEach((pin, index) => {
    if (!('lead' in pin) || !leads.has(pin.lead) || groupIndex(pin.group, count) === undefined) return;
    const at = { pin, index };
    // A lead pinned into the group as a participant surely takes part in it; one placed there by the planner cannot be foreseen.
    const member = planned.members.get(pin.lead);
    if (member?.pin.group === pin.group) {
      planned.setAside.push({ why: 'lead-takes-part', at, kept: member });
      return;
    }
    const kept = planned.leads.get(pin.group);
    if (kept !== undefined) {
      if (kept.pin.lead !== pin.lead) planned.setAside.push({ why: 'lead-twice', at, kept });
      return;
    }
    planned.leads.set(pin.group, at);
  });
  return planned;
}

/** "on 2026-03-02" or "from 2026-03-02 to 2026-05-24". */
export function dayRange(from: DayNumber, to: DayNumber): string {
  return from === to ? `on ${formatDate(from)}` : `from ${formatDate(from)} to ${formatDate(to)}`;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** A project with the cohort it belongs to and its path there. */
export interface LocatedProject {
  project: Project;
  cohort: Doc<'Cohort'>;
  path: PathSegment[];
}

export function allProjects(model: ProgramModel): LocatedProject[] {
  return model.cohorts.flatMap((cohort) => (cohort.value.spec.projects ?? []).map((project, i) => ({ project, cohort, path: ['spec', 'projects', i] })));
}

/** Governance data classes by id; the first of a duplicated id wins (a reference rule reports duplicates). */
export function dataClassesById(governance: GovernanceSpec): Map<string, DataClass> {
  return firstById(governance.dataClasses);
}
