import { describe, expect, it } from 'vitest';
import { MINIMAL, diagnose, edit, where } from '../helpers/program.js';
import { without } from './consistency.fixture.js';

const RULE = 'governance/approval';
const only = (files: Record<string, string>) => where(files).filter((w) => w.endsWith(` ${RULE}`));
const approval = '      approval: { by: lena, on: 2026-03-20 }\n';
const unapproved = edit('cohorts/spring.yaml', approval, '');
const byOmar = edit('cohorts/spring.yaml', 'by: lena', 'by: omar');
const noApprovers = edit('governance.yaml', '  approvers: [lena, steward@acme.example]\n', '');

describe(RULE, () => {
  const cases = [
    { name: 'approved by a listed mentor id', files: MINIMAL, expected: [] },
    { name: 'approval missing', files: unapproved, expected: [`cohorts/spring.yaml:23:21 ${RULE}`] },
    { name: 'approval missing for the second class', files: edit('cohorts/spring.yaml', `dataClasses: [confidential]\n      capstone: true\n${approval}`, 'dataClasses: [public, confidential]\n'), expected: [`cohorts/spring.yaml:23:29 ${RULE}`] },
    { name: 'no class needs approval', files: edit('cohorts/spring.yaml', `dataClasses: [confidential]\n      capstone: true\n${approval}`, 'dataClasses: [public]\n'), expected: [] },
    { name: 'approved by someone not listed', files: byOmar, expected: [`cohorts/spring.yaml:25:23 ${RULE}`] },
    { name: 'an approver email in other case', files: edit('cohorts/spring.yaml', 'by: lena', 'by: Steward@ACME.example'), expected: [] },
    { name: "a listed mentor's email", files: edit('cohorts/spring.yaml', 'by: lena', 'by: lena@acme.example'), expected: [] },
    { name: 'a mentor listed by email, approving by id', files: edit('governance.yaml', 'approvers: [lena, steward@acme.example]', 'approvers: [omar@acme.example]', byOmar), expected: [] },
    { name: 'no approvers listed', files: noApprovers, expected: [`cohorts/spring.yaml:25:23 ${RULE}`] },
    { name: 'no Governance document', files: without(unapproved, 'governance.yaml'), expected: [] },
  ];
  it.each(cases)('$name', ({ files, expected }) => {
    expect(only(files)).toEqual(expected);
  });

  it('says which class needs the approval', () => {
    expect(diagnose(unapproved).find((d) => d.rule === RULE)).toMatchObject({
      message: 'project "expenses" handles data class "confidential", which requires an approval',
      hint: 'add approval: { by: <an approver>, on: YYYY-MM-DD } to the project',
    });
  });

  it('lists the approvers', () => {
    expect(diagnose(byOmar).find((d) => d.rule === RULE)).toMatchObject({ message: '"omar" is not a Governance approver', hint: 'approvers: lena, steward@acme.example' });
  });

  it('suggests a close approver and explains an empty list', () => {
    const typo = edit('cohorts/spring.yaml', 'by: lena', 'by: steward@acme.exampel');
    expect(diagnose(typo).find((d) => d.rule === RULE)?.message).toBe('"steward@acme.exampel" is not a Governance approver (did you mean "steward@acme.example"?)');
    expect(diagnose(noApprovers).find((d) => d.rule === RULE)?.hint).toBe('list who may approve under approvers in the Governance document');
  });
});
