import { describe, expect, it } from 'vitest';
import { MINIMAL, diagnose, edit, where } from '../helpers/program.js';
import { cohortFile, withFiles } from './consistency.fixture.js';

const RULE = 'capacity/lead-mentors';
const only = (files: Record<string, string>) => where(files).filter((w) => w.endsWith(` ${RULE}`));
const messages = (files: Record<string, string>) => diagnose(files).filter((d) => d.rule === RULE).map((d) => d.message);
/** MINIMAL runs 2026-03-02 to 2026-04-05 with 2 groups; lena and omar lead one group each. */
const oneLead = edit('mentors.yaml', 'tier: lead, capacity: 1, skills: [app-building] }', 'tier: community, capacity: 1, skills: [app-building] }');
const second = (start: string, participants: number, base = MINIMAL, curriculum = 'basics') =>
  withFiles({ 'cohorts/second.yaml': cohortFile('second', start, participants, '{ min: 1, max: 3 }', curriculum) }, base);

describe(RULE, () => {
  const cases = [
    { name: 'two leads for two groups', files: MINIMAL, expected: [] },
    { name: 'one lead for two groups', files: oneLead, expected: [`cohorts/spring.yaml:7:11 ${RULE}`] },
    { name: 'a second cohort after the first ends', files: second('2026-04-06', 4), expected: [] },
    { name: 'a second cohort overlapping', files: second('2026-03-16', 2), expected: [`cohorts/second.yaml:7:11 ${RULE}`] },
    { name: 'back-to-back cohorts short by the same', files: second('2026-04-06', 4, oneLead), expected: [`cohorts/second.yaml:7:11 ${RULE}`] },
    { name: 'a second cohort without participants', files: second('2026-03-16', 0), expected: [] },
    { name: 'an unknown curriculum is skipped', files: second('2026-03-16', 2, MINIMAL, 'nope'), expected: [] },
    { name: 'a roster that failed its schema is not judged', files: edit('mentors.yaml', 'tier: lead, capacity: 1,', 'tier: lead, capacity: many,', oneLead), expected: [] },
    { name: 'no roster at all', files: Object.fromEntries(Object.entries(MINIMAL).filter(([f]) => f !== 'mentors.yaml')), expected: [`cohorts/spring.yaml:7:11 ${RULE}`] },
  ];
  it.each(cases)('$name', ({ files, expected }) => {
    expect(only(files)).toEqual(expected);
  });

  it('says how short, over which dates', () => {
    expect(diagnose(oneLead).find((d) => d.rule === RULE)).toMatchObject({
      severity: 'error',
      message: 'lead mentors cover 1 group but 2 run from 2026-03-02 to 2026-04-05 (short by 1)',
      hint: 'add lead mentors, raise capacity, or raise groups.max',
    });
    expect(messages(second('2026-03-16', 2))).toEqual(['lead mentors cover 2 groups but 3 run from 2026-03-16 to 2026-04-05 (short by 1)']);
  });

  it('joins consecutive days with the same shortfall across cohorts', () => {
    expect(messages(second('2026-04-06', 4, oneLead))).toEqual(['lead mentors cover 1 group but 2 run from 2026-03-02 to 2026-05-10 (short by 1)']);
  });

  it('reports a one-day overlap on its date, and each different shortfall separately', () => {
    expect(messages(second('2026-04-05', 2))).toEqual(['lead mentors cover 2 groups but 3 run on 2026-04-05 (short by 1)']);
    // Each run sits on the latest-starting cohort running then; output is sorted by file.
    const files = second('2026-03-16', 4, oneLead);
    expect(only(files)).toEqual([`cohorts/second.yaml:7:11 ${RULE}`, `cohorts/second.yaml:7:11 ${RULE}`, `cohorts/spring.yaml:7:11 ${RULE}`]);
    expect(messages(files)).toEqual([
      'lead mentors cover 1 group but 2 run from 2026-04-06 to 2026-04-19 (short by 1)',
      'lead mentors cover 1 group but 4 run from 2026-03-16 to 2026-04-05 (short by 3)',
      'lead mentors cover 1 group but 2 run from 2026-03-02 to 2026-03-15 (short by 1)',
    ]);
  });
});
