import { describe, expect, it } from 'vitest';
import { MINIMAL, diagnose, edit, where } from '../helpers/program.js';

const RULE = 'credential/assessed';
const CURRICULUM = 'curricula/basics.yaml';
const only = (files: Record<string, string>) => where(files).filter((w) => w.endsWith(` ${RULE}`));

describe(RULE, () => {
  const cases = [
    // In MINIMAL, module data has no assessment and no credential requires it.
    { name: 'every required module is assessed', files: MINIMAL, expected: [] },
    { name: 'a required module without an assessment', files: edit(CURRICULUM, 'modules: [intro]', 'modules: [intro, data]'), expected: [`${CURRICULUM}:24:36 ${RULE}`] },
    { name: 'a required module whose assessment is removed', files: edit(CURRICULUM, '      assessment: { type: quiz, passScore: 0.7 }\n', ''), expected: [`${CURRICULUM}:23:29 ${RULE}`] },
    // ref/module reports a module the curriculum does not have; this rule stays silent about it.
    { name: 'an unknown required module', files: edit(CURRICULUM, 'modules: [intro]', 'modules: [intro, outro]'), expected: [] },
  ];
  it.each(cases)('$name', ({ files, expected }) => {
    expect(only(files)).toEqual(expected);
  });

  it('names the credential and the module, and says how to fix it', () => {
    const finding = diagnose(edit(CURRICULUM, 'modules: [intro]', 'modules: [intro, data]')).find((d) => d.rule === RULE);
    expect(finding).toMatchObject({
      severity: 'warning',
      message: 'credential basics-badge requires module data, which has no assessment, so nobody can pass it',
      hint: "give module data an assessment ({ type, passScore }), or drop it from the credential's modules",
    });
  });
});
