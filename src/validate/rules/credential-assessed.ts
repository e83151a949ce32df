import type { Doc } from '../../program/model.js';
import type { Rule, RuleContext } from '../rule.js';

export const credentialAssessed: Rule = {
  id: 'credential/assessed',
  severity: 'warning',
  description: 'A module a credential requires has an assessment: without one no score passes it, so nobody could earn the credential.',
  check(ctx) {
    for (const curriculum of ctx.model.curricula) checkCurriculum(ctx, curriculum);
  },
};

function checkCurriculum(ctx: RuleContext, curriculum: Doc<'Curriculum'>): void {
  const { modules, credentials = [] } = curriculum.value.spec;
  // A module named twice or not at all is for unique/id and ref/module; here the first of an id counts.
  const unassessed = new Set<string>();
  const seen = new Set<string>();
  for (const module of modules) {
    if (!seen.has(module.id) && module.assessment === undefined) unassessed.add(module.id);
    seen.add(module.id);
  }
  credentials.forEach((credential, i) => {
    credential.requires.modules?.forEach((name, j) => {
      if (!unassessed.has(name)) return;
      ctx.report({
        doc: curriculum.source,
        path: ['spec', 'credentials', i, 'requires', 'modules', j],
        message: `credential ${credential.id} requires module ${name}, which has no assessment, so nobody can pass it`,
        hint: `give module ${name} an assessment ({ type, passScore }), or drop it from the credential's modules`,
      });
    });
  });
}
