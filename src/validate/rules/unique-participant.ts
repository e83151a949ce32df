import type { PathSegment } from '../../program/locate.js';
import type { Doc, ProgramModel } from '../../program/model.js';
import type { Rule, RuleContext } from '../rule.js';
import { allParticipants, firstMentorsById, forEachRepeat, placeOf } from './lookup.js';

export const uniqueParticipant: Rule = {
  id: 'unique/participant',
  severity: 'error',
  description: 'Within a cohort no two participants share an id or an email; a participant id in several cohorts, or also on the mentor roster, names one person (the same email).',
  check(ctx) {
    for (const cohort of ctx.model.cohorts) checkCohort(ctx, cohort);
    checkAcrossCohorts(ctx, ctx.model);
    checkAgainstMentors(ctx, ctx.model);
  },
};

/** Emails compare case-insensitively, as mail systems do; a repeated id is reported once, not again for its email. */
function checkCohort(ctx: RuleContext, cohort: Doc<'Cohort'>): void {
  const people = cohort.value.spec.participants.map((item, i) => ({ item, path: ['spec', 'participants', i] }));
  const at = (person: { path: PathSegment[] }, field: string) => [...person.path, field];
  const repeated = new Set<object>();
  forEachRepeat(people, (p) => p.item.id, (repeat, first) => {
    repeated.add(repeat);
    ctx.report({ doc: cohort.source, path: at(repeat, 'id'), message: `participant id "${repeat.item.id}" is already used at ${placeOf(cohort.source, at(first, 'id'))}`, hint: 'participant ids must be unique within a cohort; rename one, or remove the repeated entry' });
  });
  forEachRepeat(people.filter((p) => !repeated.has(p)), (p) => p.item.email.toLowerCase(), (repeat, first) => {
    ctx.report({ doc: cohort.source, path: at(repeat, 'email'), message: `email "${repeat.item.email}" is already used by participant "${first.item.id}" at ${placeOf(cohort.source, at(first, 'email'))}`, hint: 'records match people by id or email, so each participant needs an email of their own' });
  });
}

/** The same id in two cohorts is the same person, so records can follow them; a different email means two people. */
function checkAcrossCohorts(ctx: RuleContext, model: ProgramModel): void {
  forEachRepeat(allParticipants(model), (p) => p.item.id, (repeat, first) => {
    if (repeat.cohort === first.cohort || repeat.item.email.toLowerCase() === first.item.email.toLowerCase()) return;
    ctx.report({ doc: repeat.doc.source, path: [...repeat.path, 'email'], message: `participant "${repeat.item.id}" is also in cohort "${first.cohort.value.metadata.id}" with email ${first.item.email} (${placeOf(first.doc.source, [...first.path, 'email'])}): one id, two different people?`, hint: 'use the same email for the same person in every cohort, or give the other person a different id' });
  });
}

/**
 * Someone may take part and mentor under one id (they get one onboarding
 * pack); the plan's pages then show one name and email for them, so a
 * different email means the id stands for two people.
 */
function checkAgainstMentors(ctx: RuleContext, model: ProgramModel): void {
  const mentors = firstMentorsById(model);
  for (const participant of allParticipants(model)) {
    const mentor = mentors.get(participant.item.id);
    if (mentor === undefined || mentor.item.email.toLowerCase() === participant.item.email.toLowerCase()) continue;
    ctx.report({
      doc: participant.doc.source,
      path: [...participant.path, 'email'],
      message: `participant "${participant.item.id}" is also a mentor with email ${mentor.item.email} (${placeOf(mentor.doc.source, [...mentor.path, 'email'])}): one id, two different people?`,
      hint: 'use the same email for someone who both takes part and mentors, or give one of them a different id',
    });
  }
}
