import { describe, expect, it } from 'vitest';
import { MINIMAL, diagnose, edit, where } from '../helpers/program.js';

const RULE = 'time/date';
const only = (files: Record<string, string>) => where(files).filter((w) => w.endsWith(` ${RULE}`));
const holidays = (list: string) => edit('program.yaml', 'holidays: [2026-04-03]', `holidays: ${list}`);

describe(RULE, () => {
  const cases = [
    { name: 'real dates', files: MINIMAL, expected: [] },
    { name: 'a leap day in a leap year', files: holidays('[2028-02-29]'), expected: [] },
    { name: 'a holiday on February 30', files: holidays('[2026-02-30]'), expected: [`program.yaml:6:14 ${RULE}`] },
    { name: 'a named holiday', files: holidays('[{ date: 2026-04-31, name: X }]'), expected: [`program.yaml:6:22 ${RULE}`] },
    { name: 'a holiday period end', files: holidays('[{ from: 2026-12-24, to: 2026-12-32 }]'), expected: [`program.yaml:6:38 ${RULE}`] },
    { name: 'a cohort start in month 13', files: edit('cohorts/spring.yaml', 'start: 2026-03-02', 'start: 2026-13-02'), expected: [`cohorts/spring.yaml:6:10 ${RULE}`] },
    { name: 'a participant joined on a missing leap day', files: edit('cohorts/spring.yaml', 'department: HR }', 'department: HR, joined: 2026-02-29 }'), expected: [`cohorts/spring.yaml:12:78 ${RULE}`] },
    { name: 'a participant left on day 00', files: edit('cohorts/spring.yaml', 'department: HR }', 'department: HR, left: 2026-05-00 }'), expected: [`cohorts/spring.yaml:12:76 ${RULE}`] },
    { name: 'an approval date', files: edit('cohorts/spring.yaml', 'on: 2026-03-20', 'on: 2026-03-32'), expected: [`cohorts/spring.yaml:25:33 ${RULE}`] },
    { name: 'a mentor unavailable span', files: edit('mentors.yaml', '{ id: lena,', '{ id: lena, unavailable: [{ from: 2026-06-31, to: 2026-07-02 }],'), expected: [`mentors.yaml:6:41 ${RULE}`] },
    { name: 'the governance review date', files: edit('governance.yaml', 'lastReviewed: 2026-01-15', 'lastReviewed: 2025-02-29'), expected: [`governance.yaml:5:17 ${RULE}`] },
  ];
  it.each(cases)('$name', ({ files, expected }) => {
    expect(only(files)).toEqual(expected);
  });

  it('says why the date does not exist', () => {
    expect(diagnose(holidays('[2025-02-30]')).find((d) => d.rule === RULE)).toMatchObject({ message: '"2025-02-30" is not a calendar date', hint: 'February 2025 has 28 days' });
    expect(diagnose(edit('cohorts/spring.yaml', 'start: 2026-03-02', 'start: 2026-13-02')).find((d) => d.rule === RULE)?.hint).toBe('months run from 01 to 12');
  });
});
