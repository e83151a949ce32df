// Planning without files, against `cohort validate`, in fresh processes:
//
//   node bench/plan-only.js [ROUNDS=5] [PROGRAM] [PUBLISHED-PLAN-DIR]
//
// Each round runs `cohort validate` on PROGRAM, then a process that loads,
// validates and plans it from dist/ (reading PUBLISHED-PLAN-DIR as the lock,
// as `cohort plan` does) and renders and writes nothing. Prints the medians
// and their ratio: the floor that `plan` / `validate` cannot go below while
// planning costs what it does. PROGRAM defaults to the benchmark's
// 100-cohort program (run `npm run bench` once). Needs a build.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const [roundsText = '5', programArg, lockArg] = process.argv.slice(2);
const program = path.resolve(programArg ?? path.join(ROOT, 'bench/.work/programs/program-c100-p200-m1000-g4'));
const lockDir = lockArg ? path.resolve(lockArg) : path.join(ROOT, 'bench/.work/plan-out/plan');
if (!existsSync(program)) throw new Error(`no program at ${program}: run npm run bench once, or name one`);
const TODAY = '2026-11-26';

const planOnly = `
const dist = (file) => import(${JSON.stringify(path.join(ROOT, 'dist'))} + '/' + file);
const { openProgram } = await dist('program/open.js');
const { validateProgram } = await dist('validate/index.js');
const { planProgram } = await dist('plan/index.js');
const { readAllLocks, pickLocks } = await dist('plan/lock.js');
const locks = readAllLocks(${JSON.stringify(lockDir)});
const { model } = validateProgram(openProgram({ cwd: process.cwd(), program: ${JSON.stringify(program)}, today: '${TODAY}' }), { today: '${TODAY}' });
planProgram(model, { locks: pickLocks(await locks, model.cohorts.map((c) => c.value.metadata.id)) });
`;
const timed = (args) => {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (run.status !== 0 && run.status !== 1) throw new Error(run.stderr);
  return performance.now() - started;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const validate = [];
const plan = [];
for (let round = 0; round < Number(roundsText); round++) {
  validate.push(timed([path.join(ROOT, 'bin/cohort.js'), 'validate', '--program', program, '--today', TODAY, '--quiet']));
  plan.push(timed(['--input-type=module', '-e', planOnly]));
}
console.log(`cohort validate                         ${median(validate).toFixed(0)} ms`);
console.log(`load + validate + plan, no files        ${median(plan).toFixed(0)} ms  (${(median(plan) / median(validate)).toFixed(2)}× validate)`);
