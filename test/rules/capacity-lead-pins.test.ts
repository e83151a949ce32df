import { describe, expect, it } from 'vitest';
import { MINIMAL, edit } from '../helpers/program.js';
import { cohortFile, withFiles } from './consistency.fixture.js';
import { findingsOf, whereRule } from './reference.fixture.js';

const RULE = 'capacity/lead-pins';
const COHORT = 'cohorts/spring.yaml';
const ROSTER = 'mentors.yaml';
/** MINIMAL runs 2026-03-02 to 2026-04-05 with g1 and g2; lena (capacity 1) is pinned to lead g1 on line 17. */
const LEAD_PIN = '    - { group: g1, lead: lena }\n';
const withLeadPins = (pins: string[], base = MINIMAL) => edit(COHORT, LEAD_PIN, LEAD_PIN + pins.map((pin) => `    - ${pin}\n`).join(''), base);
/** A second cohort of 2 (one group) whose lead pins are on lines 12, 13, … */
const second = (start: string, pins: string[], base = MINIMAL, curriculum = 'basics') =>
  withFiles({ 'cohorts/second.yaml': `${cohortFile('second', start, 2, '{ min: 1, max: 3 }', curriculum)}  pins:\n${pins.map((pin) => `    - ${pin}\n`).join('')}` }, base);
const LENA_LEADS_TWO = edit(ROSTER, 'tier: lead, capacity: 1, skills: [app-building, data-modeling]', 'tier: lead, capacity: 2, skills: [app-building, data-modeling]');

describe(RULE, () => {
  const cases = [
    { name: 'a lead pinned to as many groups as their capacity', files: MINIMAL, expected: [] },
    { name: 'a lead pinned to two groups of one cohort, capacity 1', files: withLeadPins(['{ group: g2, lead: lena }']), expected: [`${COHORT}:18:26 ${RULE}`] },
    { name: 'a lead pinned to two groups of one cohort, capacity 2', files: withLeadPins(['{ group: g2, lead: lena }'], LENA_LEADS_TWO), expected: [] },
    { name: 'the same lead pin twice counts once', files: withLeadPins(['{ group: g1, lead: lena }']), expected: [] },
    // pins/conflict reports the second lead pin of g1; the planner ignores it, so it takes no capacity.
    { name: 'a lead pin the planner ignores takes no capacity', files: edit(COHORT, LEAD_PIN, '    - { group: g1, lead: omar }\n' + LEAD_PIN), expected: [] },
    { name: 'a lead pinned in a second cohort that overlaps', files: second('2026-03-16', ['{ group: g1, lead: lena }']), expected: [`cohorts/second.yaml:12:26 ${RULE}`] },
    { name: 'a lead pinned in a second cohort that starts after the first ends', files: second('2026-04-06', ['{ group: g1, lead: lena }']), expected: [] },
    { name: 'a lead pinned in an overlapping cohort whose curriculum is unknown', files: second('2026-03-16', ['{ group: g1, lead: lena }'], MINIMAL, 'nope'), expected: [] },
    { name: 'a roster that failed its schema is not judged', files: edit(ROSTER, 'tier: lead, capacity: 1, skills: [app-building] }', 'tier: lead, capacity: many, skills: [app-building] }', withLeadPins(['{ group: g2, lead: lena }'])), expected: [] },
  ];
  it.each(cases)('$name', ({ files, expected }) => {
    expect(whereRule(RULE, files)).toEqual(expected);
  });

  it('says how many groups, when, the capacity, and what the planner does', () => {
    expect(findingsOf(RULE, withLeadPins(['{ group: g2, lead: lena }']))).toMatchObject([
      {
        severity: 'warning',
        message: 'lena is pinned to lead 2 groups from 2026-03-02 to 2026-04-05 but has capacity 1: the planner keeps this pin to g2 and warns that lena has no lead capacity left',
        hint: "raise lena's capacity, or remove a pin of lena to lead a group",
      },
    ]);
  });

  it('points at the first pin over capacity in the cohort planned last', () => {
    // Spring takes lena's one place with g1; of second's two pins the first is already over.
    const files = second('2026-03-16', ['{ group: g1, lead: lena }', '{ group: g1, lead: omar }']);
    expect(whereRule(RULE, files)).toEqual([`cohorts/second.yaml:12:26 ${RULE}`]);
    // Capacity 2: spring takes one place, second's first pin the other, its pin of another lead none.
    expect(whereRule(RULE, second('2026-03-16', ['{ group: g1, lead: lena }'], LENA_LEADS_TWO))).toEqual([]);
    const three = second('2026-03-16', ['{ group: g1, lead: lena }'], withLeadPins(['{ group: g2, lead: lena }'], LENA_LEADS_TWO));
    expect(findingsOf(RULE, three)).toMatchObject([{ line: 12, column: 26, message: expect.stringMatching(/^lena is pinned to lead 3 groups from 2026-03-16 to 2026-04-05 but has capacity 2:/) }]);
  });
});
