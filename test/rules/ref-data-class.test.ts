import { describe, expect, it } from 'vitest';
import { MINIMAL, edit } from '../helpers/program.js';
import { findingsOf, whereRule, withoutFile } from './reference.fixture.js';

const RULE = 'ref/data-class';
const COHORT = 'cohorts/spring.yaml';

describe(RULE, () => {
  const cases = [
    { name: 'known data classes', files: MINIMAL, expected: [] },
    { name: 'a project without data classes', files: edit(COHORT, '      dataClasses: [confidential]\n', ''), expected: [] },
    { name: "a misspelt project's data class", files: edit(COHORT, 'dataClasses: [confidential]', 'dataClasses: [confidental]'), expected: [`${COHORT}:23:21 ${RULE}`] },
    { name: "a misspelt tool's data class", files: edit('governance.yaml', 'dataClasses: [public] }', 'dataClasses: [publik] }'), expected: [`governance.yaml:13:47 ${RULE}`] },
    { name: 'no Governance document (program/singletons says so)', files: withoutFile('governance.yaml', edit(COHORT, 'dataClasses: [confidential]', 'dataClasses: [confidental]')), expected: [] },
  ];
  it.each(cases)('$name', ({ files, expected }) => {
    expect(whereRule(RULE, files)).toEqual(expected);
  });

  it('suggests the closest data class', () => {
    const [finding] = findingsOf(RULE, edit(COHORT, 'dataClasses: [confidential]', 'dataClasses: [confidental]'));
    expect(finding?.message).toBe('data class "confidental" does not exist (did you mean "confidential"?)');
    expect(finding?.hint).toBe('name a data class of the Governance document (spec.dataClasses): public, confidential, restricted');
  });
});
