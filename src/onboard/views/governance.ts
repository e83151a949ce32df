import type { PeopleIndex } from '../../render/plan-pages.js';
import type { ProgramModel } from '../../program/model.js';
import type { DataClassView, GovernanceView } from './types.js';

const ROLE_NAMES: Record<string, string> = { participant: 'participant', 'lead-mentor': 'lead mentor', 'community-mentor': 'community mentor' };

/**
 * The governance policy as one role needs it: which data classes may be
 * used freely, which need an approval (and from whom), which never, which
 * tools are approved for which classes, and the role's duties.
 */
export function governanceView(model: ProgramModel, role: 'participant' | 'lead-mentor' | 'community-mentor', personId: string, people: PeopleIndex): GovernanceView {
  const spec = model.governance?.value.spec;
  const tools = spec?.tools ?? [];
  const classes: DataClassView[] = (spec?.dataClasses ?? []).map((c) => ({
    id: c.id,
    name: c.name ?? c.id,
    description: c.description ?? null,
    allowed: c.allowed !== false,
    requires_approval: c.allowed !== false && c.requiresApproval === true,
    tools: c.allowed === false ? [] : tools.filter((t) => t.dataClasses.includes(c.id)).map((t) => t.name),
  }));
  const allowed = new Map(classes.filter((c) => c.allowed).map((c) => [c.id, c.name]));
  const duties = spec?.roles?.find((r) => r.id === role);
  const approvers = spec?.approvers ?? [];
  return {
    name: model.governance?.value.metadata.name ?? 'Governance policy',
    last_reviewed: spec?.lastReviewed ?? '',
    data_classes: classes,
    open_data_classes: classes.filter((c) => c.allowed && !c.requires_approval),
    approval_data_classes: classes.filter((c) => c.requires_approval),
    forbidden_data_classes: classes.filter((c) => !c.allowed),
    tools: tools.map((t) => ({
      id: t.id,
      name: t.name,
      url: t.url ?? null,
      data_classes: t.dataClasses.filter((id) => allowed.has(id)).map((id) => ({ id, name: allowed.get(id)! })),
    })),
    approvers: approvers.map((a) => {
      const person = people[a];
      return person ? { id: a, name: person.name || a, email: person.email || null } : { id: null, name: a, email: a.includes('@') ? a : null };
    }),
    role: { id: role, name: ROLE_NAMES[role] ?? role, must: [...(duties?.must ?? [])], may_not: [...(duties?.mayNot ?? [])] },
    you_approve: approvers.some((a) => a === personId || (people[personId]?.email !== undefined && a.toLowerCase() === people[personId]!.email.toLowerCase())),
  };
}
