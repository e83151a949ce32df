import { describe, expect, it } from 'vitest';
import { MINIMAL, diagnose, edit, where } from '../helpers/program.js';

const RULE = 'time/timezone';
const only = (files: Record<string, string>) => where(files).filter((w) => w.endsWith(` ${RULE}`));
const message = (files: Record<string, string>) => diagnose(files).find((d) => d.rule === RULE)?.message;
const programZone = (zone: string) => edit('program.yaml', 'timezone: Europe/Berlin', `timezone: ${zone}`);

describe(RULE, () => {
  const cases = [
    { name: 'IANA names everywhere', files: MINIMAL, expected: [] },
    { name: 'UTC', files: programZone('UTC'), expected: [] },
    { name: 'a misspelt program zone', files: programZone('Europe/Berln'), expected: [`program.yaml:5:13 ${RULE}`] },
    { name: 'an abbreviation', files: programZone('EST'), expected: [`program.yaml:5:13 ${RULE}`] },
    { name: 'a lower-case spelling', files: programZone('europe/berlin'), expected: [`program.yaml:5:13 ${RULE}`] },
    { name: 'a cohort zone', files: edit('cohorts/spring.yaml', '  start: 2026-03-02\n', '  start: 2026-03-02\n  timezone: Mars/Olympus\n'), expected: [`cohorts/spring.yaml:7:13 ${RULE}`] },
    { name: 'a participant zone', files: edit('cohorts/spring.yaml', 'timezone: Asia/Kolkata', 'timezone: Asia/Kolkatta'), expected: [`cohorts/spring.yaml:14:85 ${RULE}`] },
    { name: 'a mentor zone', files: edit('mentors.yaml', '{ id: lena,', '{ id: lena, timezone: America/New_Yrok,'), expected: [`mentors.yaml:6:29 ${RULE}`] },
  ];
  it.each(cases)('$name', ({ files, expected }) => {
    expect(only(files)).toEqual(expected);
  });

  it('suggests the closest IANA name', () => {
    expect(message(programZone('Europe/Berln'))).toBe('unknown time zone "Europe/Berln" (did you mean "Europe/Berlin"?)');
    expect(message(programZone('europe/berlin'))).toBe('unknown time zone "europe/berlin" (did you mean "Europe/Berlin"?)');
    expect(message(programZone('Mars/Olympus'))).toBe('unknown time zone "Mars/Olympus"');
  });
});
