import { describe, expect, it } from 'vitest';
import { edit } from '../helpers/program.js';
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

  it('says how long it runs and where that comes from', () => {
    expect(findingsOf(RULE, edit(CURRICULUM, 'hours: 8', 'hours: 8000'))[0]?.message).toBe('the curriculum runs 2,003 weeks (2,001 weeks of modules at 4 hours a week, then 2 weeks of capstone); at most 260 weeks');
    expect(findingsOf(RULE, edit(CURRICULUM, 'hours: 8', 'hours: 1e308'))[0]?.message).toMatch(/^the curriculum runs more than a billion weeks \(more than a billion weeks of modules/);
  });
});
