import { describe, expect, it } from 'vitest';
import { MINIMAL, diagnose, edit, where } from '../helpers/program.js';

const RULE = 'time/range';
const only = (files: Record<string, string>) => where(files).filter((w) => w.endsWith(` ${RULE}`));
const holiday = (from: string, to: string) => edit('program.yaml', 'holidays: [2026-04-03]', `holidays: [{ from: ${from}, to: ${to} }]`);
const stay = (joined: string, left: string) => edit('cohorts/spring.yaml', 'department: HR }', `department: HR, joined: ${joined}, left: ${left} }`);

describe(RULE, () => {
  const cases = [
    { name: 'no spans', files: MINIMAL, expected: [] },
    { name: 'a one-day period', files: holiday('2026-12-24', '2026-12-24'), expected: [] },
    { name: 'a period that ends before it starts', files: holiday('2026-12-24', '2026-12-01'), expected: [`program.yaml:6:38 ${RULE}`] },
    { name: 'an impossible end is left to time/date', files: holiday('2026-12-24', '2026-11-31'), expected: [] },
    { name: 'joined then left', files: stay('2026-03-09', '2026-05-01'), expected: [] },
    { name: 'left before joining', files: stay('2026-03-09', '2026-03-01'), expected: [`cohorts/spring.yaml:12:96 ${RULE}`] },
    { name: 'a mentor away backwards', files: edit('mentors.yaml', '{ id: lena,', '{ id: lena, unavailable: [{ from: 2026-06-10, to: 2026-06-01 }],'), expected: [`mentors.yaml:6:57 ${RULE}`] },
  ];
  it.each(cases)('$name', ({ files, expected }) => {
    expect(only(files)).toEqual(expected);
  });

  it('names both ends', () => {
    expect(diagnose(stay('2026-03-09', '2026-03-01')).find((d) => d.rule === RULE)).toMatchObject({ message: 'left (2026-03-01) is before joined (2026-03-09)', hint: 'swap them, or correct `left`' });
    expect(diagnose(holiday('2026-12-24', '2026-12-01')).find((d) => d.rule === RULE)).toMatchObject({ message: 'to (2026-12-01) is before from (2026-12-24)', hint: 'swap them, or correct `to`' });
  });
});
