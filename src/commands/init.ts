import { existsSync } from 'node:fs';
import path from 'node:path';
import type { GlobalOptions, Io } from '../context.js';
import { packageVersion } from '../version.js';
import { EXIT, UsageError } from '../errors.js';
import {
  DEFAULT_NAME,
  DEFAULT_STARTER,
  type InitAnswers,
  type Problem,
  defaultTimezone,
  firstMondayAfter,
  idFromName,
  idProblem,
  nameProblem,
  startProblem,
  starterProblem,
  timezoneProblem,
} from '../init/answers.js';
import type { Ask } from '../init/ask.js';
import { type ScaffoldFile, scaffold } from '../init/scaffold.js';
import { type StarterInfo, readStarters, starterInfo } from '../init/starters.js';
import { existingFiles, writeFiles } from '../init/write.js';
import { formatDate, todayIn } from '../util/dates.js';

export interface InitCommandOptions extends GlobalOptions {
  dir?: string;
  yes: boolean;
  force: boolean;
  name?: string;
  id?: string;
  timezone?: string;
  curriculum?: string;
  start?: string;
}

/**
 * `cohort init [DIR]`: a new program that passes `cohort validate`. In a
 * terminal it asks for what no flag gave; with --yes, without a TTY or
 * under CI it takes flags and defaults. Nothing is overwritten without
 * --force, and nothing at all is written when something would be.
 * `ask` replaces the terminal questions (tests); by default they are
 * @inquirer/prompts, loaded only when asking.
 */
export async function initCommand(options: InitCommandOptions, io: Io, ask?: Ask): Promise<number> {
  const dir = path.resolve(options.cwd, options.dir ?? '.');
  // Before any question: a program is already here.
  if (!options.force && existsSync(path.join(dir, 'program.yaml'))) refuse(dir, ['program.yaml']);
  const starterTexts = readStarters();
  const starters = Object.entries(starterTexts).map(([id, text]) => starterInfo(id, text));
  checkFlags(options, starters);
  const unanswered = [options.name, options.timezone, options.curriculum, options.start].includes(undefined);
  const asking = !options.yes && io.interactive && unanswered;
  const answers = await resolveAnswers(options, starters, asking ? (ask ?? (await loadAsk())) : undefined);
  const today = todayFor(options, answers.timezone);
  const files = scaffold(answers, { version: packageVersion(), today, starters: starterTexts });
  const existing = existingFiles(dir, files);
  if (existing.length > 0 && !options.force) refuse(dir, existing);
  writeFiles(dir, files);
  if (!options.quiet) io.stdout(summary(options, dir, answers, files, existing));
  return EXIT.ok;
}

async function loadAsk(): Promise<Ask> {
  const { inquirerAsk } = await import('../init/ask.js');
  return inquirerAsk();
}

/** Flag values are checked before any question, so a typo fails fast. */
function checkFlags(options: InitCommandOptions, starters: readonly StarterInfo[]): void {
  const checks: Array<[string, string | undefined, (value: string) => Problem | undefined]> = [
    ['--name', options.name, nameProblem],
    ['--id', options.id, idProblem],
    ['--timezone', options.timezone, timezoneProblem],
    ['--curriculum', options.curriculum, (id) => starterProblem(id, starters.map((s) => s.id))],
    ['--start', options.start, startProblem],
  ];
  for (const [flag, value, check] of checks) {
    const problem = value === undefined ? undefined : check(value);
    if (problem) throw new UsageError(`${flag}: ${problem.message}`, problem.hint);
  }
}

/** A flag answers its question; otherwise ask (interactive) or take the default. */
async function resolveAnswers(options: InitCommandOptions, starters: readonly StarterInfo[], ask: Ask | undefined): Promise<InitAnswers> {
  const answer = async (flag: string | undefined, suggested: string, question: (ask: Ask, suggested: string) => Promise<string>) =>
    flag ?? (ask ? await cancellable(() => question(ask, suggested)) : suggested);
  const name = (await answer(options.name, DEFAULT_NAME, (a, s) => a.name(s))).trim();
  const timezone = await answer(options.timezone, defaultTimezone(), (a, s) => a.timezone(s));
  const curriculum = await answer(options.curriculum, DEFAULT_STARTER, (a, s) => a.curriculum(starters, s));
  // The suggested start depends on today in the zone just chosen.
  const start = await answer(options.start, firstMondayAfter(todayFor(options, timezone)), (a, s) => a.start(s));
  return { name, id: options.id ?? idFromName(name), timezone, curriculum, start };
}

/** --today, else today in the academy's zone. */
function todayFor(options: GlobalOptions, zone: string): string {
  return options.today ?? formatDate(todayIn(zone));
}

/** Ctrl+C at a prompt is a decision, not a crash. */
async function cancellable(question: () => Promise<string>): Promise<string> {
  try {
    return await question();
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') throw new UsageError('cancelled; nothing was written');
    throw error;
  }
}

function refuse(dir: string, existing: readonly string[]): never {
  const list = existing.map((f) => `\n  ${f}`).join('');
  throw new UsageError(`${dir} already has ${existing.length === 1 ? 'a file' : 'files'} that init would overwrite; nothing was written:${list}`, 'use --force to overwrite, or choose another folder: cohort init DIR');
}

function summary(options: InitCommandOptions, dir: string, answers: InitAnswers, files: readonly ScaffoldFile[], overwritten: readonly string[]): string {
  const where = path.relative(options.cwd, dir) || '.';
  const lines = files.map((f) => `  ${f.path}${overwritten.includes(f.path) ? '  (overwritten)' : ''}`);
  const cd = where === '.' ? [] : [`  cd ${/^[\w./-]+$/.test(where) ? where : JSON.stringify(where)}`];
  const cohortFile = files.find((f) => f.path.startsWith('cohorts/'))!.path;
  return [
    `Created ${answers.name} (${answers.id}) in ${where}:`,
    ...lines,
    '',
    'Next steps:',
    ...cd,
    '  npm install            # the pinned cohort; commit package-lock.json (CI runs npm ci)',
    '  npx cohort validate',
    '',
    `Then replace the example people in ${cohortFile} and mentors.yaml, and adapt curricula/${answers.curriculum}.yaml.`,
    '',
  ].join('\n');
}

