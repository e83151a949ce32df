import { describe, expect, it } from 'vitest';
import { MINIMAL, edit } from '../helpers/program.js';
import { BROKEN_ROSTER, OTHER_ROSTER, findingsOf, whereRule, withFile } from './reference.fixture.js';

const RULE = 'ref/mentor';
const COHORT = 'cohorts/spring.yaml';

function withCommunity(host: string): Record<string, string> {
  const community = `    - { id: data-circle, name: Data Circle, cadence: monthly, time: "16:00"${host} }\n`;
  return edit('program.yaml', '  holidays: [2026-04-03]\n', `  holidays: [2026-04-03]\n  communities:\n${community}`);
}

describe(RULE, () => {
  const cases = [
    { name: 'a lead pin naming a lead mentor', files: MINIMAL, expected: [] },
    { name: 'a lead from another roster', files: withFile('mentors-guests.yaml', OTHER_ROSTER, edit(COHORT, 'lead: lena', 'lead: zara')), expected: [] },
    { name: 'a misspelt lead', files: edit(COHORT, 'lead: lena', 'lead: lenna'), expected: [`${COHORT}:17:26 ${RULE}`] },
    { name: 'a community mentor as lead', files: edit(COHORT, 'lead: lena', 'lead: pia'), expected: [`${COHORT}:17:26 ${RULE}`] },
    { name: 'leads are not checked while a roster is broken', files: withFile('mentors-guests.yaml', BROKEN_ROSTER, edit(COHORT, 'lead: lena', 'lead: zara')), expected: [] },
    { name: 'a community without a host', files: withCommunity(''), expected: [] },
    { name: 'a community hosted by a community mentor', files: withCommunity(', host: pia'), expected: [] },
    { name: 'a misspelt host', files: withCommunity(', host: omer'), expected: [`program.yaml:8:84 ${RULE}`] },
  ];
  it.each(cases)('$name', ({ files, expected }) => {
    expect(whereRule(RULE, files)).toEqual(expected);
  });

  it('suggests the closest lead mentor', () => {
    const [finding] = findingsOf(RULE, edit(COHORT, 'lead: lena', 'lead: lenna'));
    expect(finding?.message).toBe('lead mentor "lenna" does not exist (did you mean "lena"?)');
    expect(finding?.hint).toBe('name a lead-tier mentor of a MentorRoster: lena, omar');
  });

  it('says plainly when the lead is a community mentor', () => {
    const [finding] = findingsOf(RULE, edit(COHORT, 'lead: lena', 'lead: pia'));
    expect(finding?.message).toBe('"pia" is a community mentor; only a lead-tier mentor can lead a group');
    expect(finding?.hint).toBe('pin a lead-tier mentor (lena, omar), or give pia "tier: lead" in the roster');
  });
});
