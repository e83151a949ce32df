import { describe, expect, it } from 'vitest';
import { diagnose, edit } from '../helpers/program.js';

const withRules = (rules: string) => edit('program.yaml', '  timezone: Europe/Berlin\n', `  timezone: Europe/Berlin\n  rules: { ${rules} }\n`);
const settings = (rules: string) =>
  diagnose(withRules(rules))
    .filter((d) => d.rule === 'config/unknown-rule')
    .map((d) => ({ at: `${d.file}:${d.line}:${d.column}`, severity: d.severity, message: d.message, hint: d.hint }));

const WHERE = 'rule ids are listed in the README, in the table under "Rules"';

describe('Program.spec.rules settings that cannot take effect', () => {
  it('a schema rule exists but cannot be switched off: the warning says so', () => {
    expect(settings('schema/unknown-field: off')).toEqual([
      {
        at: 'program.yaml:6:12',
        severity: 'warning',
        message: 'rule "schema/unknown-field" cannot be switched off or changed: findings of yaml/*, load/*, schema/* and config/* always keep their severity',
        hint: `remove this setting; only the other rules can be adjusted (${WHERE})`,
      },
    ]);
  });

  it('an unknown rule points at the README, not at --help, which lists no rules', () => {
    expect(settings('governance/reveiw-overdue: off')).toEqual([
      { at: 'program.yaml:6:12', severity: 'warning', message: 'unknown rule "governance/reveiw-overdue" (did you mean "governance/review-overdue"?)', hint: WHERE },
    ]);
  });

  it('an adjustable rule is no finding', () => {
    expect(settings('governance/review-overdue: off')).toEqual([]);
  });
});
