import { describe, expect, it } from 'vitest';
import { MINIMAL, edit } from '../helpers/program.js';
import { BROKEN_ROSTER, OTHER_ROSTER, findingsOf, whereRule, withFile } from './reference.fixture.js';

const RULE = 'ref/approver';
const GOVERNANCE = 'governance.yaml';
const APPROVERS = 'approvers: [lena, steward@acme.example]';

describe(RULE, () => {
  const cases = [
    { name: 'a mentor and an email', files: MINIMAL, expected: [] },
    { name: 'no approvers', files: edit(GOVERNANCE, `  ${APPROVERS}\n`, ''), expected: [] },
    { name: 'an email of someone outside the rosters', files: edit(GOVERNANCE, APPROVERS, 'approvers: [lena, Data.Office@acme.example]'), expected: [] },
    { name: 'a mentor of another roster', files: withFile('mentors-guests.yaml', OTHER_ROSTER, edit(GOVERNANCE, APPROVERS, 'approvers: [zara]')), expected: [] },
    { name: 'a misspelt mentor', files: edit(GOVERNANCE, APPROVERS, 'approvers: [lenna, steward@acme.example]'), expected: [`${GOVERNANCE}:14:15 ${RULE}`] },
    { name: 'a name that is neither', files: edit(GOVERNANCE, APPROVERS, 'approvers: [lena, data-office]'), expected: [`${GOVERNANCE}:14:21 ${RULE}`] },
    { name: 'approvers are not checked while a roster is broken', files: withFile('mentors-guests.yaml', BROKEN_ROSTER, edit(GOVERNANCE, APPROVERS, 'approvers: [zara]')), expected: [] },
  ];
  it.each(cases)('$name', ({ files, expected }) => {
    expect(whereRule(RULE, files)).toEqual(expected);
  });

  it('suggests the closest mentor and says an email would do', () => {
    const [finding] = findingsOf(RULE, edit(GOVERNANCE, APPROVERS, 'approvers: [lenna, steward@acme.example]'));
    expect(finding?.message).toBe('mentor "lenna" does not exist (did you mean "lena"?)');
    expect(finding?.hint).toBe('name a mentor of a MentorRoster (lena, omar, pia), or write an email address');
  });
});
