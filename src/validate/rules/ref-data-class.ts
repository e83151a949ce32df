import type { Doc } from '../../program/model.js';
import type { Rule } from '../rule.js';
import { checkReference, listed } from './lookup.js';

export const refDataClass: Rule = {
  id: 'ref/data-class',
  severity: 'error',
  description: "A project's and a tool's data classes must name data classes of the Governance document.",
  check(ctx) {
    // Without a valid Governance document program/singletons (or the schema) has already said so.
    const governance = ctx.model.governance;
    if (!governance) return;
    const known = governance.value.spec.dataClasses.map((d) => d.id);
    const check = (doc: Doc, path: Array<string | number>, name: string) =>
      checkReference(ctx, { doc, path }, name, 'data class', known, [], `name a data class of the Governance document (spec.dataClasses): ${listed(known)}`);
    governance.value.spec.tools.forEach((tool, i) => tool.dataClasses.forEach((name, j) => check(governance, ['spec', 'tools', i, 'dataClasses', j], name)));
    for (const cohort of ctx.model.cohorts) checkProjects(cohort, check);
  },
};

function checkProjects(cohort: Doc<'Cohort'>, check: (doc: Doc, path: Array<string | number>, name: string) => void): void {
  cohort.value.spec.projects?.forEach((project, i) => {
    project.dataClasses?.forEach((name, j) => check(cohort, ['spec', 'projects', i, 'dataClasses', j], name));
  });
}
