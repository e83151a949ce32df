import path from 'node:path';
import { readPublishedPlan } from './published-plan.js';
import type { GlobalOptions, Io } from '../context.js';
import type { Diagnostic } from '../diagnostics.js';
import { EXIT, UsageError } from '../errors.js';
import { type OutputFile, replaceFolder } from '../io/output.js';
import { readCodeOfConduct } from '../onboard/code-of-conduct.js';
import { createEngine } from '../onboard/engine.js';
import { TemplateError } from '../onboard/errors.js';
import { formatFindings, strayTemplates } from '../onboard/findings.js';
import { DEFAULT_CODE_OF_CONDUCT, PACK_TEMPLATES, defaultCodeOfConduct, onboardingPacks, renderPacks } from '../onboard/packs.js';
import { selectPacks } from '../onboard/select.js';
import { loadTemplateSources } from '../onboard/sources.js';
import { planProgram } from '../plan/index.js';
import { didYouMean } from '../util/suggest.js';
import { packageVersion } from '../version.js';
import { loadAndValidate, reportProblems, stopOnErrors } from './validate-first.js';

export interface OnboardCommandOptions extends GlobalOptions {
  cohort?: string;
  person?: string;
}

const KNOWN_TEMPLATES = [...PACK_TEMPLATES.participant, ...PACK_TEMPLATES.mentor, DEFAULT_CODE_OF_CONDUCT];

/**
 * `cohort onboard`: validate, plan exactly as `cohort plan` would (the
 * published plan under --out is the lock), render every pack in memory,
 * and only then replace onboarding/ (or the --cohort / --person folders).
 * A template error is reported at its file, line and column, and nothing
 * is written.
 */
export async function onboardCommand(options: OnboardCommandOptions, io: Io): Promise<number> {
  const validated = loadAndValidate(options);
  const stop = stopOnErrors(validated, options, io);
  if (stop !== undefined) return stop;
  const { model } = validated.result;
  const cohortIds = model.cohorts.map((c) => c.value.metadata.id);
  if (options.cohort !== undefined && !cohortIds.includes(options.cohort)) {
    throw new UsageError(`no cohort "${options.cohort}"${didYouMean(options.cohort, cohortIds)}`, `cohorts: ${cohortIds.join(', ')}`);
  }
  const published = await readPublishedPlan(validated.program, cohortIds, options, io);
  if ('stop' in published) return published.stop;
  const plan = planProgram(model, { locks: published.locks });
  reportProblems(plan.problems, options, io);
  if (plan.problems.some((p) => p.severity === 'error')) {
    io.stderr('cohort: the plan is incomplete; no onboarding packs were written\n');
    return EXIT.findings;
  }

  const sources = loadTemplateSources(model.root);
  const show = (diagnostics: Diagnostic[]) => io.stderr(formatFindings(diagnostics, { sources, model, color: options.color, toolVersion: packageVersion() }));
  const strays = strayTemplates(sources, KNOWN_TEMPLATES);
  if (strays.length > 0 && !options.quiet) show(strays);
  const codeOfConduct = readCodeOfConduct(model);
  if (!codeOfConduct.ok) {
    show([codeOfConduct.diagnostic]);
    return EXIT.findings;
  }

  const engine = createEngine(sources);
  let files: OutputFile[];
  let targets: string[];
  try {
    for (const name of KNOWN_TEMPLATES) engine.check(name);
    const packs = onboardingPacks(plan, model, codeOfConduct.view ?? defaultCodeOfConduct(engine, model));
    const selection = selectPacks(packs, options, new Map(plan.mentors.map((m) => [m.id, m.tier])));
    targets = selection.targets;
    files = renderPacks(selection.packs, engine, model.program!.value.metadata.id);
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    show([error.diagnostic]);
    io.stderr('cohort: no onboarding packs were written\n');
    return EXIT.findings;
  }

  const onboardingDir = path.join(validated.program.out, 'onboarding');
  for (const target of targets) {
    const prefix = target === '' ? '' : `${target}/`;
    replaceFolder(target === '' ? onboardingDir : path.join(onboardingDir, target), files.filter((f) => f.path.startsWith(prefix)).map((f) => ({ ...f, path: f.path.slice(prefix.length) })), io.stderr);
  }
  if (!options.quiet) io.stdout(summary(files, targets, onboardingDir, options.cwd));
  return EXIT.ok;
}

function summary(files: readonly OutputFile[], targets: readonly string[], onboardingDir: string, cwd: string): string {
  const packs = new Set(files.map((f) => f.path.split('/').slice(0, 2).join('/'))).size;
  const where = targets.length === 1 ? path.join(onboardingDir, targets[0]!) : onboardingDir;
  return `wrote ${packs} onboarding pack${packs === 1 ? '' : 's'} (${files.length} files) to ${path.relative(cwd, where) || '.'}\n`;
}

