import { describe, expect, it } from 'vitest';
import { edit, editAll } from '../helpers/program.js';
import { findingsOf, whereRule } from './reference.fixture.js';

const RULE = 'time/same-person';
const COHORT = 'cohorts/spring.yaml';
const ROSTER = 'mentors.yaml';

/** MINIMAL with ben (no zone or hours of his own) replaced by pia, the community mentor, under her email. */
const PIA_TAKES_PART = editAll(COHORT, [
  ['{ id: ben, name: Ben, email: ben@acme.example', '{ id: pia, name: Pia, email: pia@acme.example'],
]);

describe(RULE, () => {
  const cases = [
    { name: 'a participant who is not on the roster', files: edit(COHORT, 'start: 2026-03-02', 'start: 2026-03-02\n  timezone: America/New_York'), expected: [] },
    { name: 'both records on the program defaults', files: PIA_TAKES_PART, expected: [] },
    { name: "the cohort's zone differs from the program's", files: edit(COHORT, 'start: 2026-03-02', 'start: 2026-03-02\n  timezone: America/New_York', PIA_TAKES_PART), expected: [`${COHORT}:13:13 ${RULE}`] },
    { name: 'the same zone written in both records', files: edit(ROSTER, 'email: pia@acme.example,', 'email: pia@acme.example, timezone: America/New_York,', edit(COHORT, 'email: pia@acme.example', 'email: pia@acme.example, timezone: America/New_York', PIA_TAKES_PART)), expected: [] },
    { name: 'the same days in another order', files: edit(ROSTER, 'email: pia@acme.example,', 'email: pia@acme.example, workingHours: { days: [tue, mon] },', edit(COHORT, 'email: pia@acme.example', 'email: pia@acme.example, workingHours: { days: [mon, tue] }', PIA_TAKES_PART)), expected: [] },
    { name: 'working hours only on the roster', files: edit(ROSTER, 'email: pia@acme.example,', 'email: pia@acme.example, workingHours: { start: "10:00", end: "18:00" },', PIA_TAKES_PART), expected: [`${COHORT}:12:13 ${RULE}`] },
  ];
  it.each(cases)('$name', ({ files, expected }) => {
    expect(whereRule(RULE, files)).toEqual(expected);
  });

  it('says which record each value comes from and how to make them one', () => {
    const files = edit(COHORT, 'start: 2026-03-02', 'start: 2026-03-02\n  timezone: America/New_York', PIA_TAKES_PART);
    const [finding] = findingsOf(RULE, files);
    expect(finding?.message).toBe(`participant "pia" is also a mentor (mentors.yaml:8) with another time zone America/New_York (the cohort's) here, Europe/Berlin (the program's) as a mentor`);
    expect(finding?.hint).toBe('give both records the same timezone: the sessions they attend follow this record, the ones they lead the mentor record');
  });

  it('points at the participant\'s own setting when there is one, and names both differences', () => {
    const files = edit(ROSTER, 'email: pia@acme.example,', 'email: pia@acme.example, workingHours: { start: "10:00", end: "17:00" },', edit(COHORT, 'email: pia@acme.example', 'email: pia@acme.example, timezone: Asia/Tokyo', PIA_TAKES_PART));
    const [finding] = findingsOf(RULE, files);
    expect(whereRule(RULE, files)).toEqual([`${COHORT}:12:64 ${RULE}`]);
    expect(finding?.message).toBe(
      'participant "pia" is also a mentor (mentors.yaml:8) with another time zone Asia/Tokyo here, Europe/Berlin (the program\'s) as a mentor; working hours 09:00–17:00 mon,tue,wed,thu,fri (the program\'s) here, 10:00–17:00 mon,tue,wed,thu,fri as a mentor',
    );
    expect(finding?.hint).toBe('give both records the same timezone and workingHours: the sessions they attend follow this record, the ones they lead the mentor record');
  });
});
