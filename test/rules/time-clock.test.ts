import { describe, expect, it } from 'vitest';
import { MINIMAL, diagnose, edit, where } from '../helpers/program.js';

const RULE = 'time/clock';
const only = (files: Record<string, string>) => where(files).filter((w) => w.endsWith(` ${RULE}`));
const programHours = (start: string, end: string) => edit('program.yaml', '  holidays:', `  workingHours: { start: "${start}", end: "${end}" }\n  holidays:`);

describe(RULE, () => {
  const cases = [
    { name: 'default working hours', files: MINIMAL, expected: [] },
    { name: 'a normal day', files: programHours('09:00', '17:00'), expected: [] },
    { name: 'the program day ends before it starts', files: programHours('17:00', '09:00'), expected: [`program.yaml:6:40 ${RULE}`] },
    { name: 'an empty day', files: programHours('09:00', '09:00'), expected: [`program.yaml:6:40 ${RULE}`] },
    { name: "a participant's hours", files: edit('cohorts/spring.yaml', 'department: HR }', 'department: HR, workingHours: { start: "18:00", end: "08:00" } }'), expected: [`cohorts/spring.yaml:12:107 ${RULE}`] },
    { name: "a mentor's hours", files: edit('mentors.yaml', '{ id: omar,', '{ id: omar, workingHours: { start: "12:00", end: "11:59" },'), expected: [`mentors.yaml:7:56 ${RULE}`] },
  ];
  it.each(cases)('$name', ({ files, expected }) => {
    expect(only(files)).toEqual(expected);
  });

  it('quotes both times', () => {
    expect(diagnose(programHours('17:00', '09:00')).find((d) => d.rule === RULE)).toMatchObject({
      message: 'working hours end at 09:00, which is not after their start at 17:00',
      hint: 'working hours run within one day: start before end, e.g. "09:00" to "17:00"',
    });
  });
});
