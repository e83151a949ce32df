import { describe, expect, it } from 'vitest';
import { MINIMAL, diagnose, edit, where } from '../helpers/program.js';

const RULE = 'program/criteria';
const only = (files: Record<string, string>) => where(files).filter((w) => w.endsWith(` ${RULE}`));
/** The criterion lands on program.yaml line 7 (and on). */
const criteria = (...items: string[]) => edit('program.yaml', '  holidays:', `  successCriteria:\n${items.map((i) => `    - ${i}\n`).join('')}  holidays:`);
const finding = (files: Record<string, string>) => diagnose(files).find((d) => d.rule === RULE);

describe(RULE, () => {
  const cases = [
    { name: 'no criteria', files: MINIMAL, expected: [] },
    {
      name: 'the FORMAT.md example',
      files: criteria(
        '{ metric: attendance_rate, min: 0.8 }',
        '{ metric: credential_rate, min: 0.6 }',
        '{ metric: on_time_delivery, min: 0.7 }',
        '{ metric: peer_feedback_avg, min: 4.0 }',
        '{ metric: mentor_load_max, max: 8 }',
        '{ metric: completion_rate, min: 0, max: 1 }',
        '{ metric: stakeholder_satisfaction_avg, min: 1, max: 5 }',
      ),
      expected: [],
    },
    { name: 'a rate written as a percentage', files: criteria('{ metric: attendance_rate, min: 80 }'), expected: [`program.yaml:7:39 ${RULE}`] },
    { name: 'a negative share', files: criteria('{ metric: on_time_delivery, max: -0.1 }'), expected: [`program.yaml:7:40 ${RULE}`] },
    { name: 'a rating below 1', files: criteria('{ metric: peer_feedback_avg, min: 0 }'), expected: [`program.yaml:7:41 ${RULE}`] },
    { name: 'a rating above 5', files: criteria('{ metric: stakeholder_satisfaction_avg, max: 5.5 }'), expected: [`program.yaml:7:52 ${RULE}`] },
    { name: 'a fractional load', files: criteria('{ metric: mentor_load_max, max: 2.5 }'), expected: [`program.yaml:7:39 ${RULE}`] },
    { name: 'a zero load', files: criteria('{ metric: mentor_load_max, max: 0 }'), expected: [`program.yaml:7:39 ${RULE}`] },
    { name: 'min above max', files: criteria('{ metric: credential_rate, min: 0.9, max: 0.8 }'), expected: [`program.yaml:7:39 ${RULE}`] },
    { name: 'each bad bound and item', files: criteria('{ metric: credential_rate, min: 0.5 }', '{ metric: completion_rate, min: 2, max: 3 }'), expected: [`program.yaml:8:39 ${RULE}`, `program.yaml:8:47 ${RULE}`] },
  ];
  it.each(cases)('$name', ({ files, expected }) => {
    expect(only(files)).toEqual(expected);
  });

  it('suggests the share for a percentage', () => {
    expect(finding(criteria('{ metric: attendance_rate, min: 80 }'))).toMatchObject({ message: 'attendance_rate is a share from 0 to 1; min 80 is outside it', hint: 'write 0.8 for 80 %' });
  });

  it('explains ratings, loads and crossed bounds', () => {
    expect(finding(criteria('{ metric: peer_feedback_avg, min: 0 }'))?.message).toBe('peer_feedback_avg is a rating from 1 to 5; min 0 is outside it');
    expect(finding(criteria('{ metric: mentor_load_max, max: 2.5 }'))?.message).toBe('mentor_load_max is a positive whole number of learners; max 2.5 is outside it');
    expect(finding(criteria('{ metric: credential_rate, min: 0.9, max: 0.8 }'))).toMatchObject({
      message: 'min (0.9) is greater than max (0.8), so no value can meet credential_rate',
      hint: 'swap min and max, or drop one of them',
    });
  });
});
