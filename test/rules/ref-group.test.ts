import { describe, expect, it } from 'vitest';
import { MINIMAL, edit } from '../helpers/program.js';
import { findingsOf, whereRule } from './reference.fixture.js';

const RULE = 'ref/group';
const COHORT = 'cohorts/spring.yaml';
const PARTICIPANT_PIN = 'participant: ana, group: g1';
const LEAD_PIN = 'group: g1, lead: lena';

/** MINIMAL's cohort cut before its participants, then given none (and so no participant pin or project team). */
const SPRING = MINIMAL[COHORT]!;
const EMPTY = { ...MINIMAL, [COHORT]: `${SPRING.slice(0, SPRING.indexOf('  participants:'))}  participants: []\n  pins:\n    - { group: g1, lead: lena }\n` };

describe(RULE, () => {
  const cases = [
    { name: 'g1 of two groups', files: MINIMAL, expected: [] },
    { name: 'g2 of two groups (4 participants, at most 3)', files: edit(COHORT, PARTICIPANT_PIN, 'participant: ana, group: g2'), expected: [] },
    { name: 'g3 of two groups', files: edit(COHORT, PARTICIPANT_PIN, 'participant: ana, group: g3'), expected: [`${COHORT}:16:34 ${RULE}`] },
    { name: 'a lead pinned to a missing group', files: edit(COHORT, LEAD_PIN, 'group: g12, lead: lena'), expected: [`${COHORT}:17:16 ${RULE}`] },
    { name: 'g2 when all fit in one group', files: edit(COHORT, 'max: 3 }', 'max: 4 }', edit(COHORT, PARTICIPANT_PIN, 'participant: ana, group: g2')), expected: [`${COHORT}:16:34 ${RULE}`] },
    { name: 'any group of a cohort without participants', files: EMPTY, expected: [`${COHORT}:12:16 ${RULE}`] },
  ];
  it.each(cases)('$name', ({ files, expected }) => {
    expect(whereRule(RULE, files)).toEqual(expected);
  });

  it('explains how many groups there are', () => {
    const [finding] = findingsOf(RULE, edit(COHORT, PARTICIPANT_PIN, 'participant: ana, group: g3'));
    expect(finding?.message).toBe('group "g3" does not exist: 4 participants in groups of at most 3 make 2 groups');
    expect(finding?.hint).toBe('pin to one of g1 … g2, or change groups.max');
  });

  it('says when a cohort has no groups at all', () => {
    const [finding] = findingsOf(RULE, EMPTY);
    expect(finding?.message).toBe('group "g1" does not exist: 0 participants in groups of at most 3 make 0 groups');
  });
});
