import { describe, expect, it } from 'vitest';
import { MINIMAL, diagnose, edit, where } from '../helpers/program.js';
import { cohortFile, withFiles } from './consistency.fixture.js';

const RULE = 'capacity/community-mentors';
const only = (files: Record<string, string>) => where(files).filter((w) => w.endsWith(` ${RULE}`));
/** MINIMAL has 4 participants from 2026-03-02 to 2026-04-05; pia supports 6. */
const second = (start: string, participants: number, curriculum = 'basics') => withFiles({ 'cohorts/second.yaml': cohortFile('second', start, participants, '{ min: 1, max: 3 }', curriculum) });

describe(RULE, () => {
  const cases = [
    { name: 'room for everyone', files: MINIMAL, expected: [] },
    { name: 'exactly full', files: second('2026-03-16', 2), expected: [] },
    { name: 'one learner too many', files: second('2026-03-16', 3), expected: [`cohorts/second.yaml:3:17 ${RULE}`] },
    { name: 'after the first cohort', files: second('2026-04-06', 6), expected: [] },
    { name: 'an unknown curriculum is skipped', files: second('2026-03-16', 3, 'nope'), expected: [] },
    { name: 'a program without community mentors does not offer them', files: edit('mentors.yaml', 'tier: community, capacity: 6', 'tier: lead, capacity: 6'), expected: [] },
  ];
  it.each(cases)('$name', ({ files, expected }) => {
    expect(only(files)).toEqual(expected);
  });

  it('is a warning with the dates and the gap', () => {
    expect(diagnose(second('2026-03-16', 3)).find((d) => d.rule === RULE)).toMatchObject({
      severity: 'warning',
      message: 'community mentors cover 6 learners but 7 take part from 2026-03-16 to 2026-04-05 (short by 1)',
      hint: 'add community mentors or raise their capacity',
    });
  });
});
