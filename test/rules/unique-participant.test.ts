import { describe, expect, it } from 'vitest';
import { MINIMAL, edit } from '../helpers/program.js';
import { OTHER_COHORT, findingsOf, whereRule, withFile } from './reference.fixture.js';

const RULE = 'unique/participant';
const COHORT = 'cohorts/spring.yaml';
const ANA = '    - { id: ana, name: Ana, email: ana@acme.example, department: Finance }\n';

/** MINIMAL plus OTHER_COHORT (which sorts first) with `person` instead of zoe. */
function alsoInAutumn(person: string): Record<string, string> {
  return withFile('cohorts/autumn.yaml', OTHER_COHORT.replace('{ id: zoe, name: Zoe, email: zoe@acme.example }', person));
}

describe(RULE, () => {
  const cases = [
    { name: 'distinct people', files: MINIMAL, expected: [] },
    { name: 'an id twice in a cohort', files: edit(COHORT, '{ id: ben,', '{ id: ana,'), expected: [`${COHORT}:12:13 ${RULE}`] },
    { name: 'an email twice in a cohort, in another case', files: edit(COHORT, 'email: ben@acme.example', 'email: ANA@acme.example'), expected: [`${COHORT}:12:36 ${RULE}`] },
    { name: 'a copied entry is reported once, by id', files: edit(COHORT, ANA, ANA + ANA), expected: [`${COHORT}:12:13 ${RULE}`] },
    { name: 'the same person in two cohorts', files: alsoInAutumn('{ id: ana, name: Ana, email: Ana@acme.example }'), expected: [] },
    { name: 'one id for two people in two cohorts', files: alsoInAutumn('{ id: ana, name: Ana B, email: ana.b@acme.example }'), expected: [`${COHORT}:11:36 ${RULE}`] },
    { name: 'one email under two ids in two cohorts', files: alsoInAutumn('{ id: ana-s, name: Ana, email: ana@acme.example }'), expected: [] },
    { name: 'a participant who also mentors', files: edit(COHORT, 'email: ben@acme.example', 'email: Pia@acme.example', edit(COHORT, '{ id: ben,', '{ id: pia,')), expected: [] },
    { name: 'a participant id on the roster with another email', files: edit(COHORT, '{ id: ben,', '{ id: pia,'), expected: [`${COHORT}:12:36 ${RULE}`] },
  ];
  it.each(cases)('$name', ({ files, expected }) => {
    expect(whereRule(RULE, files)).toEqual(expected);
  });

  it('names the first entry', () => {
    expect(findingsOf(RULE, edit(COHORT, '{ id: ben,', '{ id: ana,'))[0]?.message).toBe('participant id "ana" is already used at cohorts/spring.yaml:11');
    expect(findingsOf(RULE, edit(COHORT, 'email: ben@acme.example', 'email: ANA@acme.example'))[0]?.message).toBe(
      'email "ANA@acme.example" is already used by participant "ana" at cohorts/spring.yaml:11',
    );
  });

  it('says when one id stands for two people', () => {
    const [finding] = findingsOf(RULE, alsoInAutumn('{ id: ana, name: Ana B, email: ana.b@acme.example }'));
    expect(finding?.message).toBe('participant "ana" is also in cohort "autumn-2026" with email ana.b@acme.example (cohorts/autumn.yaml:9): one id, two different people?');
    expect(finding?.hint).toBe('use the same email for the same person in every cohort, or give the other person a different id');
  });

  it('says when a participant and a mentor share an id but not an email', () => {
    const [finding] = findingsOf(RULE, edit(COHORT, '{ id: ben,', '{ id: pia,'));
    expect(finding?.message).toBe('participant "pia" is also a mentor with email pia@acme.example (mentors.yaml:8): one id, two different people?');
  });
});
