import type { Diagnostic } from '../diagnostics.js';
import type { ProgramModel } from '../program/model.js';
import { didYouMean } from '../util/suggest.js';
import { locateFinding } from './report.js';
import { RULES } from './rules/index.js';
import { STAGE_RULES } from './stage-rules.js';

/** `validate --help` lists no rules; the README's table is where a user finds the ids. */
const WHERE_RULES_ARE = 'rule ids are listed in the README, in the table under "Rules"';
const FIXED = new Set(STAGE_RULES.map((r) => r.id));
/** `yaml/*, load/*, schema/* and config/*`, from the stage rules, so a new family is named too. */
const FIXED_FAMILIES = listWords([...new Set(STAGE_RULES.map((r) => `${r.id.split('/')[0]!}/*`))]);

/**
 * Program.spec.rules turns a rule off or changes its severity for this
 * program, as linters allow. A setting for a rule that does not exist, or
 * for a reading or schema finding (those never change), is a warning, so a
 * typo or a hopeful `off` does not silently keep a rule on.
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
    result.push(locateFinding({ doc: program.source, path: ['spec', 'rules', id], at: 'key', ...settingProblem(id, known) }, 'config/unknown-rule', 'warning'));
  }
  return result;
}

function settingProblem(id: string, known: readonly string[]): { message: string; hint: string } {
  if (!FIXED.has(id)) return { message: `unknown rule "${id}"${didYouMean(id, known)}`, hint: WHERE_RULES_ARE };
  return {
    message: `rule "${id}" cannot be switched off or changed: findings of ${FIXED_FAMILIES} always keep their severity`,
    hint: `remove this setting; only the other rules can be adjusted (${WHERE_RULES_ARE})`,
  };
}

function listWords(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]!}`;
}
