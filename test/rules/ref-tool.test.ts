import { describe, expect, it } from 'vitest';
import { MINIMAL, edit } from '../helpers/program.js';
import { findingsOf, whereRule, withoutFile } from './reference.fixture.js';

const RULE = 'ref/tool';
const COHORT = 'cohorts/spring.yaml';

describe(RULE, () => {
  const cases = [
    { name: 'a known tool', files: MINIMAL, expected: [] },
    { name: 'a project without tools', files: edit(COHORT, '      tools: [power-apps]\n', ''), expected: [] },
    { name: 'a misspelt tool', files: edit(COHORT, 'tools: [power-apps]', 'tools: [power-app]'), expected: [`${COHORT}:22:15 ${RULE}`] },
    { name: 'the second of two tools', files: edit(COHORT, 'tools: [power-apps]', 'tools: [power-apps, excel]'), expected: [`${COHORT}:22:27 ${RULE}`] },
    { name: 'no Governance document (program/singletons says so)', files: withoutFile('governance.yaml', edit(COHORT, 'tools: [power-apps]', 'tools: [power-app]')), expected: [] },
  ];
  it.each(cases)('$name', ({ files, expected }) => {
    expect(whereRule(RULE, files)).toEqual(expected);
  });

  it('suggests the closest tool', () => {
    const [finding] = findingsOf(RULE, edit(COHORT, 'tools: [power-apps]', 'tools: [power-app]'));
    expect(finding?.message).toBe('tool "power-app" does not exist (did you mean "power-apps"?)');
    expect(finding?.hint).toBe('name a tool of the Governance document (spec.tools): power-apps, forms');
  });
});
