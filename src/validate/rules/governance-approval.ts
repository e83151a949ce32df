import type { DataClass, GovernanceSpec, ProgramModel } from '../../program/model.js';
import { didYouMean } from '../../util/suggest.js';
import type { Rule, RuleContext } from '../rule.js';
import { someDocFailed } from './lookup.js';
import { type LocatedProject, allProjects, dataClassesById } from './timeline.js';

export const governanceApproval: Rule = {
  id: 'governance/approval',
  severity: 'error',
  description: 'A project handling a data class that requires approval has an `approval`, given by one of the Governance approvers.',
  check(ctx) {
    const governance = ctx.model.governance?.value.spec;
    if (!governance) return;
    const approvers = approverKeys(ctx.model, governance);
    const classes = dataClassesById(governance);
    for (const located of allProjects(ctx.model)) {
      // An approval is checked wherever it is written, needed or not: a wrong approver is wrong either way.
      if (located.project.approval) checkApprover(ctx, located, governance, approvers);
      else checkNeeded(ctx, located, classes);
    }
  },
};

/** Report the first data class that needs an approval the project lacks. */
function checkNeeded(ctx: RuleContext, { project, cohort, path }: LocatedProject, classes: Map<string, DataClass>): void {
  const j = (project.dataClasses ?? []).findIndex((id) => classes.get(id)?.requiresApproval === true);
  if (j === -1) return;
  ctx.report({
    doc: cohort.source,
    path: [...path, 'dataClasses', j],
    message: `project "${project.id}" handles data class "${project.dataClasses![j]}", which requires an approval`,
    hint: 'add approval: { by: <an approver>, on: YYYY-MM-DD } to the project',
  });
}

function checkApprover(ctx: RuleContext, { project, cohort, path }: LocatedProject, governance: GovernanceSpec, approvers: Set<string>): void {
  const by = project.approval!.by;
  // A roster that failed its schema may hold the mentor behind an approver's id or email.
  if (approvers.has(by.toLowerCase()) || someDocFailed(ctx.model, 'MentorRoster', ctx.model.rosters)) return;
  const listed = governance.approvers ?? [];
  ctx.report({
    doc: cohort.source,
    path: [...path, 'approval', 'by'],
    message: `"${by}" is not a Governance approver${didYouMean(by, listed)}`,
    hint: listed.length > 0 ? `approvers: ${listed.join(', ')}` : 'list who may approve under approvers in the Governance document',
  });
}

/**
 * Everything that names an approver, lower-cased: ids and emails as listed,
 * plus the email of a listed mentor and the id of a mentor whose email is
 * listed, since people write either.
 */
function approverKeys(model: ProgramModel, governance: GovernanceSpec): Set<string> {
  const listed = new Set((governance.approvers ?? []).map((a) => a.toLowerCase()));
  const keys = new Set(listed);
  for (const roster of model.rosters) {
    for (const { id, email } of roster.value.spec.mentors) {
      if (listed.has(id) || listed.has(email.toLowerCase())) keys.add(id).add(email.toLowerCase());
    }
  }
  return keys;
}
