// `cohort plan` of this checkout against another build, head to head:
//
//   node bench/compare-plan.js OTHER-CHECKOUT [ROUNDS] [PROGRAM]
//
// OTHER-CHECKOUT is a built copy of cohort (for example
// `git worktree add /tmp/before <commit> && cd /tmp/before && ln -s "$OLDPWD/node_modules" && npm run build`).
// Each round runs `validate` here, then `plan` of the other build, then
// `plan` of this one, each plan into its own output folder (published by a
// first untimed run, so both read a lock as a rerun does). Prints medians
// and each plan's ratio to validate. The machine's speed drifts between
// minutes; interleaving puts the same drift on both builds, which separate
// benchmark runs do not. PROGRAM defaults to the benchmark's 100-cohort
// program (run `npm run bench` once to generate it). Needs a build here.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('..', import.meta.url));
const [other, roundsText = '7', programArg] = process.argv.slice(2);
const program = programArg ?? path.join(HERE, 'bench/.work/programs/program-c100-p200-m1000-g4');
const rounds = Number.parseInt(roundsText, 10);
if (!other || !existsSync(path.join(other, 'dist/main.js'))) fail('name a built checkout to compare with: node bench/compare-plan.js OTHER-CHECKOUT [ROUNDS] [PROGRAM]');
if (!(rounds >= 1)) fail(`ROUNDS must be a whole number ≥ 1, got "${roundsText}"`);
if (!existsSync(program)) fail(`no program at ${program}: run npm run bench once, or name one`);

const out = mkdtempSync(path.join(tmpdir(), 'cohort-compare-'));
const cohort = (checkout, args) => {
  const started = performance.now();
  const run = spawnSync(process.execPath, [path.join(checkout, 'bin/cohort.js'), ...args], { encoding: 'utf8' });
  if (run.status !== 0) fail(`${checkout}: cohort ${args.join(' ')} exited ${run.status}\n${run.stderr}`);
  return performance.now() - started;
};
const validate = () => cohort(HERE, ['validate', '--program', program, '--quiet']);
const plan = (checkout, folder) => cohort(checkout, ['plan', '--program', program, '--out', path.join(out, folder), '--today', '2026-11-26', '--quiet']);

plan(other, 'other');
plan(HERE, 'here');
const times = { validate: [], other: [], here: [] };
for (let i = 0; i < rounds; i++) {
  times.validate.push(validate());
  times.other.push(plan(other, 'other'));
  times.here.push(plan(HERE, 'here'));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const v = median(times.validate);
console.log(`${rounds} interleaved rounds on ${path.relative(process.cwd(), program) || program}`);
console.log(`  validate (here)  ${v.toFixed(0)} ms`);
for (const [label, key] of [[`plan ${other}`, 'other'], ['plan (here)', 'here']]) {
  const m = median(times[key]);
  console.log(`  ${label.padEnd(15)}  ${m.toFixed(0)} ms  (${(m / v).toFixed(2)}× validate)`);
}
rmSync(out, { recursive: true, force: true });

function fail(message) {
  console.error(`compare-plan: ${message}`);
  process.exit(2);
}
