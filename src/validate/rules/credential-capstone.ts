import type { Doc } from '../../program/model.js';
import type { Rule, RuleContext } from '../rule.js';

export const credentialCapstone: Rule = {
  id: 'credential/capstone',
  severity: 'warning',
  description: 'A credential that requires the capstone belongs to a curriculum that has one: without it no cohort plans capstone weeks, so nobody is set up to earn the credential.',
  check(ctx) {
    for (const curriculum of ctx.model.curricula) checkCurriculum(ctx, curriculum);
  },
};

/**
 * Usually a capstone removed from the curriculum, or a credential copied
 * from one that has it. The plan still shows the credential as reachable at
 * the cohort's end, and `report` counts any accepted project marked
 * `capstone: true`, so nothing else would tell.
 */
function checkCurriculum(ctx: RuleContext, curriculum: Doc<'Curriculum'>): void {
  const { capstone, credentials = [] } = curriculum.value.spec;
  if (capstone !== undefined) return;
  credentials.forEach((credential, i) => {
    if (credential.requires.capstone !== true) return;
    ctx.report({
      doc: curriculum.source,
      path: ['spec', 'credentials', i, 'requires', 'capstone'],
      message: `credential ${credential.id} requires the capstone, but curriculum ${curriculum.value.metadata.id} has none, so no cohort plans one to earn it in`,
      hint: "give the curriculum a capstone ({ name, weeks }), or drop capstone: true from the credential's requires",
    });
  });
}
