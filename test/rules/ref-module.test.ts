import { describe, expect, it } from 'vitest';
import { MINIMAL, edit } from '../helpers/program.js';
import { OTHER_CURRICULUM, findingsOf, whereRule, withFile } from './reference.fixture.js';

const RULE = 'ref/module';
const CURRICULUM = 'curricula/basics.yaml';

describe(RULE, () => {
  const cases = [
    { name: 'known modules', files: MINIMAL, expected: [] },
    { name: 'no capstone and no credentials', files: edit(CURRICULUM, '  capstone: { name: Capstone, weeks: 2, prerequisites: [data] }\n  credentials:\n    - id: basics-badge\n      name: Basics badge\n      requires: { modules: [intro], attendance: 0.75, capstone: true }\n      validFor: 24\n', ''), expected: [] },
    { name: 'a misspelt capstone prerequisite', files: edit(CURRICULUM, 'prerequisites: [data] }', 'prerequisites: [dat] }'), expected: [`${CURRICULUM}:20:57 ${RULE}`] },
    { name: 'an unknown credential module', files: edit(CURRICULUM, 'modules: [intro]', 'modules: [intro, outro]'), expected: [`${CURRICULUM}:24:36 ${RULE}`] },
    {
      name: 'a module of another curriculum',
      files: withFile('curricula/advanced.yaml', OTHER_CURRICULUM, edit(CURRICULUM, 'modules: [intro]', 'modules: [flows, intro]')),
      expected: [`${CURRICULUM}:24:29 ${RULE}`],
    },
  ];
  it.each(cases)('$name', ({ files, expected }) => {
    expect(whereRule(RULE, files)).toEqual(expected);
  });

  it('suggests the closest module and names the known ones', () => {
    const [finding] = findingsOf(RULE, edit(CURRICULUM, 'prerequisites: [data] }', 'prerequisites: [dat] }'));
    expect(finding?.message).toBe('module "dat" does not exist (did you mean "data"?)');
    expect(finding?.hint).toBe('name a module of curriculum "basics": intro, data');
  });
});
