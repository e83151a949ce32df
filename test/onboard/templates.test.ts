import { describe, expect, it } from 'vitest';
import { defaultCodeOfConduct, onboardingPacks, renderPacks } from '../../src/onboard/packs.js';
import { planProgram } from '../../src/plan/index.js';
import { MINIMAL, editAll } from '../helpers/program.js';
import { engine, memoryModel } from './helpers.js';

/** Every page of a program's packs, rendered with the built-in templates (path → text). */
function pages(files: Record<string, string>): Map<string, string> {
  const model = memoryModel(files);
  const builtin = engine();
  const packs = onboardingPacks(planProgram(model, { locks: {} }), model, defaultCodeOfConduct(builtin, model));
  return new Map(renderPacks(packs, builtin, 'acme-academy').map((f) => [f.path, f.content as string]));
}

describe('the built-in templates count weeks in words', () => {
  it('says "1 week" for a one-week capstone, to participants and to their lead', () => {
    const out = pages(editAll('curricula/basics.yaml', [['weeks: 2', 'weeks: 1']]));
    expect(out.get('spring-2026/ana/welcome.md')).toMatch(/After the modules comes the \*\*Capstone\*\* \(1 week, /);
    expect(out.get('spring-2026/lena/check-in-agenda.md')).toContain('| 1 week | Capstone |');
  });

  it('says "1 week" for a one-week cohort, and "weeks" for longer ones', () => {
    const oneWeek = editAll('curricula/basics.yaml', [
      ['hoursPerWeek: 4', 'hoursPerWeek: 12'],
      ['  capstone: { name: Capstone, weeks: 2, prerequisites: [data] }\n', ''],
      ['capstone: true }', 'capstone: false }'],
    ]);
    const out = pages(editAll('cohorts/spring.yaml', [['      capstone: true\n', '']], oneWeek));
    expect(out.get('spring-2026/ana/welcome.md')).toContain('Over 1 week, from ');
    expect(out.get('spring-2026/lena/groups.md')).toMatch(/\(1 week, \*Basics\*\)/);
    expect(pages(MINIMAL).get('spring-2026/lena/groups.md')).toMatch(/\(\d+ weeks, \*Basics\*\)/);
  });
});
