import type { ProgramModel } from '../program/model.js';

/**
 * What record rows are checked against: the ids a participant, module,
 * project, mentor or cohort column may name. Emails are keyed lower-cased.
 * Build one with `recordContext(model)`, or by hand in tests.
 */
export interface RecordContext {
  participants: ReadonlySet<string>;
  /** Lower-cased email → participant id. */
  participantEmails: ReadonlyMap<string, string>;
  /** Module ids of every curriculum (program-wide). */
  modules: ReadonlySet<string>;
  projects: ReadonlySet<string>;
  mentors: ReadonlySet<string>;
  /** Lower-cased email → mentor id. */
  mentorEmails: ReadonlyMap<string, string>;
  cohorts: ReadonlySet<string>;
}

/** The record context of a validated program: every participant, module, project, mentor and cohort it declares. */
export function recordContext(model: ProgramModel): RecordContext {
  const participants = new Set<string>();
  const participantEmails = new Map<string, string>();
  const projects = new Set<string>();
  const cohorts = new Set<string>();
  for (const cohort of model.cohorts) {
    cohorts.add(cohort.value.metadata.id);
    for (const p of cohort.value.spec.participants) {
      participants.add(p.id);
      if (p.email) participantEmails.set(p.email.toLowerCase(), p.id);
    }
    for (const project of cohort.value.spec.projects ?? []) projects.add(project.id);
  }
  const modules = new Set<string>();
  for (const curriculum of model.curricula) for (const m of curriculum.value.spec.modules) modules.add(m.id);
  const mentors = new Set<string>();
  const mentorEmails = new Map<string, string>();
  for (const roster of model.rosters) {
    for (const m of roster.value.spec.mentors) {
      mentors.add(m.id);
      if (m.email) mentorEmails.set(m.email.toLowerCase(), m.id);
    }
  }
  return { participants, participantEmails, modules, projects, mentors, mentorEmails, cohorts };
}
