import { describe, expect, it } from 'vitest';
import { MINIMAL, edit } from '../helpers/program.js';
import { OTHER_CURRICULUM, findingsOf, whereRule, withFile } from './reference.fixture.js';

const RULE = 'ref/prerequisite';
const CURRICULUM = 'curricula/basics.yaml';

describe(RULE, () => {
  const cases = [
    { name: 'a known prerequisite', files: MINIMAL, expected: [] },
    { name: 'a module listing itself (a cycle, not an unknown name)', files: edit(CURRICULUM, 'prerequisites: [intro]', 'prerequisites: [data]'), expected: [] },
    { name: 'a misspelt prerequisite', files: edit(CURRICULUM, 'prerequisites: [intro]', 'prerequisites: [intr]'), expected: [`${CURRICULUM}:18:23 ${RULE}`] },
    { name: 'the second of two prerequisites', files: edit(CURRICULUM, 'prerequisites: [intro]', 'prerequisites: [intro, basics]'), expected: [`${CURRICULUM}:18:30 ${RULE}`] },
    {
      name: 'a module of another curriculum',
      files: withFile('curricula/advanced.yaml', OTHER_CURRICULUM, edit(CURRICULUM, 'prerequisites: [intro]', 'prerequisites: [flows]')),
      expected: [`${CURRICULUM}:18:23 ${RULE}`],
    },
  ];
  it.each(cases)('$name', ({ files, expected }) => {
    expect(whereRule(RULE, files)).toEqual(expected);
  });

  it('suggests the closest module', () => {
    const [finding] = findingsOf(RULE, edit(CURRICULUM, 'prerequisites: [intro]', 'prerequisites: [intr]'));
    expect(finding?.message).toBe('prerequisite module "intr" does not exist (did you mean "intro"?)');
    expect(finding?.hint).toBe('name a module of curriculum "basics": intro, data');
  });
});
