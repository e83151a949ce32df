import path from 'node:path';
import { stopOnDamagedLocks } from './published-plan.js';
import Table from 'cli-table3';
import type { GlobalOptions, Io } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { type OutputFile, folderDrift, leftoverWarning } from '../io/output.js';
import { COMMUNITIES } from '../plan/names.js';
import { PlanWriter } from '../plan/plan-writer.js';
import { NewPeople, type WriteJob, jobFiles } from '../plan/write-job.js';
import type { PeopleIndex, PersonInfo } from '../render/plan-pages.js';
import { type ProgramPlan, planProgram } from '../plan/index.js';
import { pickLocks, readLocks } from '../plan/lock.js';
import { locateProgram } from '../program/open.js';
import type { CohortPlan, PlanWarning } from '../plan/types.js';
import { formatDate } from '../util/dates.js';
import { didYouMean } from '../util/suggest.js';
import { loadAndValidate, reportProblems, stopOnErrors } from './validate-first.js';

export interface PlanCommandOptions extends GlobalOptions {
  cohort?: string;
  check: boolean;
  fresh: boolean;
}

/**
 * `cohort plan`: validate, plan every cohort (published plans under --out
 * act as a lock unless --fresh), then write plan/ atomically, or with
 * --check only report which files are stale.
 */
export async function planCommand(options: PlanCommandOptions, io: Io): Promise<number> {
  // Started first, so the writer thread loads the renderers while the program is validated.
  const writer = options.check ? undefined : new PlanWriter();
  try {
    return await validateAndPlan(options, io, writer);
  } finally {
    await writer?.abort();
  }
}

async function validateAndPlan(options: PlanCommandOptions, io: Io, writer: PlanWriter | undefined): Promise<number> {
  const place = locateProgram(options);
  const planDir = path.join(place.out, 'plan');
  // The published plans are read on the writer's thread while this one validates.
  const published = options.fresh ? undefined : writer?.readLocks(planDir);
  published?.catch(() => undefined); // an error is seen below when awaited; a run stopped by validation never awaits it
  const validated = loadAndValidate(options, place);
  const stop = stopOnErrors(validated, options, io);
  if (stop !== undefined) return stop;
  const { model } = validated.result;
  const cohortIds = model.cohorts.map((c) => c.value.metadata.id);
  if (options.cohort !== undefined && !cohortIds.includes(options.cohort)) {
    throw new UsageError(`no cohort "${options.cohort}"${didYouMean(options.cohort, cohortIds)}`, `cohorts: ${cohortIds.join(', ')}`);
  }
  const locks = options.fresh ? {} : published ? pickLocks(await published, cohortIds) : await readLocks(planDir, cohortIds);
  const damaged = stopOnDamagedLocks(locks, options, io);
  if (damaged !== undefined) return damaged;
  // Without --cohort the command owns all of plan/; with it, only that cohort's folder.
  const target = options.cohort === undefined ? planDir : path.join(planDir, options.cohort);
  const prefix = options.cohort === undefined ? 0 : options.cohort.length + 1;
  const programId = model.program!.value.metadata.id;
  const capstones = new Map(model.cohorts.map((c) => [c.value.metadata.id, model.curricula.find((k) => k.value.metadata.id === c.value.spec.curriculum)?.value.spec.capstone?.name]));
  const job = (plan: CohortPlan, people: PeopleIndex): WriteJob => ({ plan, people, programId, prefix, ...withCapstone(capstones.get(plan.cohort)) });

  // Each plan is written (staged) as soon as it is made; the staging folder is swapped in only if the whole plan succeeds.
  writer?.begin(target);
  const wanted = (plan: CohortPlan) => options.cohort === undefined || (plan.cohort === options.cohort && plan.cohort !== COMMUNITIES);
  let named: NewPeople | undefined;
  const onPlanned = (p: CohortPlan, find: (id: string) => PersonInfo | undefined) => {
    named ??= new NewPeople(find);
    if (wanted(p)) writer!.write(job(p, named.of(p)));
  };
  const plan = planProgram(model, { locks, ...(writer ? { onPlanned } : {}) });
  // With --cohort, other cohorts' warnings are not this run's business; any error still stops it, so errors are all shown.
  reportProblems(options.cohort === undefined ? plan.problems : plan.problems.filter((p) => p.severity === 'error' || p.cohort === options.cohort), options, io);
  if (options.verbose) io.stderr(costTable(plan.cohorts));
  if (plan.problems.some((p) => p.severity === 'error')) {
    io.stderr('cohort: the plan is incomplete; nothing was written\n');
    return EXIT.findings;
  }
  const chosen = options.cohort === undefined ? allPlans(plan) : plan.cohorts.filter((c) => c.cohort === options.cohort);
  if (!writer) return checkDrift(target, driftFiles(chosen, (p) => job(p, plan.people)), io);
  const { written, leftovers } = await writer.finish();
  for (const leftover of leftovers) io.stderr(leftoverWarning(leftover));
  if (!options.quiet) io.stdout(summaryTable(chosen, plan.problems) + `\nwrote ${written} files to ${path.relative(options.cwd, target) || '.'}\n`);
  return EXIT.ok;
}

function withCapstone(name: string | undefined): { capstoneName?: string } {
  return name ? { capstoneName: name } : {};
}

/** --check: the files a run would write, rendered one cohort at a time as they are compared. */
function* driftFiles(plans: readonly CohortPlan[], job: (plan: CohortPlan) => WriteJob): Generator<OutputFile> {
  for (const plan of plans) yield* jobFiles(job(plan));
}

function allPlans(plan: ProgramPlan): CohortPlan[] {
  return plan.communities ? [...plan.cohorts, plan.communities] : plan.cohorts;
}

function checkDrift(target: string, files: Iterable<OutputFile>, io: Io): number {
  const drift = folderDrift(target, files);
  if (drift.stale.length === 0 && drift.missing.length === 0 && drift.extra.length === 0) {
    io.stderr('plan is up to date\n');
    return EXIT.ok;
  }
  const lines = [...drift.stale.map((f) => `  stale: ${f}`), ...drift.missing.map((f) => `  missing: ${f}`), ...drift.extra.map((f) => `  no longer produced: ${f}`)];
  io.stderr(`plan is out of date (${lines.length} file${lines.length === 1 ? '' : 's'}):\n${lines.join('\n')}\n  hint: run cohort plan and commit the result\n`);
  return EXIT.findings;
}


function summaryTable(plans: readonly CohortPlan[], problems: readonly PlanWarning[]): string {
  const table = new Table({ head: ['cohort', 'start', 'end', 'weeks', 'people', 'groups', 'sessions', 'warnings'], style: { head: [], border: [] } });
  for (const p of plans) {
    const people = new Set(p.groups.flatMap((g) => g.members)).size;
    table.push([p.cohort, formatDate(p.calendar.start), formatDate(p.calendar.end), p.calendar.weeks, people, p.groups.length, p.sessions.length, problems.filter((x) => x.cohort === p.cohort).length]);
  }
  return table.toString();
}

/** --verbose: the lead-matching cost terms of every group (lower is better). */
function costTable(plans: readonly CohortPlan[]): string {
  const terms = ['skills', 'hours', 'rotation', 'availability', 'load', 'total'];
  const table = new Table({ head: ['cohort', 'group', 'lead', ...terms], style: { head: [], border: [] } });
  for (const p of plans) for (const g of p.groups) table.push([p.cohort, g.id, g.lead || '(none)', ...terms.map((t) => g.cost?.[t] ?? '')]);
  return `lead matching costs per group:\n${table.toString()}\n`;
}
