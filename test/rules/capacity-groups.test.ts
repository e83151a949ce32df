import { describe, expect, it } from 'vitest';
import { MINIMAL, diagnose, edit, where } from '../helpers/program.js';
import { cohortFile, withFiles } from './consistency.fixture.js';

const RULE = 'capacity/groups';
const only = (files: Record<string, string>) => where(files).filter((w) => w.endsWith(` ${RULE}`));
const groups = (bounds: string) => edit('cohorts/spring.yaml', 'groups: { min: 2, max: 3 }', `groups: ${bounds}`);
const extra = (participants: number, bounds: string) => withFiles({ 'cohorts/extra.yaml': cohortFile('extra', '2027-01-04', participants, bounds) });
const finding = (files: Record<string, string>) => diagnose(files).find((d) => d.rule === RULE);

describe(RULE, () => {
  const cases = [
    { name: '4 people in groups of 2 to 3', files: MINIMAL, expected: [] },
    { name: 'min defaults to 1', files: groups('{ max: 3 }'), expected: [] },
    { name: 'one group of all', files: groups('{ min: 4, max: 4 }'), expected: [] },
    { name: 'min above max', files: groups('{ min: 4, max: 3 }'), expected: [`cohorts/spring.yaml:7:18 ${RULE}`] },
    { name: 'fewer people than min', files: groups('{ min: 5, max: 6 }'), expected: [`cohorts/spring.yaml:7:11 ${RULE}`] },
    { name: 'balanced groups fall under min', files: groups('{ min: 3, max: 3 }'), expected: [`cohorts/spring.yaml:7:11 ${RULE}`] },
    { name: '7 people in groups of 4 to 6', files: extra(7, '{ min: 4, max: 6 }'), expected: [`cohorts/extra.yaml:7:11 ${RULE}`] },
    { name: '7 people in groups of 3 to 4', files: extra(7, '{ min: 3, max: 4 }'), expected: [] },
    { name: 'no participants yet', files: extra(0, '{ min: 4, max: 6 }'), expected: [] },
  ];
  it.each(cases)('$name', ({ files, expected }) => {
    expect(only(files)).toEqual(expected);
  });

  it('explains bounds that contradict each other', () => {
    expect(finding(groups('{ min: 4, max: 3 }'))).toMatchObject({ message: 'groups.min (4) is greater than groups.max (3)', hint: 'make groups.min at most 3, or raise groups.max' });
  });

  it('explains too few people', () => {
    expect(finding(groups('{ min: 5, max: 6 }'))).toMatchObject({ message: '4 participants cannot form a group of at least 5', hint: 'lower groups.min to 4, or add 1 participant' });
  });

  it('gives the sizes and the least change to either bound', () => {
    expect(finding(groups('{ min: 3, max: 3 }'))).toMatchObject({
      message: '4 participants cannot be split into groups of 3 to 3: 2 balanced groups would have 2 people each',
      hint: 'lower groups.min to 2, or raise groups.max to 4',
    });
    expect(finding(extra(7, '{ min: 4, max: 6 }'))).toMatchObject({
      message: '7 participants cannot be split into groups of 4 to 6: 2 balanced groups would have 3 or 4 people',
      hint: 'lower groups.min to 3, or raise groups.max to 7',
    });
    expect(finding(extra(13, '{ min: 5, max: 6 }'))?.hint).toBe('lower groups.min to 4, or raise groups.max to 7');
  });
});
