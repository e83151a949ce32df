import type { Doc } from '../../program/model.js';
import type { Rule, RuleContext } from '../rule.js';
import { allMentors, checkReference, competencyIds, listed, someDocFailed } from './lookup.js';

export const refCompetency: Rule = {
  id: 'ref/competency',
  severity: 'error',
  description: "A module's competencies must name competencies of its curriculum; a mentor's skills must name a competency of some curriculum.",
  check(ctx) {
    for (const curriculum of ctx.model.curricula) checkModules(ctx, curriculum);
    checkSkills(ctx);
  },
};

function checkModules(ctx: RuleContext, curriculum: Doc<'Curriculum'>): void {
  const known = new Set(competencyIds(curriculum));
  const hint = `name a competency of curriculum "${curriculum.value.metadata.id}" (spec.competencies): ${listed(known)}`;
  curriculum.value.spec.modules.forEach((module, i) => {
    for (const name of Object.keys(module.competencies ?? {})) {
      checkReference(ctx, { doc: curriculum, path: ['spec', 'modules', i, 'competencies', name], at: 'key' }, name, 'competency', known, [], hint);
    }
  });
}

/** Skills may name any curriculum's competencies; with a broken curriculum those are unknown, so skills are not checked. */
function checkSkills(ctx: RuleContext): void {
  const { model } = ctx;
  if (someDocFailed(model, 'Curriculum', model.curricula)) return;
  const known = new Set(model.curricula.flatMap(competencyIds));
  const hint = `name a competency id from a curriculum's spec.competencies: ${listed(known)}`;
  for (const { item, doc, path } of allMentors(model)) {
    item.skills?.forEach((name, i) => checkReference(ctx, { doc, path: [...path, 'skills', i] }, name, 'competency', known, [], hint));
  }
}
