import { describe, expect, it } from 'vitest';
import { edit, where } from '../helpers/program.js';
import { findingsOf, whereRule } from './reference.fixture.js';

const RULE = 'time/length';
const CURRICULUM = 'curricula/basics.yaml';

describe(RULE, () => {
  // MINIMAL's basics: 12 hours at 4 a week (3 weeks), then a 2-week capstone.
  const cases = [
    { name: 'an ordinary curriculum', files: edit(CURRICULUM, 'hours: 8', 'hours: 8'), expected: [] },
    { name: 'exactly the longest', files: edit(CURRICULUM, 'weeks: 2', 'weeks: 257'), expected: [] },
    { name: 'a week too long', files: edit(CURRICULUM, 'weeks: 2', 'weeks: 258'), expected: [`${CURRICULUM}:20:38 ${RULE}`] },
    { name: 'a typo in one module\'s hours', files: edit(CURRICULUM, 'hours: 8', 'hours: 8000'), expected: [`${CURRICULUM}:17:14 ${RULE}`] },
    { name: 'hours too large for any calendar', files: edit(CURRICULUM, 'hours: 8', 'hours: 1e308'), expected: [`${CURRICULUM}:17:14 ${RULE}`] },
    { name: 'many modules at a slow pace', files: edit(CURRICULUM, 'hoursPerWeek: 4', 'hoursPerWeek: 0.04'), expected: [`${CURRICULUM}:5:17 ${RULE}`] },
  ];
  it.each(cases)('$name', ({ files, expected }) => {
    expect(whereRule(RULE, files)).toEqual(expected);
  });

  it('a cohort that would end after 9999-12-31 is named at its start', () => {
    // basics runs 5 weeks.
    expect(whereRule(RULE, edit('cohorts/spring.yaml', 'start: 2026-03-02', 'start: 9999-11-22'))).toEqual([]);
    expect(whereRule(RULE, edit('cohorts/spring.yaml', 'start: 2026-03-02', 'start: 9999-12-06'))).toEqual([`cohorts/spring.yaml:6:10 ${RULE}`]);
    expect(findingsOf(RULE, edit('cohorts/spring.yaml', 'start: 2026-03-02', 'start: 9999-12-06'))[0]?.message).toBe('the cohort would end after 9999-12-31');
  });

  it('a credential valid for more than 100 years is a schema finding (its expiry would be no date)', () => {
    expect(where(edit(CURRICULUM, 'validFor: 24', 'validFor: 1200'))).toEqual([]);
    expect(where(edit(CURRICULUM, 'validFor: 24', 'validFor: 1000000'))).toEqual([`${CURRICULUM}:25:17 schema/range`]);
  });

  it('says how long it runs and where that comes from', () => {
    expect(findingsOf(RULE, edit(CURRICULUM, 'hours: 8', 'hours: 8000'))[0]?.message).toBe('the curriculum runs 2,003 weeks (2,001 weeks of modules at 4 hours a week, then 2 weeks of capstone); at most 260 weeks');
    expect(findingsOf(RULE, edit(CURRICULUM, 'hours: 8', 'hours: 1e308'))[0]?.message).toMatch(/^the curriculum runs more than a billion weeks \(more than a billion weeks of modules/);
  });
});
