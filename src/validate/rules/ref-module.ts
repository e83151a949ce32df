import type { Doc } from '../../program/model.js';
import type { Rule, RuleContext } from '../rule.js';
import { checkReference, listed, moduleIds } from './lookup.js';

export const refModule: Rule = {
  id: 'ref/module',
  severity: 'error',
  description: "A capstone's prerequisites and a credential's required modules must name modules of the same curriculum.",
  check(ctx) {
    for (const curriculum of ctx.model.curricula) checkCurriculum(ctx, curriculum);
  },
};

function checkCurriculum(ctx: RuleContext, curriculum: Doc<'Curriculum'>): void {
  const known = new Set(moduleIds(curriculum));
  const hint = `name a module of curriculum "${curriculum.value.metadata.id}": ${listed(known)}`;
  const { capstone, credentials = [] } = curriculum.value.spec;
  capstone?.prerequisites?.forEach((name, i) => {
    checkReference(ctx, { doc: curriculum, path: ['spec', 'capstone', 'prerequisites', i] }, name, 'module', known, [], hint);
  });
  credentials.forEach((credential, i) => {
    credential.requires.modules?.forEach((name, j) => {
      checkReference(ctx, { doc: curriculum, path: ['spec', 'credentials', i, 'requires', 'modules', j] }, name, 'module', known, [], hint);
    });
  });
}
