import { describe, expect, it } from 'vitest';
import { MINIMAL, diagnose, edit, where } from '../helpers/program.js';

const RULE = 'governance/tool-data-class';
const only = (files: Record<string, string>) => where(files).filter((w) => w.endsWith(` ${RULE}`));
const withForms = edit('cohorts/spring.yaml', 'tools: [power-apps]', 'tools: [forms]');

describe(RULE, () => {
  const cases = [
    { name: 'every tool allows every class', files: MINIMAL, expected: [] },
    { name: 'a tool not approved for the class', files: withForms, expected: [`cohorts/spring.yaml:22:15 ${RULE}`] },
    { name: 'the second tool is not approved', files: edit('cohorts/spring.yaml', 'tools: [power-apps]', 'tools: [power-apps, forms]'), expected: [`cohorts/spring.yaml:22:27 ${RULE}`] },
    { name: 'an unknown tool is left to the reference rules', files: edit('cohorts/spring.yaml', 'tools: [power-apps]', 'tools: [tableau]'), expected: [] },
    { name: 'a forbidden class is left to governance/forbidden-data-class', files: edit('cohorts/spring.yaml', 'dataClasses: [confidential]', 'dataClasses: [confidential, restricted]'), expected: [] },
    { name: 'a project without tools', files: edit('cohorts/spring.yaml', '      tools: [power-apps]\n', ''), expected: [] },
  ];
  it.each(cases)('$name', ({ files, expected }) => {
    expect(only(files)).toEqual(expected);
  });

  it('names the tool and the class, and the tools that would do', () => {
    expect(diagnose(withForms).find((d) => d.rule === RULE)).toMatchObject({
      message: 'tool "forms" is not approved for data class "confidential"',
      hint: 'pick a tool approved for "confidential" (power-apps), or change the data class',
    });
  });

  it('says when no tool is approved for the class', () => {
    const files = edit('governance.yaml', 'name: Power Apps, dataClasses: [public, confidential]', 'name: Power Apps, dataClasses: [public]');
    expect(diagnose(files).find((d) => d.rule === RULE)?.hint).toBe('no tool is approved for "confidential"; change the data class, or approve a tool for it in Governance');
  });
});
