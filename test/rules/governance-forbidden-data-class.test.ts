import { describe, expect, it } from 'vitest';
import { MINIMAL, diagnose, edit, where } from '../helpers/program.js';
import { without } from './consistency.fixture.js';

const RULE = 'governance/forbidden-data-class';
const only = (files: Record<string, string>) => where(files).filter((w) => w.endsWith(` ${RULE}`));
const usesRestricted = edit('cohorts/spring.yaml', 'dataClasses: [confidential]', 'dataClasses: [confidential, restricted]');

describe(RULE, () => {
  const cases = [
    { name: 'only allowed data classes', files: MINIMAL, expected: [] },
    { name: 'a project handles a forbidden class', files: usesRestricted, expected: [`cohorts/spring.yaml:23:35 ${RULE}`] },
    { name: 'a tool listing a forbidden class is fine', files: edit('governance.yaml', 'name: Forms, dataClasses: [public]', 'name: Forms, dataClasses: [public, restricted]'), expected: [] },
    { name: 'an unknown class is left to the reference rules', files: edit('cohorts/spring.yaml', 'dataClasses: [confidential]', 'dataClasses: [confidential, secret]'), expected: [] },
    { name: 'no Governance document', files: without(usesRestricted, 'governance.yaml'), expected: [] },
  ];
  it.each(cases)('$name', ({ files, expected }) => {
    expect(only(files)).toEqual(expected);
  });

  it('names the project and the class', () => {
    const finding = diagnose(usesRestricted).find((d) => d.rule === RULE);
    expect(finding).toMatchObject({
      severity: 'error',
      message: 'project "expenses" handles data class "restricted", which no citizen project may use',
      hint: 'keep restricted data out of the project, or ask governance to allow the class',
    });
  });
});
