import type { Tool } from '../../program/model.js';
import type { Rule } from '../rule.js';
import { firstById } from './lookup.js';
import { allProjects, dataClassesById } from './timeline.js';

export const governanceToolDataClass: Rule = {
  id: 'governance/tool-data-class',
  severity: 'error',
  description: 'Every tool of a project is approved for every data class the project handles.',
  check(ctx) {
    const governance = ctx.model.governance?.value.spec;
    if (!governance) return;
    const tools = firstById(governance.tools);
    const classes = dataClassesById(governance);
    for (const { project, cohort, path } of allProjects(ctx.model)) {
      // Unknown ids are a reference rule's finding; forbidden classes are governance/forbidden-data-class's.
      const used = (project.dataClasses ?? []).filter((id) => classes.has(id) && classes.get(id)!.allowed !== false);
      for (const [j, toolId] of (project.tools ?? []).entries()) {
        const tool = tools.get(toolId);
        if (!tool) continue;
        for (const id of used.filter((c) => !tool.dataClasses.includes(c))) {
          ctx.report({ doc: cohort.source, path: [...path, 'tools', j], message: `tool "${toolId}" is not approved for data class "${id}"`, hint: hint(governance.tools, id) });
        }
      }
    }
  },
};

function hint(tools: readonly Tool[], dataClass: string): string {
  const approved = tools.filter((t) => t.dataClasses.includes(dataClass)).map((t) => t.id);
  if (approved.length === 0) return `no tool is approved for "${dataClass}"; change the data class, or approve a tool for it in Governance`;
  return `pick a tool approved for "${dataClass}" (${approved.join(', ')}), or change the data class`;
}
