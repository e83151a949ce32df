import type { PathSegment } from '../../program/locate.js';
import type { Doc, ProgramModel } from '../../program/model.js';
import { COMMUNITIES } from '../../plan/names.js';
import type { Rule, RuleContext } from '../rule.js';
import { allMentors, forEachRepeat, placeOf } from './lookup.js';

interface Entry {
  id: string;
  doc: Doc;
  path: PathSegment[];
}

/** Ids that must be unique among each other, with words for the message. */
interface IdGroup {
  what: string;
  scope: string;
  entries: Entry[];
}

export const uniqueId: Rule = {
  id: 'unique/id',
  severity: 'error',
  description:
    'Ids are unique: documents per kind, modules and competencies per curriculum, touchpoint types per cohort; credentials, mentors, projects, tools, data classes and communities program-wide. A cohort is not called `communities` when the program has communities (both would be planned into plan/communities/).',
  check(ctx) {
    for (const group of idGroups(ctx.model)) reportRepeats(ctx, group);
    reportCommunitiesCohort(ctx);
  },
};

/** The communities of practice are planned into plan/communities/: a cohort of that id would overwrite them. */
function reportCommunitiesCohort(ctx: RuleContext): void {
  if ((ctx.model.program?.value.spec.communities ?? []).length === 0) return;
  for (const cohort of ctx.model.cohorts) {
    if (cohort.value.metadata.id !== COMMUNITIES) continue;
    ctx.report({
      doc: cohort.source,
      path: ['metadata', 'id'],
      message: `Cohort id "${COMMUNITIES}" is where the program's communities of practice are planned (plan/${COMMUNITIES}/)`,
      hint: 'rename the cohort',
    });
  }
}

function reportRepeats(ctx: RuleContext, { what, scope, entries }: IdGroup): void {
  forEachRepeat(entries, (e) => e.id, (repeat, first) => {
    ctx.report({ doc: repeat.doc.source, path: repeat.path, message: `${what} "${repeat.id}" is already used at ${placeOf(first.doc.source, first.path)}`, hint: `${what}s must be unique ${scope}; rename one of them` });
  });
}

/** Program and Governance are single documents: program/singletons reports a second one. */
function idGroups(model: ProgramModel): IdGroup[] {
  const { curricula, cohorts, rosters } = model;
  const governance = model.governance ? [model.governance] : [];
  const inProgram = 'in the program';
  return [
    { what: 'Curriculum id', scope: 'among Curriculum documents', entries: curricula.map(metadataId) },
    { what: 'Cohort id', scope: 'among Cohort documents', entries: cohorts.map(metadataId) },
    { what: 'MentorRoster id', scope: 'among MentorRoster documents', entries: rosters.map(metadataId) },
    ...curricula.map((doc) => ({ what: 'module id', scope: 'within a curriculum', entries: idsIn(doc, 'modules', doc.value.spec.modules, 'id') })),
    ...curricula.map((doc) => ({ what: 'competency id', scope: 'within a curriculum', entries: idsIn(doc, 'competencies', doc.value.spec.competencies, 'id') })),
    ...cohorts.map((doc) => ({ what: 'touchpoint type', scope: 'within a cohort (attendance records name them)', entries: idsIn(doc, 'touchpoints', doc.value.spec.touchpoints, 'type') })),
    // Credentials are program-wide: exported badges and the credential roster name them by id alone.
    { what: 'credential id', scope: inProgram, entries: curricula.flatMap((doc) => idsIn(doc, 'credentials', doc.value.spec.credentials, 'id')) },
    { what: 'project id', scope: inProgram, entries: cohorts.flatMap((doc) => idsIn(doc, 'projects', doc.value.spec.projects, 'id')) },
    { what: 'mentor id', scope: 'across all rosters', entries: allMentors(model).map(({ item, doc, path }) => ({ id: item.id, doc, path: [...path, 'id'] })) },
    { what: 'tool id', scope: inProgram, entries: governance.flatMap((doc) => idsIn(doc, 'tools', doc.value.spec.tools, 'id')) },
    { what: 'data class id', scope: inProgram, entries: governance.flatMap((doc) => idsIn(doc, 'dataClasses', doc.value.spec.dataClasses, 'id')) },
    { what: 'community id', scope: inProgram, entries: model.program ? idsIn(model.program, 'communities', model.program.value.spec.communities, 'id') : [] },
  ];
}

function metadataId(doc: Doc): Entry {
  return { id: doc.value.metadata.id, doc, path: ['metadata', 'id'] };
}

/** The `key` of each item of the list at spec.<field>, located at that key. */
function idsIn<K extends string>(doc: Doc, field: string, list: ReadonlyArray<Record<K, string>> | undefined, key: K): Entry[] {
  return (list ?? []).map((item, i) => ({ id: item[key], doc, path: ['spec', field, i, key] }));
}
