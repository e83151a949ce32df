import type { OutputFile } from '../io/output.js';
import type { ProgramPlan } from '../plan/index.js';
import type { PlanMentor, PlannedSession } from '../plan/types.js';
import type { ProgramModel } from '../program/model.js';
import { toIcs } from '../render/ics.js';
import { formatDate } from '../util/dates.js';
import type { OnboardEngine } from './engine.js';
import { type CohortContext, channelsView, programView, sortSessions } from './views/common.js';
import { mentorPack, servingMentors } from './views/mentor.js';
import { participantPack } from './views/participant.js';
import type { CodeOfConductView, MentorScope, ParticipantScope } from './views/types.js';

/**
 * The templates of each pack (names below `templates/onboarding/`), a public
 * contract: each renders to the file of the same base name in the pack.
 */
export const PACK_TEMPLATES = {
  participant: ['participant/welcome.md', 'participant/governance.md', 'participant/code-of-conduct.md', 'participant/glossary.md'],
  mentor: ['mentor/groups.md', 'mentor/check-in-agenda.md', 'mentor/feedback-template.md', 'mentor/role.md'],
} as const;

/** The built-in code of conduct, used when `Program.spec.codeOfConduct` is not set. */
export const DEFAULT_CODE_OF_CONDUCT = 'code-of-conduct-default.md';

/** Folder and file names come from validated ids; anything else is a bug, never a path. */
const SAFE_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

export type PackRole = 'participant' | 'mentor';

/** One person's pack in one cohort, before rendering: plain data. */
export interface Pack {
  cohort: string;
  person: string;
  role: PackRole;
  scope: ParticipantScope | MentorScope;
  /** The personal calendar's name and events. */
  calendarName: string;
  calendar: PlannedSession[];
  /** DTSTAMP for the calendar, from the inputs (the cohort's first day). */
  dtstamp: string;
  /** The owner's zone: an empty calendar still holds its VTIMEZONE. */
  timezone: string;
}

/** Every mentor on the roster by id, with their tier, whether or not they serve a cohort (so `--person` can tell a mentor without a pack from an id that names no one). */
export type Roster = ReadonlyMap<string, PlanMentor['tier']>;

/**
 * Every pack of the program: per cohort (in plan order), each participant
 * (in file order), then each mentor who serves it (by id). Pure: the plan,
 * the model and the code of conduct text in, plain data out.
 */
export function onboardingPacks(plan: ProgramPlan, model: ProgramModel, codeOfConduct: CodeOfConductView): Pack[] {
  const packs: Pack[] = [];
  for (const cohortPlan of plan.cohorts) {
    const cohort = model.cohorts.find((c) => c.value.metadata.id === cohortPlan.cohort);
    const curriculum = cohort && model.curricula.find((c) => c.value.metadata.id === cohort.value.spec.curriculum);
    if (!cohort || !curriculum) continue;
    const ctx: CohortContext = { model, plan, cohortPlan, cohort, curriculum };
    const dtstamp = `${formatDate(cohortPlan.calendar.start)}T00:00:00Z`;
    const calendarName = (name: string) => `${cohortPlan.name || cohortPlan.cohort}: ${name}`;
    for (const participant of cohort.value.spec.participants) {
      const { scope, calendar } = participantPack(ctx, participant, codeOfConduct);
      packs.push({ cohort: cohortPlan.cohort, person: participant.id, role: 'participant', scope, calendar, calendarName: calendarName(participant.name), dtstamp, timezone: scope.person.timezone });
    }
    for (const mentor of servingMentors(ctx)) {
      const { scope, calendar } = mentorPack(ctx, mentor);
      packs.push({ cohort: cohortPlan.cohort, person: mentor.id, role: 'mentor', scope, calendar, calendarName: calendarName(mentor.name), dtstamp, timezone: mentor.timezone });
    }
  }
  return packs;
}

/** The built-in (or overridden) code of conduct, for programs that name no file of their own. */
export function defaultCodeOfConduct(engine: OnboardEngine, model: ProgramModel): CodeOfConductView {
  return { source: null, markdown: engine.render(DEFAULT_CODE_OF_CONDUCT, { program: programView(model), channels: channelsView(model) }) };
}

/**
 * The files of the packs, relative to `onboarding/`: `<cohort>/<person>/<file>`
 * for each template, and `<cohort>/<person>/<person>.ics`. Someone who is
 * both a participant and a mentor of a cohort gets one folder with both
 * sets of pages and one calendar of all their sessions.
 */
export function renderPacks(packs: readonly Pack[], engine: OnboardEngine, programId: string): OutputFile[] {
  const files: OutputFile[] = [];
  const calendars = new Map<string, { pack: Pack; sessions: Map<string, PlannedSession> }>();
  for (const pack of packs) {
    const folder = packFolder(pack);
    for (const template of PACK_TEMPLATES[pack.role]) {
      const text = engine.render(template, pack.scope as unknown as Record<string, unknown>);
      // Every page ends in exactly one newline, however the template ends.
      files.push({ path: `${folder}/${template.slice(template.lastIndexOf('/') + 1)}`, content: text.replace(/\s*$/, '\n') });
    }
    const entry = calendars.get(folder) ?? { pack, sessions: new Map() };
    for (const session of pack.calendar) entry.sessions.set(session.id, session);
    calendars.set(folder, entry);
  }
  for (const [folder, { pack, sessions }] of calendars) {
    files.push({ path: `${folder}/${pack.person}.ics`, content: toIcs({ programId, calendarName: pack.calendarName, sessions: sortSessions([...sessions.values()]), dtstamp: pack.dtstamp, timezone: pack.timezone }) });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export function packFolder(pack: Pick<Pack, 'cohort' | 'person'>): string {
  if (!SAFE_ID.test(pack.cohort) || !SAFE_ID.test(pack.person)) throw new Error(`unsafe onboarding folder name: ${JSON.stringify(`${pack.cohort}/${pack.person}`)}`);
  return `${pack.cohort}/${pack.person}`;
}
