import { describe, expect, it } from 'vitest';
import { MINIMAL, edit, where } from '../helpers/program.js';

describe('a file that cannot be read', () => {
  it('is the only finding: names it declares are not reported missing, capacity is not judged without it', () => {
    // mentors.yaml declares lena (a pinned lead and the project's approver), omar and pia.
    const broken = edit('mentors.yaml', 'capacity: 6', 'capacity: [6');
    expect(where(broken)).toEqual(['mentors.yaml:8:109 yaml/syntax']);
  });

  it('a curriculum file with a duplicate key: the cohort that follows it is not told the curriculum is missing', () => {
    const broken = edit('curricula/basics.yaml', 'hoursPerWeek: 4', 'hoursPerWeek: 4\n  hoursPerWeek: 5');
    expect(where(broken).map((w) => w.split(' ')[1])).toEqual(['yaml/duplicate-key']);
  });

  it('an unreadable governance.yaml is not reported as missing', () => {
    const broken = edit('governance.yaml', 'reviewEvery: 6', 'reviewEvery: !!int "6"');
    expect(where(broken).map((w) => w.split(' ')[1])).toEqual(['yaml/tag']);
  });

  it('a readable program still gets every rule', () => {
    expect(where(edit('cohorts/spring.yaml', 'lead: lena', 'lead: lenna'))).toContainEqual(expect.stringMatching(/ ref\/mentor$/));
    expect(where(MINIMAL)).toEqual([]);
  });
});
