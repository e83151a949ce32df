import { describe, expect, it } from 'vitest';
import { MINIMAL, edit } from '../helpers/program.js';
import { findingsOf, whereRule } from './reference.fixture.js';

const RULE = 'pins/conflict';
const COHORT = 'cohorts/spring.yaml';
const ROSTER = 'mentors.yaml';
/** MINIMAL's pins are lines 16 (ana to g1) and 17 (lena leads g1); 4 participants in groups of at most 3 make g1 and g2. */
const PARTICIPANT_PIN = '    - { participant: ana, group: g1 }\n';
const LEAD_PIN = '    - { group: g1, lead: lena }\n';

/** MINIMAL with more pins after its participant pin (lines 17, 18, …; the lead pin moves down). */
const withParticipantPins = (...pins: string[]) => edit(COHORT, PARTICIPANT_PIN, PARTICIPANT_PIN + pins.map((pin) => `    - ${pin}\n`).join(''));
/** MINIMAL with more pins after its lead pin (lines 18, 19, …). */
const withLeadPins = (...pins: string[]) => edit(COHORT, LEAD_PIN, LEAD_PIN + pins.map((pin) => `    - ${pin}\n`).join(''));
/** Lena also takes part in the cohort (same email, so she is one person); 5 participants still make g1 and g2. */
const LENA_TAKES_PART = edit(COHORT, '  pins:\n', '    - { id: lena, name: Lena, email: lena@acme.example }\n  pins:\n');
const FULL_G1 = withParticipantPins('{ participant: ben, group: g1 }', '{ participant: cleo, group: g1 }', '{ participant: dev, group: g1 }');

describe(RULE, () => {
  const cases = [
    { name: 'one group per participant, one lead per group', files: MINIMAL, expected: [] },
    { name: 'a participant pinned to two groups', files: withParticipantPins('{ participant: ana, group: g2 }'), expected: [`${COHORT}:17:34 ${RULE}`] },
    { name: 'a participant pinned twice to the same group', files: withParticipantPins('{ participant: ana, group: g1 }'), expected: [] },
    // ref/participant reports a pin of someone who is not in the cohort; the planner ignores it.
    { name: 'an unknown participant pinned to two groups', files: withParticipantPins('{ participant: zed, group: g1 }', '{ participant: zed, group: g2 }'), expected: [] },
    // ref/group reports the missing group; the planner ignores that pin and keeps the next.
    { name: 'a first pin to a missing group', files: edit(COHORT, 'participant: ana, group: g1', 'participant: ana, group: g9', withParticipantPins('{ participant: ana, group: g2 }')), expected: [] },
    { name: 'as many participants pinned to a group as groups.max', files: withParticipantPins('{ participant: ben, group: g1 }', '{ participant: cleo, group: g1 }'), expected: [] },
    { name: 'more participants pinned to a group than groups.max', files: FULL_G1, expected: [`${COHORT}:19:34 ${RULE}`] },
    { name: 'a pin over groups.max that was already ignored for another group', files: withParticipantPins('{ participant: ana, group: g2 }', '{ participant: ben, group: g1 }', '{ participant: cleo, group: g1 }'), expected: [`${COHORT}:17:34 ${RULE}`] },
    { name: 'two lead pins for one group', files: withLeadPins('{ group: g1, lead: omar }'), expected: [`${COHORT}:18:26 ${RULE}`] },
    { name: 'the same lead pinned twice to one group', files: withLeadPins('{ group: g1, lead: lena }'), expected: [] },
    { name: 'one lead pin for each group', files: withLeadPins('{ group: g2, lead: omar }'), expected: [] },
    // ref/mentor reports pia (a community mentor); the planner ignores her pin, so omar's is the first it keeps.
    { name: 'a second lead pin after one the planner ignores', files: edit(COHORT, 'group: g1, lead: lena', 'group: g1, lead: pia', withLeadPins('{ group: g1, lead: omar }')), expected: [] },
    { name: 'two lead pins when the roster failed its schema', files: edit(ROSTER, 'tier: lead, capacity: 1, skills: [app-building] }', 'tier: lead, capacity: many, skills: [app-building] }', withLeadPins('{ group: g1, lead: omar }')), expected: [] },
    { name: 'a lead pinned to lead the group they are pinned into', files: edit(COHORT, 'participant: ana, group: g1', 'participant: lena, group: g1', LENA_TAKES_PART), expected: [`${COHORT}:18:26 ${RULE}`] },
    { name: 'a lead pinned into another group', files: edit(COHORT, 'participant: ana, group: g1', 'participant: lena, group: g2', LENA_TAKES_PART), expected: [] },
  ];
  it.each(cases)('$name', ({ files, expected }) => {
    expect(whereRule(RULE, files)).toEqual(expected);
  });

  it('says which pin the planner keeps, where it is, and how to fix it', () => {
    expect(findingsOf(RULE, withParticipantPins('{ participant: ana, group: g2 }'))).toMatchObject([
      {
        severity: 'warning',
        message: 'ana is pinned to g1 (cohorts/spring.yaml:16) and to g2: the planner keeps the first pin and ignores this one',
        hint: 'keep one pin of ana: remove this one, or the one to g1',
      },
    ]);
    expect(findingsOf(RULE, withLeadPins('{ group: g1, lead: omar }'))).toMatchObject([
      {
        message: 'g1 has two lead pins, lena (cohorts/spring.yaml:17) and omar: the planner keeps the first and ignores this one',
        hint: 'a group has one lead: remove one of the lead pins of g1, or pin omar to another group',
      },
    ]);
    expect(findingsOf(RULE, edit(COHORT, 'participant: ana, group: g1', 'participant: lena, group: g1', LENA_TAKES_PART))).toMatchObject([
      {
        message: 'lena is pinned to lead g1 but is also pinned into g1 as a participant (cohorts/spring.yaml:17): the planner ignores this lead pin',
        hint: 'pin another lead to g1, or pin lena into another group',
      },
    ]);
  });

  it('reports a full group once, at its first pin over the limit, naming every pin ignored', () => {
    expect(findingsOf(RULE, FULL_G1)).toMatchObject([
      {
        message: '4 participants are pinned to g1, more than groups.max (3): the planner keeps the first 3 and ignores the pins of dev',
        hint: 'pin fewer people to g1, or raise groups.max',
      },
    ]);
    const five = edit(COHORT, '  pins:\n', '    - { id: eve, name: Eve, email: eve@acme.example }\n  pins:\n', edit(COHORT, '{ participant: dev, group: g1 }', '{ participant: dev, group: g1 }\n    - { participant: eve, group: g1 }', FULL_G1));
    expect(whereRule(RULE, five)).toEqual([`${COHORT}:20:34 ${RULE}`]);
    expect(findingsOf(RULE, five)[0]?.message).toBe('5 participants are pinned to g1, more than groups.max (3): the planner keeps the first 3 and ignores the pins of dev, eve');
  });
});
