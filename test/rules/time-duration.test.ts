import { describe, expect, it } from 'vitest';
import { MINIMAL, diagnose, edit, where } from '../helpers/program.js';

const RULE = 'time/duration';
const only = (files: Record<string, string>) => where(files).filter((w) => w.endsWith(` ${RULE}`));
const touchpoint = (duration: string) => edit('cohorts/spring.yaml', 'duration: 30m', `duration: ${duration}`);
const community = (duration: string) =>
  edit('program.yaml', '  holidays:', `  communities:\n    - { id: circle, name: Circle, cadence: monthly, time: "16:00", duration: ${duration} }\n  holidays:`);

describe(RULE, () => {
  const cases = [
    { name: 'half an hour', files: MINIMAL, expected: [] },
    { name: 'just under a day', files: touchpoint('23h59m'), expected: [] },
    { name: 'minutes over 60', files: touchpoint('90m'), expected: [] },
    { name: 'zero minutes', files: touchpoint('0m'), expected: [`cohorts/spring.yaml:9:66 ${RULE}`] },
    { name: 'zero hours and minutes', files: touchpoint('0h0m'), expected: [`cohorts/spring.yaml:9:66 ${RULE}`] },
    { name: 'a whole day', files: touchpoint('24h'), expected: [`cohorts/spring.yaml:9:66 ${RULE}`] },
    { name: 'a community meeting of 1h', files: community('1h'), expected: [] },
    { name: 'a community meeting of zero', files: community('0h'), expected: [`program.yaml:7:78 ${RULE}`] },
  ];
  it.each(cases)('$name', ({ files, expected }) => {
    expect(only(files)).toEqual(expected);
  });

  it('says what is wrong', () => {
    expect(diagnose(touchpoint('0m')).find((d) => d.rule === RULE)).toMatchObject({ message: 'duration "0m" is zero', hint: 'write a length such as 30m, 1h or 1h30m' });
    expect(diagnose(touchpoint('25h')).find((d) => d.rule === RULE)).toMatchObject({ message: 'duration "25h" is a day or longer', hint: 'a session must fit within one day' });
  });
});
