import type { Diagnostic } from '../diagnostics.js';
import type { ProgramModel } from '../program/model.js';
import { didYouMean } from '../util/suggest.js';
import { locateFinding } from './report.js';
import { RULES } from './rules/index.js';

/**
 * Program.spec.rules turns a rule off or changes its severity for this
 * program, as linters allow. A setting for a rule that does not exist is a
 * warning, so a typo does not silently keep a rule on.
 */
export function applySeverities(findings: Diagnostic[], model: ProgramModel): Diagnostic[] {
  const program = model.program;
  const settings = program?.value.spec.rules ?? {};
  const known = RULES.map((r) => r.id);
  const result: Diagnostic[] = [];
  for (const finding of findings) {
    const setting = Object.hasOwn(settings, finding.rule) ? settings[finding.rule] : undefined;
    if (setting === 'off') continue;
    result.push(setting ? { ...finding, severity: setting } : finding);
  }
  for (const id of Object.keys(settings)) {
    if (known.includes(id) || !program) continue;
    result.push(
      locateFinding(
        { doc: program.source, path: ['spec', 'rules', id], at: 'key', message: `unknown rule "${id}"${didYouMean(id, known)}`, hint: 'rule ids are listed by `cohort validate --help` and in the README' },
        'config/unknown-rule',
        'warning',
      ),
    );
  }
  return result;
}
