import { describe, expect, it } from 'vitest';
import { CONSISTENCY_RULES } from '../../src/validate/rules/consistency-rules.js';
import { MINIMAL, diagnose, edit } from '../helpers/program.js';
import { cohortFile, without } from './consistency.fixture.js';

const ours = new Set(CONSISTENCY_RULES.map((r) => r.id));
const findings = (files: Record<string, string>) => diagnose(files).filter((d) => ours.has(d.rule));

describe('consistency rules on sparse programs', () => {
  const cases = [
    { name: 'only program.yaml', files: { 'program.yaml': MINIMAL['program.yaml']! } },
    { name: 'no governance', files: without(MINIMAL, 'governance.yaml') },
    { name: 'a project with nothing optional', files: edit('cohorts/spring.yaml', '      tools: [power-apps]\n      dataClasses: [confidential]\n      capstone: true\n      approval: { by: lena, on: 2026-03-20 }\n', '') },
    { name: 'a cohort with nothing optional', files: { ...MINIMAL, 'cohorts/spring.yaml': cohortFile('spring-2026', '2026-03-02', 0, '{ max: 3 }') } },
    { name: 'a cohort whose curriculum is missing', files: without(MINIMAL, 'curricula/basics.yaml') },
  ];
  it.each(cases)('$name: no crash, no finding', ({ files }) => {
    expect(findings(files)).toEqual([]);
  });

  it('registers each rule once, with a one-line description', () => {
    expect(ours.size).toBe(CONSISTENCY_RULES.length);
    for (const rule of CONSISTENCY_RULES) expect(rule.description).toMatch(/^[A-Z].*\.$/);
  });
});
