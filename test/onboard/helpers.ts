import { planProgram } from '../../src/plan/index.js';
import { type OnboardEngine, createEngine } from '../../src/onboard/engine.js';
import { type Pack, onboardingPacks } from '../../src/onboard/packs.js';
import { BUILTIN_TEMPLATE_DIR, type TemplateSources, readTemplateFolder } from '../../src/onboard/sources.js';
import { loadProgram } from '../../src/program/load.js';
import { loadFromMemory } from '../../src/program/memory.js';
import type { ProgramModel } from '../../src/program/model.js';
import { validateProgram } from '../../src/validate/index.js';
import { EXAMPLE } from '../helpers/cli.js';

export const TODAY = '2026-11-26';

const builtin = readTemplateFolder(BUILTIN_TEMPLATE_DIR);

/** The built-in templates with some program overrides (template name → text). */
export function sources(program: Record<string, string> = {}): TemplateSources {
  return { program: new Map(Object.entries(program)), builtin };
}

export function engine(program: Record<string, string> = {}): OnboardEngine {
  return createEngine(sources(program));
}

export const CODE_OF_CONDUCT = { source: 'docs/code-of-conduct.md', markdown: '# Be kind\n' };

/** Every pack of a program, planned fresh. */
export function packsOf(model: ProgramModel): Pack[] {
  const plan = planProgram(model, { locks: {} });
  return onboardingPacks(plan, model, CODE_OF_CONDUCT);
}

export function exampleModel(): ProgramModel {
  return validateProgram(loadProgram(EXAMPLE), { today: TODAY }).model;
}

export function memoryModel(files: Record<string, string>): ProgramModel {
  const result = validateProgram(loadFromMemory(files), { today: '2026-03-01' });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`test program has errors: ${errors.map((d) => `${d.file}:${d.line} ${d.message}`).join('; ')}`);
  return result.model;
}

export function packOf(packs: readonly Pack[], cohort: string, person: string): Pack {
  const pack = packs.find((p) => p.cohort === cohort && p.person === person);
  if (!pack) throw new Error(`no pack ${cohort}/${person}`);
  return pack;
}
