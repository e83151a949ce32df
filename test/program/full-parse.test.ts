import { describe, expect, it } from 'vitest';
import { diagnose, edit, editAll } from '../helpers/program.js';

const COHORT = 'cohorts/spring.yaml';
const yamlFindings = (files: Record<string, string>) =>
  diagnose(files)
    .filter((d) => d.rule.startsWith('yaml/'))
    .map((d) => ({ at: `${d.file}:${d.line}:${d.column}-${d.endColumn}`, rule: d.rule, message: d.message, hint: d.hint }));

describe('aliases', () => {
  it('an alias with no anchor is named at that alias, not taken for an alias bomb at a valid one', () => {
    const files = editAll(COHORT, [
      ['weekday: tue, duration: 30m }', 'weekday: &d tue, duration: 30m }\n    - { type: demo, cadence: monthly, weekday: *d, duration: 1h }'],
      ['department: HR }', 'department: *dep }'],
    ]);
    expect(yamlFindings(files)).toEqual([
      { at: `${COHORT}:13:66-70`, rule: 'yaml/alias', message: 'alias *dep is not defined', hint: 'define &dep before it is used, or write the value' },
    ]);
  });

  it('says when the anchor comes after the alias', () => {
    const files = editAll(COHORT, [
      ['department: Finance }', 'department: *dep }'],
      ['department: HR }', 'department: &dep HR }'],
    ]);
    expect(yamlFindings(files)).toEqual([
      { at: `${COHORT}:11:66-70`, rule: 'yaml/alias', message: 'alias *dep is used before its anchor &dep is defined', hint: 'move the value marked &dep above its first use, or write the value' },
    ]);
  });

  it('an alias after its anchor is fine', () => {
    expect(yamlFindings(editAll(COHORT, [['weekday: tue', 'weekday: &d tue'], ['department: HR }', 'department: *d }']]))).toEqual([]);
  });
});

describe('explicit tags', () => {
  it.each([
    ['reviewEvery: !!int "6"', 'governance.yaml:6:16-21'],
    ['reviewEvery: !!int &six "6"', 'governance.yaml:6:16-21'],
    ['reviewEvery: &six !!int "6"', 'governance.yaml:6:21-26'],
  ])('%s: the caret is under the tag, not the value', (line, at) => {
    expect(yamlFindings(edit('governance.yaml', 'reviewEvery: 6', line))).toEqual([
      { at, rule: 'yaml/tag', message: 'explicit tag !!int is not allowed', hint: 'remove the tag; cohort reads plain YAML 1.2 values (quote a value to keep it text)' },
    ]);
  });
});
