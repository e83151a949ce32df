// Where does `cohort validate` spend its time? (not part of `npm run bench`)
//
//   node bench/profile.js [single|program|double|<program dir>] [top=25]
//
// Runs `node --cpu-prof bin/cohort.js validate --program <dir>` on a
// generated program (the 20,000-participant cohort by default; run
// `npm run build` first), then prints the functions with the most self time,
// and self time summed per file/package.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureProgram, ensureSingleCohort } from './generate.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORK = path.join(ROOT, 'bench', '.work');
const which = process.argv[2] ?? 'single';
const top = Number(process.argv[3] ?? 25);

const dir =
  which === 'single' ? ensureSingleCohort(path.join(WORK, 'programs'), 20_000).dir
  : which === 'program' ? ensureProgram(path.join(WORK, 'programs'), { cohorts: 100, participantsPerCohort: 200, mentors: 1000 }).dir
  : which === 'double' ? ensureProgram(path.join(WORK, 'programs'), { cohorts: 200, participantsPerCohort: 200, mentors: 2000 }).dir
  : path.resolve(which);

const profDir = path.join(WORK, 'prof');
rmSync(profDir, { recursive: true, force: true });
mkdirSync(profDir, { recursive: true });
const args = ['--cpu-prof', '--cpu-prof-dir', profDir, '--cpu-prof-interval', '200', path.join(ROOT, 'bin', 'cohort.js'), 'validate', '--program', dir, '--today', '2026-11-26'];
const started = Date.now();
const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
const wall = Date.now() - started;
if (r.status !== 0 && r.status !== 1) {
  console.error(r.stderr);
  process.exit(1);
}
const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
const profile = JSON.parse(readFileSync(path.join(profDir, file), 'utf8'));

// Self time per node = samples hitting it × sampling interval.
const dt = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
}
const total = [...dt.values()].reduce((a, b) => a + b, 0);
const SPECIAL = new Set(['(garbage collector)', '(program)', '(idle)', '(root)']);
const short = (url, fn = '') => {
  if (!url) return SPECIAL.has(fn) ? fn : fn.startsWith('RegExp:') ? '(regexp)' : /^validate\d+$/.test(fn) ? '(ajv-compiled validators)' : '(no source: native/eval)';
  const p = decodeURIComponent(url.replace(/^file:\/\//, ''));
  const nm = p.lastIndexOf('/node_modules/');
  if (nm >= 0) return p.slice(nm + 14);
  return p.startsWith(ROOT) ? p.slice(ROOT.length) : p;
};
const byFn = new Map();
const byFile = new Map();
for (const node of profile.nodes) {
  const us = dt.get(node.id) ?? 0;
  if (!us) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  const where = short(url, functionName);
  const key = `${functionName || '(anonymous)'}  ${url ? `${where}:${lineNumber + 1}` : ''}`;
  byFn.set(key, (byFn.get(key) ?? 0) + us);
  const pkg = url.includes('/node_modules/') ? where.split('/').slice(0, where.startsWith('@') ? 2 : 1).join('/') : where;
  byFile.set(pkg, (byFile.get(pkg) ?? 0) + us);
}
// Inclusive time of cohort's own functions (dist/): each sample counts once
// for every distinct function on its stack, so these show the phases.
const parent = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const nodeById = new Map(profile.nodes.map((n) => [n.id, n]));
const ownKey = (node) => {
  const { functionName, url, lineNumber } = node.callFrame;
  return url.startsWith(pathToFileURL(path.join(ROOT, 'dist')).href) ? `${functionName || '(anonymous)'}  ${short(url)}:${lineNumber + 1}` : undefined;
};
const inclusive = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const seen = new Set();
  for (let id = profile.samples[i]; id !== undefined; id = parent.get(id)) {
    const key = ownKey(nodeById.get(id));
    if (key && !seen.has(key)) {
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
    }
  }
}
const pct = (us) => `${((100 * us) / total).toFixed(1).padStart(5)} %  ${(us / 1000).toFixed(0).padStart(5)} ms`;
console.log(`profile of cohort validate --program ${path.relative(ROOT, dir)}: wall ${wall} ms (with profiler), sampled ${(total / 1000).toFixed(0)} ms`);
console.log(`\ntop ${top} functions by self time:`);
for (const [k, us] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(us)}  ${k}`);
console.log(`\ncohort's own functions by inclusive time (self + callees):`);
for (const [k, us] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(us)}  ${k}`);
console.log('\nself time by file / package:');
for (const [k, us] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${pct(us)}  ${k}`);
console.log(`\nraw profile: ${path.relative(ROOT, path.join(profDir, file))} (open in Chrome DevTools › Performance)`);
