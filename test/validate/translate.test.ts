import { describe, expect, it } from 'vitest';
import { diagnose, edit } from '../helpers/program.js';

type Files = Record<string, string>;
const said = (files: Files) => diagnose(files).map((d) => ({ at: `${d.file}:${d.line}:${d.column}`, rule: d.rule, message: d.message, hint: d.hint }));
const holidays = (list: string) => edit('program.yaml', 'holidays: [2026-04-03]', `holidays: ${list}`);
const criterion = (item: string) => edit('program.yaml', '  holidays: [2026-04-03]\n', `  holidays: [2026-04-03]\n  successCriteria: [${item}]\n`);

const HOLIDAY_FORMS = 'a date, { date, name } or { from, to, name }';
const HOLIDAY_HINT = 'write one of: A single holiday, `YYYY-MM-DD`; A single holiday with an optional name; A span of holidays, both ends included, with an optional name';

describe('a value that fits none of the allowed forms (anyOf)', () => {
  it.each([
    ['a name alone', '[ { name: Easter } ]', 'got { name }'],
    ['two forms mixed', '[ { date: 2026-04-03, from: 2026-04-01 } ]', 'got { date, from }'],
    ['a number', '[ 5 ]', 'got 5'],
  ])('%s: one error at the entry naming every form, with what each is for', (_name, list, got) => {
    expect(said(holidays(list))).toEqual([{ at: 'program.yaml:6:15', rule: 'schema/shape', message: `"holidays[0]" must be ${HOLIDAY_FORMS}, ${got}`, hint: HOLIDAY_HINT }]);
  });

  it('a mapping only one form has fields of gets that form\'s own errors', () => {
    expect(said(holidays('[ { from: 2026-12-24, to: 27-01-01, nmae: Break } ]'))).toEqual([
      { at: 'program.yaml:6:39', rule: 'schema/format', message: '"to" must be a date, got "27-01-01"', hint: 'for example 2026-03-02' },
      { at: 'program.yaml:6:49', rule: 'schema/unknown-field', message: 'unknown field "nmae" (did you mean "name"?)', hint: 'allowed here: from, to, name' },
    ]);
    expect(said(holidays('[ { from: 2026-12-24 } ]'))).toEqual([
      { at: 'program.yaml:6:15', rule: 'schema/required', message: 'missing required field "to" in "holidays[0]"', hint: 'for example to: "2027-01-01"' },
    ]);
  });

  it('text gets the date form\'s error', () => {
    expect(said(holidays('[ 2026-4-3 ]'))).toEqual([{ at: 'program.yaml:6:15', rule: 'schema/format', message: '"holidays[0]" must be a date, got "2026-4-3"', hint: 'for example 2026-03-02' }]);
  });

  it('a misspelt metric is said alone, not after a missing "max"', () => {
    const metric = '"metric" must be one of attendance_rate, credential_rate, on_time_delivery, peer_feedback_avg, mentor_load_max, completion_rate, stakeholder_satisfaction_avg; got "attendence_rate" (did you mean "attendance_rate"?)';
    expect(said(criterion('{ metric: attendence_rate, min: 0.8 }'))).toEqual([{ at: 'program.yaml:7:31', rule: 'schema/enum', message: metric, hint: undefined }]);
    // Both forms fit a criterion with min and max; the error they agree on is said once.
    expect(said(criterion('{ metric: attendence_rate, min: 0.8, max: 0.9 }'))).toEqual([{ at: 'program.yaml:7:31', rule: 'schema/enum', message: metric, hint: undefined }]);
  });

  it('forms with the same fields are told apart by their descriptions', () => {
    expect(said(criterion('{ metric: attendance_rate }'))).toEqual([
      {
        at: 'program.yaml:7:21',
        rule: 'schema/shape',
        message: '"successCriteria[0]" must be { metric, min, max }, got { metric }',
        hint: 'write one of: A target with a lower bound `min` (and optionally an upper bound `max`); A target with an upper bound `max` (and optionally a lower bound `min`)',
      },
    ]);
  });

  it('text that two forms would take is one error naming both', () => {
    expect(said(edit('governance.yaml', 'approvers: [lena,', 'approvers: [Lena X,'))).toEqual([
      {
        at: 'governance.yaml:14:15',
        rule: 'schema/shape',
        message: '"approvers[0]" must be an id of lower-case letters, digits and dashes or an email address, got "Lena X"',
        hint: 'write one of: An identifier: lowercase letters, digits and hyphens, starting with a letter or digit, at most 63 characters; An email address',
      },
    ]);
  });

  it('a pin of the lead form gets only that form\'s error', () => {
    expect(said(edit('cohorts/spring.yaml', '{ group: g1, lead: lena }', '{ group: g1, lead: Lena }'))).toEqual([
      { at: 'cohorts/spring.yaml:17:26', rule: 'schema/format', message: '"lead" must be an id of lower-case letters, digits and dashes, got "Lena"', hint: 'for example spring-2026' },
    ]);
  });
});

describe('numbers out of range', () => {
  it('the hint gives the range from the schema, with its example', () => {
    expect(said(edit('curricula/basics.yaml', 'passScore: 0.7', 'passScore: 70'))).toEqual([
      { at: 'curricula/basics.yaml:14:44', rule: 'schema/range', message: '"passScore" must be at most 1, got 70', hint: 'use a value from 0 to 1, for example 0.7' },
    ]);
  });

  it.each([
    ['governance.yaml', 'reviewEvery: 6', 'reviewEvery: 0', '"reviewEvery" must be at least 1, got 0', 'use a whole number of at least 1'],
    ['curricula/basics.yaml', 'hoursPerWeek: 4', 'hoursPerWeek: 0', '"hoursPerWeek" must be more than 0, got 0', 'use a value more than 0 and at most 168'],
  ])('%s: %s', (file, from, to, message, hint) => {
    expect(diagnose(edit(file, from, to))).toMatchObject([{ rule: 'schema/range', message, hint: expect.stringMatching(new RegExp(`^${hint}(, for example \\d+)?$`)) }]);
  });
});
