import type { Doc } from '../../program/model.js';
import type { Rule, RuleContext } from '../rule.js';
import { checkReference, listed, moduleIds } from './lookup.js';

/** A module naming itself exists, so it passes here; graph/prerequisite-cycle reports it. */
export const refPrerequisite: Rule = {
  id: 'ref/prerequisite',
  severity: 'error',
  description: "A module's prerequisites must name modules of the same curriculum.",
  check(ctx) {
    for (const curriculum of ctx.model.curricula) checkCurriculum(ctx, curriculum);
  },
};

function checkCurriculum(ctx: RuleContext, curriculum: Doc<'Curriculum'>): void {
  const known = new Set(moduleIds(curriculum));
  const hint = `name a module of curriculum "${curriculum.value.metadata.id}": ${listed(known)}`;
  curriculum.value.spec.modules.forEach((module, i) => {
    module.prerequisites?.forEach((name, j) => {
      checkReference(ctx, { doc: curriculum, path: ['spec', 'modules', i, 'prerequisites', j] }, name, 'prerequisite module', known, [], hint);
    });
  });
}
