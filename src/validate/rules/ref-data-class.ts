import type { Rule } from '../rule.js';
import { type Where, checkReference, listed } from './lookup.js';
import { allProjects } from './timeline.js';

export const refDataClass: Rule = {
  id: 'ref/data-class',
  severity: 'error',
  description: "A project's and a tool's data classes must name data classes of the Governance document.",
  check(ctx) {
    // Without a valid Governance document, program/singletons or the schema has said so already.
    const governance = ctx.model.governance;
    if (!governance) return;
    const known = new Set(governance.value.spec.dataClasses.map((d) => d.id));
    const hint = `name a data class of the Governance document (spec.dataClasses): ${listed(known)}`;
    const check = (where: Where, name: string) => checkReference(ctx, where, name, 'data class', known, [], hint);
    governance.value.spec.tools.forEach((tool, i) => {
      tool.dataClasses.forEach((name, j) => check({ doc: governance, path: ['spec', 'tools', i, 'dataClasses', j] }, name));
    });
    for (const { project, cohort, path } of allProjects(ctx.model)) {
      project.dataClasses?.forEach((name, j) => check({ doc: cohort, path: [...path, 'dataClasses', j] }, name));
    }
  },
};
