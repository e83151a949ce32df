import { existsSync, readdirSync } from 'node:fs';
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
import { type ScaffoldFile, namedByAnswers, scaffold } from '../init/scaffold.js';
import { type StarterInfo, readStarters, starterInfo } from '../init/starters.js';
import { type EnclosingProgram, enclosingProgram, enclosingRepository } from '../init/place.js';
import { shellQuote } from '../io/output.js';
import { posixPath } from '../io/stat.js';
import { checkFolder, checkTargets, existingFiles, recoverLeftovers, writeFiles } from '../init/write.js';
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
 * under CI it takes flags and defaults. It is all or nothing: every target
 * path is checked before anything is written, nothing is overwritten
 * without --force (and then nothing at all is written when something would
 * be), and a write that still fails midway takes back what this run wrote.
 * `ask` replaces the terminal questions (tests); by default they are
 * @inquirer/prompts, loaded only when asking.
 */
export async function initCommand(options: InitCommandOptions, io: Io, ask?: Ask): Promise<number> {
  const dir = path.resolve(options.cwd, options.dir ?? '.');
  checkFolder(dir);
  const starterTexts = readStarters();
  const starters = Object.entries(starterTexts).map(([id, text]) => starterInfo(id, text));
  checkFlags(options, starters);
  const unanswered = [options.name, options.timezone, options.curriculum, options.start].includes(undefined);
  const asking = !options.yes && io.interactive && unanswered;
  const repoRoot = enclosingRepository(dir);
  const context = { version: packageVersion(), starters: starterTexts, ...(repoRoot ? { repoFolder: posixPath(path.relative(repoRoot, dir)) } : {}) };
  const build = (answers: InitAnswers) => scaffold(answers, { ...context, today: todayFor(options, answers.timezone) });
  // Flags and defaults: the answers when nothing is asked, else what the answers will likely be.
  const likelyAnswers = await resolveAnswers(options, starters, undefined);
  const likely = build(likelyAnswers);
  recoverLeftovers(dir, likely);
  let parent = enclosingProgram(dir, likely);
  // Before any question: a program is already here, or this folder belongs to one (--force nests anyway, with a note).
  if (!options.force) {
    if (existsSync(path.join(dir, 'program.yaml'))) refuse(dir, wouldOverwrite(dir, likely, asking ? options : undefined, starters));
    if (parent) refuseNested(dir, parent);
  }
  const answers = asking ? await resolveAnswers(options, starters, ask ?? (await loadAsk())) : likelyAnswers;
  const files = asking ? build(answers) : likely;
  if (asking) recoverLeftovers(dir, files);
  checkTargets(dir, files);
  const existing = existingFiles(dir, files);
  if (existing.length > 0 && !options.force) refuse(dir, existing);
  if (asking) {
    // Again with the answers' file names (an exclude may name files).
    parent = enclosingProgram(dir, files);
    if (parent && !options.force) refuseNested(dir, parent);
  }
  writeFiles(dir, files);
  if (!options.quiet) io.stdout(summary(options, dir, answers, files, existing, { repoRoot, parent }));
  return EXIT.ok;
}

/**
 * The files init would overwrite. Asking, the curriculum and cohort file
 * names are not known yet: every existing file an answer could name counts
 * (those of the starters a --curriculum flag allows, and a --start's month).
 */
function wouldOverwrite(dir: string, files: readonly ScaffoldFile[], asking: InitCommandOptions | undefined, starters: readonly StarterInfo[]): string[] {
  const existing = existingFiles(dir, files);
  if (!asking) return existing;
  const ids = asking.curriculum ? [asking.curriculum] : starters.map((s) => s.id);
  const month = asking.start ? escape(asking.start.slice(0, 7)) : '\\d{4}-\\d{2}';
  const candidates = (folder: string, pattern: RegExp) => namesIn(path.join(dir, folder)).filter((name) => pattern.test(name)).map((name) => `${folder}/${name}`);
  const ofStarters = `(?:${ids.map(escape).join('|')})`;
  const named = [...candidates('curricula', new RegExp(`^${ofStarters}\\.yaml$`)), ...candidates('cohorts', new RegExp(`^${ofStarters}-${month}\\.yaml$`))];
  // In the scaffold's order: the answer-named files where the scaffold has them.
  const fixed = existing.filter((f) => !namedByAnswers(f));
  const at = fixed.findIndex((f) => files.findIndex((g) => g.path === f) > files.findIndex((g) => namedByAnswers(g.path)));
  return at < 0 ? [...fixed, ...named] : [...fixed.slice(0, at), ...named, ...fixed.slice(at)];
}

