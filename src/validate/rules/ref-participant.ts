import type { Doc } from '../../program/model.js';
import type { Rule, RuleContext } from '../rule.js';
import { checkReference, listed } from './lookup.js';

export const refParticipant: Rule = {
  id: 'ref/participant',
  severity: 'error',
  description: "A project's team members and a participant pin must name participants of the same cohort.",
  check(ctx) {
    for (const cohort of ctx.model.cohorts) checkCohort(ctx, cohort);
  },
};

function checkCohort(ctx: RuleContext, cohort: Doc<'Cohort'>): void {
  const { spec, metadata } = cohort.value;
  const known = new Set(spec.participants.map((p) => p.id));
  const hint = `name a participant of cohort "${metadata.id}": ${listed(known)}`;
  const check = (path: Array<string | number>, name: string) => checkReference(ctx, { doc: cohort, path }, name, 'participant', known, [], hint);
  spec.projects?.forEach((project, i) => project.team.forEach((name, j) => check(['spec', 'projects', i, 'team', j], name)));
  spec.pins?.forEach((pin, i) => {
    if ('participant' in pin) check(['spec', 'pins', i, 'participant'], pin.participant);
  });
}
