import { describe, expect, it } from 'vitest';
import { MINIMAL, edit } from '../helpers/program.js';
import { OTHER_COHORT, findingsOf, whereRule, withFile } from './reference.fixture.js';

const RULE = 'ref/participant';
const COHORT = 'cohorts/spring.yaml';

describe(RULE, () => {
  const cases = [
    { name: 'known team members and pins', files: MINIMAL, expected: [] },
    { name: 'a cohort without pins or projects', files: withFile('cohorts/autumn.yaml', OTHER_COHORT), expected: [] },
    { name: 'a misspelt team member', files: edit(COHORT, 'team: [ana, ben]', 'team: [ana, bne]'), expected: [`${COHORT}:21:19 ${RULE}`] },
    { name: 'a misspelt pinned participant', files: edit(COHORT, 'participant: ana', 'participant: anna'), expected: [`${COHORT}:16:22 ${RULE}`] },
    { name: 'a participant of another cohort', files: withFile('cohorts/autumn.yaml', OTHER_COHORT, edit(COHORT, 'team: [ana, ben]', 'team: [zoe, ben]')), expected: [`${COHORT}:21:14 ${RULE}`] },
  ];
  it.each(cases)('$name', ({ files, expected }) => {
    expect(whereRule(RULE, files)).toEqual(expected);
  });

  it('suggests the closest participant and names those of the cohort', () => {
    const [finding] = findingsOf(RULE, edit(COHORT, 'participant: ana', 'participant: anna'));
    expect(finding?.message).toBe('participant "anna" does not exist (did you mean "ana"?)');
    expect(finding?.hint).toBe('name a participant of cohort "spring-2026": ana, ben, cleo, dev');
  });
});