/** The names in a folder; none when it is missing or not a folder (checkTargets reports that). */
function namesIn(folder: string): string[] {
  try {
    return readdirSync(folder).sort();
  } catch {
    return [];
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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

function refuseNested(dir: string, parent: EnclosingProgram): never {
  const programFile = path.join(parent.root, 'program.yaml');
  throw new UsageError(
    `${dir} is inside the program of ${programFile}, which would read the new program's files as its own documents (a second Program, Governance, …); nothing was written`,
    `choose a folder outside ${parent.root}, or add "${parent.exclude}" to Program.spec.exclude in ${programFile} (or use --force to create it there anyway)`,
  );
}

function refuse(dir: string, existing: readonly string[]): never {
  const list = existing.map((f) => `\n  ${f}`).join('');
  throw new UsageError(`${dir} already has ${existing.length === 1 ? 'a file' : 'files'} that init would overwrite; nothing was written:${list}`, 'use --force to overwrite, or choose another folder: cohort init DIR');
}

function summary(
  options: InitCommandOptions,
  dir: string,
  answers: InitAnswers,
  files: readonly ScaffoldFile[],
  overwritten: readonly string[],
  place: { repoRoot?: string | undefined; parent?: EnclosingProgram | undefined },
): string {
  const where = path.relative(options.cwd, dir) || '.';
  const lines = files.map((f) => `  ${f.path}${overwritten.includes(f.path) ? '  (overwritten)' : ''}`);
  const cd = where === '.' ? [] : [`  cd ${shellQuote(where)}`];
  const cohortFile = files.find((f) => f.path.startsWith('cohorts/'))!.path;
  return [
    `Created ${answers.name} (${answers.id}) in ${where}:`,
    ...lines,
    ...(place.repoRoot ? ['', ...moveWorkflow(options.cwd, dir, place.repoRoot)] : []),
    '',
    'Next steps:',
    ...cd,
    '  npm install            # the pinned cohort; commit package-lock.json (CI runs npm ci)',
    '  npx cohort validate',
    '',
    `Then replace the example people in ${cohortFile} and mentors.yaml, and adapt curricula/${answers.curriculum}.yaml.`,
    ...(place.parent ? ['', ...nestedNote(place.parent)] : []),
    '',
  ].join('\n');
}

/**
 * The workflow was written into DIR (init writes nothing outside it), set to
 * run in DIR, but GitHub runs only the repository root's workflows.
 */
function moveWorkflow(cwd: string, dir: string, repoRoot: string): string[] {
  const workflows = path.join(repoRoot, '.github', 'workflows');
  const name = existsSync(path.join(workflows, 'cohort.yml')) ? `cohort-${path.basename(dir)}.yml` : 'cohort.yml';
  const rel = (p: string) => shellQuote(path.relative(cwd, p) || '.');
  return [
    `CI: ${path.relative(cwd, dir) || '.'} is inside the git repository at ${repoRoot}, and GitHub runs only`,
    `the workflows in ${workflows}. The workflow written here is set to run in`,
    `${posixPath(path.relative(repoRoot, dir))}/ from there; move it:`,
    `  mkdir -p ${rel(workflows)} && mv ${rel(path.join(dir, '.github', 'workflows', 'cohort.yml'))} ${rel(path.join(workflows, name))}`,
  ];
}

function nestedNote(parent: EnclosingProgram): string[] {
  return [`Note: ${path.join(parent.root, 'program.yaml')} reads ${parent.documents.length} of these files as its own documents;`, `add "${parent.exclude}" to its Program.spec.exclude.`];
}

