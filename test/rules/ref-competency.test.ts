import { describe, expect, it } from 'vitest';
import { MINIMAL, edit } from '../helpers/program.js';
import { OTHER_CURRICULUM, findingsOf, whereRule, withFile } from './reference.fixture.js';

const RULE = 'ref/competency';
const CURRICULUM = 'curricula/basics.yaml';

/** OTHER_CURRICULUM without hoursPerWeek: it fails its schema, so its competencies are unknown to the model. */
const BROKEN_CURRICULUM = OTHER_CURRICULUM.replace('  hoursPerWeek: 2\n', '');

describe(RULE, () => {
  const cases = [
    { name: 'known competencies and skills', files: MINIMAL, expected: [] },
    { name: 'a curriculum without competencies or module competencies', files: withFile('curricula/advanced.yaml', OTHER_CURRICULUM.replace('  competencies:\n    - { id: automation, name: Automation }\n', '').replace('      competencies: { automation: 2 }\n', '')), expected: [] },
    { name: 'a misspelt module competency, at its key', files: edit(CURRICULUM, '{ app-building: 1 }', '{ app-buildin: 1 }'), expected: [`${CURRICULUM}:13:23 ${RULE}`] },
    { name: "another curriculum's competency in a module", files: withFile('curricula/advanced.yaml', OTHER_CURRICULUM, edit(CURRICULUM, '{ app-building: 1 }', '{ automation: 1 }')), expected: [`${CURRICULUM}:13:23 ${RULE}`] },
    { name: 'a misspelt mentor skill', files: edit('mentors.yaml', 'skills: [app-building] }', 'skills: [app-bulding] }'), expected: [`mentors.yaml:7:91 ${RULE}`] },
    { name: "a skill from any curriculum's competencies", files: withFile('curricula/advanced.yaml', OTHER_CURRICULUM, edit('mentors.yaml', 'skills: [app-building] }', 'skills: [automation] }')), expected: [] },
    { name: 'skills are not checked while a curriculum is broken', files: withFile('curricula/advanced.yaml', BROKEN_CURRICULUM, edit('mentors.yaml', 'skills: [app-building] }', 'skills: [automation] }')), expected: [] },
  ];
  it.each(cases)('$name', ({ files, expected }) => {
    expect(whereRule(RULE, files)).toEqual(expected);
  });

  it('suggests the closest competency and names the known ones', () => {
    const [finding] = findingsOf(RULE, edit(CURRICULUM, '{ app-building: 1 }', '{ app-buildin: 1 }'));
    expect(finding?.message).toBe('competency "app-buildin" does not exist (did you mean "app-building"?)');
    expect(finding?.hint).toBe('name a competency of curriculum "basics" (spec.competencies): app-building, data-modeling');
  });
});
