import type { Rule } from '../rule.js';
import { checkReference, listed } from './lookup.js';
import { allProjects } from './timeline.js';

export const refTool: Rule = {
  id: 'ref/tool',
  severity: 'error',
  description: "A project's tools must name tools of the Governance document.",
  check(ctx) {
    // Without a valid Governance document, program/singletons or the schema has said so already.
    const governance = ctx.model.governance;
    if (!governance) return;
    const known = new Set(governance.value.spec.tools.map((t) => t.id));
    const hint = `name a tool of the Governance document (spec.tools): ${listed(known)}`;
    for (const { project, cohort, path } of allProjects(ctx.model)) {
      project.tools?.forEach((name, j) => checkReference(ctx, { doc: cohort, path: [...path, 'tools', j] }, name, 'tool', known, [], hint));
    }
  },
};
