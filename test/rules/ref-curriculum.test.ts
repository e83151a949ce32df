import { describe, expect, it } from 'vitest';
import { MINIMAL, diagnose, edit, where } from '../helpers/program.js';

describe('ref/curriculum', () => {
  const cases = [
    { name: 'a known curriculum', files: MINIMAL, expected: [] },
    { name: 'a misspelt curriculum', files: edit('cohorts/spring.yaml', 'curriculum: basics', 'curriculum: basic'), expected: ['cohorts/spring.yaml:5:15 ref/curriculum'] },
  ];
  it.each(cases)('$name', ({ files, expected }) => {
    expect(where(files).filter((w) => w.endsWith('ref/curriculum'))).toEqual(expected);
  });

  it('suggests the closest id', () => {
    const [finding] = diagnose(edit('cohorts/spring.yaml', 'curriculum: basics', 'curriculum: basic'));
    expect(finding?.message).toBe('curriculum "basic" does not exist (did you mean "basics"?)');
  });
});
