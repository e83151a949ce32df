import type { Rule } from '../rule.js';
import { checkReference, listed } from './lookup.js';

export const refTool: Rule = {
  id: 'ref/tool',
  severity: 'error',
  description: "A project's tools must name tools of the Governance document.",
  check(ctx) {
    // Without a valid Governance document program/singletons (or the schema) has already said so.
    const governance = ctx.model.governance;
    if (!governance) return;
    const known = governance.value.spec.tools.map((t) => t.id);
    const hint = `name a tool of the Governance document (spec.tools): ${listed(known)}`;
    for (const cohort of ctx.model.cohorts) {
      cohort.value.spec.projects?.forEach((project, i) => {
        project.tools?.forEach((name, j) => checkReference(ctx, { doc: cohort, path: ['spec', 'projects', i, 'tools', j] }, name, 'tool', known, [], hint));
      });
    }
  },
};
