import { describe, expect, it } from 'vitest';
import { MINIMAL, edit } from '../helpers/program.js';
import { OTHER_ROSTER, findingsOf, whereRule, withFile, withoutFile } from './reference.fixture.js';

const RULE = 'program/singletons';
const PROGRAM = MINIMAL['program.yaml']!;
const GOVERNANCE = MINIMAL['governance.yaml']!;

const noGovernance = withoutFile('governance.yaml');
const programElsewhere = withFile('program.yaml', OTHER_ROSTER, withFile('academy.yaml', PROGRAM, withoutFile('mentors.yaml')));

describe(RULE, () => {
  const cases = [
    { name: 'one of each', files: MINIMAL, expected: [] },
    { name: 'no Governance document', files: noGovernance, expected: [`program.yaml:1:1 ${RULE}`] },
    { name: 'a Governance document that fails its schema is not missing', files: edit('governance.yaml', '  reviewEvery: 6\n', ''), expected: [] },
    { name: 'a second Governance document in another file', files: withFile('mentors.yaml', `${MINIMAL['mentors.yaml']}---\n${GOVERNANCE}`), expected: [`mentors.yaml:11:7 ${RULE}`] },
    { name: 'a second Program document in program.yaml', files: withFile('program.yaml', `${PROGRAM}---\n${PROGRAM}`), expected: [`program.yaml:9:7 ${RULE}`] },
    { name: 'a second Program document, with another id, alone in a file', files: withFile('sandbox/program.yaml', PROGRAM.replace('id: acme-academy', 'id: sandbox')), expected: [`sandbox/program.yaml:2:7 ${RULE}`] },
    { name: 'a second Governance document in a file that sorts first', files: withFile('a-policy.yaml', GOVERNANCE.replace('id: governance', 'id: other')), expected: [`a-policy.yaml:2:7 ${RULE}`] },
    { name: 'the Program document outside program.yaml', files: programElsewhere, expected: [`academy.yaml:2:7 ${RULE}`] },
    { name: 'program.yaml without a Program document', files: withFile('program.yaml', OTHER_ROSTER, withoutFile('mentors.yaml')), expected: [`program.yaml:2:7 ${RULE}`] },
  ];
  it.each(cases)('$name', ({ files, expected }) => {
    expect(whereRule(RULE, files)).toEqual(expected);
  });

  it('says what to add when Governance is missing', () => {
    const [finding] = findingsOf(RULE, noGovernance);
    expect(finding?.message).toBe('the program has no Governance document');
    expect(finding?.hint).toBe('add governance.yaml with "kind: Governance": the data classes, tools and approvers that projects are checked against');
  });

  it('names the first of two', () => {
    const [finding] = findingsOf(RULE, withFile('mentors.yaml', `${MINIMAL['mentors.yaml']}---\n${GOVERNANCE}`));
    expect(finding?.message).toBe('a second Governance document (the first is at governance.yaml:2); a program has exactly one');
  });

  it('names where the first Program document is', () => {
    const [finding] = findingsOf(RULE, withFile('sandbox/program.yaml', PROGRAM.replace('id: acme-academy', 'id: sandbox')));
    expect(finding?.message).toBe('a second Program document (the first is at program.yaml:2); a program has exactly one');
  });

  it('names a second Program document it can know only by its id (its file failed its schema)', () => {
    const broken = PROGRAM.replace('id: acme-academy', 'id: sandbox').replace('timezone: Europe/Berlin', 'timezone: [Europe/Berlin]');
    const [finding] = findingsOf(RULE, withFile('sandbox/program.yaml', broken));
    expect(finding?.message).toBe('another Program document, "sandbox", is declared elsewhere; a program has exactly one');
  });

  it('says where the Program document belongs', () => {
    const [finding] = findingsOf(RULE, programElsewhere);
    expect(finding?.message).toBe('the Program document is in academy.yaml; it belongs in program.yaml');
  });
});
