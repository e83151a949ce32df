import type { Rule } from '../rule.js';
import { allProjects, dataClassesById } from './timeline.js';

export const governanceForbiddenDataClass: Rule = {
  id: 'governance/forbidden-data-class',
  severity: 'error',
  description: 'No project handles a data class that Governance marks `allowed: false`.',
  check(ctx) {
    const governance = ctx.model.governance?.value.spec;
    if (!governance) return;
    const classes = dataClassesById(governance);
    for (const { project, cohort, path } of allProjects(ctx.model)) {
      for (const [j, id] of (project.dataClasses ?? []).entries()) {
        if (classes.get(id)?.allowed !== false) continue;
        ctx.report({
          doc: cohort.source,
          path: [...path, 'dataClasses', j],
          message: `project "${project.id}" handles data class "${id}", which no citizen project may use`,
          hint: `keep ${id} data out of the project, or ask governance to allow the class`,
        });
      }
    }
  },
};
