// cohort's benchmark: `npm run bench` (builds, then runs this file).
//
// Every figure is measured in this one run, on this machine: wall time of
// whole processes (spawnSync with this Node, process.execPath), one warm-up
// run per command, then N timed runs interleaved between the commands being
// compared; the figure is the median. N: 7 for fast commands, 5 for slow ones
// (BENCH_RUNS=n overrides both). Synthetic programs come from
// bench/generate.js and are cached under bench/.work/ by their parameters.
//
// Exit 0 even when a target is missed (this is a report); exit 1 when a
// command fails unexpectedly or a synthetic program is not valid.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureProgram, ensureSingleCohort } from './generate.js';
import { benchRecords } from './report-records.js';
import { prepareSchemas } from './schemas.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORK = path.join(ROOT, 'bench', '.work');
const COHORT = path.join(ROOT, 'bin', 'cohort.js');
const AJV = path.join(ROOT, 'node_modules', 'ajv-cli', 'dist', 'index.js');
const TRACE_HOOK = pathToFileURL(path.join(ROOT, 'bench', 'trace-loads.mjs')).href;
const RSS_HOOK = pathToFileURL(path.join(ROOT, 'bench', 'maxrss.mjs')).href;
const TODAY = '2026-11-26';
const FORBIDDEN = ['@inquirer/prompts', 'inquirer', 'liquidjs', 'execa', 'simple-git'];

const override = process.env.BENCH_RUNS ? Number.parseInt(process.env.BENCH_RUNS, 10) : undefined;
if (override !== undefined && !(override >= 1)) fail(`BENCH_RUNS must be a whole number ≥ 1, got "${process.env.BENCH_RUNS}"`);
const FAST_RUNS = override ?? 7;
const SLOW_RUNS = override ?? 5;

const rel = (p) => path.relative(ROOT, p) || '.';
const rows = [];

// ------------------------------------------------------------- helpers ----

function fail(message, detail) {
  console.error(`\nbench: FAILED: ${message}`);
  if (detail) console.error(detail.trimEnd());
  process.exit(1);
}

/** Run `node <args>` once; a status outside `ok` ends the benchmark with its stderr. */
function run(args, { ok = [0], env = {}, what } = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.error || !ok.includes(result.status)) {
    const how = result.error ? String(result.error) : result.signal ? `killed by ${result.signal}` : `exit ${result.status}`;
    fail(`${what ?? 'command'} (${how}): node ${args.map((a) => (path.isAbsolute(a) && a.startsWith(ROOT) ? rel(a) : a)).join(' ')}`, `${result.stderr ?? ''}`.slice(0, 4000));
  }
  return { ms, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Time several commands: one warm-up each, then `runs` rounds, each round
 * running every command once (interleaved, so drift hits all alike). With
 * `cpu: true` (all or none of the commands) each run also loads
 * bench/maxrss.mjs to report its own CPU time (user + system), which is less
 * disturbed than wall time by other load on the machine.
 */
function timeAll(commands, runs, { cpu = false } = {}) {
  const usageFile = path.join(WORK, `usage-${process.pid}.json`);
  const once = (c) => {
    if (!cpu) return { ms: run(c.args, c).ms };
    rmSync(usageFile, { force: true });
    const { ms } = run(['--import', RSS_HOOK, ...c.args], { ...c, env: { ...c.env, BENCH_USAGE_FILE: usageFile } });
    const u = JSON.parse(readFileSync(usageFile, 'utf8'));
    return { ms, cpu: (u.user + u.system) / 1000 };
  };
  for (const c of commands) once(c);
  const samples = commands.map(() => []);
  for (let i = 0; i < runs; i++) commands.forEach((c, k) => samples[k].push(once(c)));
  rmSync(usageFile, { force: true });
  return samples.map((s) => {
    const t = s.map((x) => x.ms);
    return { median: median(t), min: Math.min(...t), max: Math.max(...t), runs: t.length, cpu: cpu ? median(s.map((x) => x.cpu)) : undefined };
  });
}

function fmtMs(t) {
  const cpu = t.cpu === undefined ? '' : `; CPU ${t.cpu.toFixed(0)} ms`;
  return `${t.median.toFixed(0).padStart(5)} ms wall (min ${t.min.toFixed(0)}, max ${t.max.toFixed(0)}, n=${t.runs}${cpu})`;
}

const cpuRatio = (a, b) => `   CPU-time ratio (user+system, for reference): ${cpuOf(a, b)}`;
const cpuOf = (a, b) => `${(a.cpu / b.cpu).toFixed(2)}×`;

/** pass: true/false, or null for a figure without a target. cpu: the CPU-time ratio, when there is one. */
/** A summary row; printed under its section too unless the section already printed it (`quiet`). */
function record(name, figure, target, pass, cpu = '', { quiet = false } = {}) {
  const result = pass === null ? '—' : pass ? 'PASS' : 'MISS';
  rows.push({ name, figure, target, result, cpu });
  if (!quiet) console.log(`  => ${figure}   target ${target}   ${result}`);
}

function section(title, ...explain) {
  console.log(`\n## ${title}`);
  for (const line of explain) console.log(`   ${line}`);
}

function cohortValidate(root, extra = []) {
  return [COHORT, 'validate', '--program', root, '--today', TODAY, ...extra];
}

/** Validate once with --format json; the summary must show no errors. */
function happyPath(root, label) {
  const r = run(cohortValidate(root, ['--format', 'json']), { ok: [0, 1], what: `cohort validate ${label}` });
  let report;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    fail(`cohort validate --format json on ${label} did not print JSON`, r.stdout.slice(0, 2000) + r.stderr.slice(0, 2000));
  }
  console.log(`   summary (--format json): ${JSON.stringify(report.summary)}`);
  if (report.summary.errors > 0 || r.status !== 0) {
    const first = report.diagnostics.filter((d) => d.severity === 'error').slice(0, 10);
    fail(`${label} is not valid (${report.summary.errors} errors); the benchmark must measure the happy path`, JSON.stringify(first, null, 2));
  }
  return report.summary;
}

function maxRss(args, what, ok = [0]) {
  const file = path.join(WORK, `maxrss-${process.pid}.txt`);
  rmSync(file, { force: true });
  run(['--import', RSS_HOOK, ...args], { env: { BENCH_MAXRSS_FILE: file }, ok, what });
  if (!existsSync(file)) fail(`${what}: the maxrss hook wrote nothing`);
  const kib = Number(readFileSync(file, 'utf8'));
  rmSync(file, { force: true });
  return kib / 1024;
}

function ajvArgs(schemas, dataGlob) {
  return [AJV, 'validate', '--spec=draft7', '-s', schemas.dispatcher, ...schemas.refs.flatMap((f) => ['-r', f]), '-d', dataGlob, '--all-errors', '--strict=false'];
}

/** ajv-cli must have validated (exit 0 or 1), and every file must appear in its output. */
function ajvCheck(schemas, dataGlob, expectedFiles, label) {
  const r = run(ajvArgs(schemas, dataGlob), { ok: [0, 1], what: `ajv-cli on ${label}` });
  const out = `${r.stdout}\n${r.stderr}`;
  const valid = (out.match(/ valid$/gm) ?? []).length;
  const invalid = (out.match(/ invalid$/gm) ?? []).length;
  if (valid + invalid !== expectedFiles) {
    fail(`ajv-cli on ${label} reported ${valid + invalid} files, cohort read ${expectedFiles}`, r.stderr.slice(0, 4000));
  }
  console.log(`   ajv-cli: exit ${r.status}, ${valid} files valid, ${invalid} invalid`);
  return { valid, invalid };
}

// ----------------------------------------------------------------- main ----

mkdirSync(WORK, { recursive: true });
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(`cohort benchmark — node ${process.version}, ${os.platform()} ${os.arch()}, ${cpu} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`);
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');
console.log(`load average at start: ${load()} (other work on the machine makes wall times noisy; see the CPU-time figures)`);
console.log(`runs: ${FAST_RUNS} (fast) / ${SLOW_RUNS} (slow), median after 1 warm-up, interleaved; --today ${TODAY}`);

const schemas = prepareSchemas(path.join(ROOT, 'schemas'), path.join(WORK, 'schemas'));
const example = path.join(ROOT, 'fixtures', 'example');

// 1. Start-up -------------------------------------------------------------
section(
  '1. Start-up: cohort --version vs node -e 0',
  `cmd: node bin/cohort.js --version    vs    node -e 0`,
);
{
  const [version, bare] = timeAll([{ args: [COHORT, '--version'] }, { args: ['-e', '0'] }], FAST_RUNS);
  console.log(`   cohort --version  ${fmtMs(version)}`);
  console.log(`   node -e 0         ${fmtMs(bare)}`);
  const ratio = version.median / bare.median;
  record('startup: --version / node -e 0', `${ratio.toFixed(2)}× (${version.median.toFixed(0)} / ${bare.median.toFixed(0)} ms)`, '≤ 1.30×', ratio <= 1.3);
}

section(
  '1b. Modules loaded by cohort validate (example)',
  `cmd: node --import bench/trace-loads.mjs bin/cohort.js validate --program fixtures/example --today ${TODAY}`,
  '     (resolve hook via module.register + the CommonJS cache at exit; looks for node_modules/{' + FORBIDDEN.join(',') + '})',
);
{
  const file = path.join(WORK, `trace-${process.pid}.txt`);
  run(['--import', TRACE_HOOK, ...cohortValidate(example)], { env: { BENCH_TRACE_FILE: file }, what: 'traced cohort validate' });
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  rmSync(file, { force: true });
  const files = new Set(lines.map((l) => l.slice(4).replace(/^file:\/\//, '')).map((p) => decodeURIComponent(p)));
  const packages = new Map();
  for (const f of files) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(f);
    if (m) packages.set(m[1], (packages.get(m[1]) ?? 0) + 1);
  }
  const own = [...files].filter((f) => f.startsWith(ROOT) && !f.includes('/node_modules/') && !f.includes('/bench/')).length;
  const loaded = FORBIDDEN.filter((name) => packages.has(name));
  console.log(`   ${files.size} modules: ${own} of cohort's own; packages: ${[...packages].sort((a, b) => b[1] - a[1]).map(([n, c]) => `${n} (${c})`).join(', ')}`);
  record('validate loads none of the heavy deps', loaded.length ? `loaded: ${loaded.join(', ')}` : 'none loaded', 'none', loaded.length === 0);
}

// 2. Example vs ajv-cli ------------------------------------------------------
section(
  '2. cohort validate vs ajv-cli on fixtures/example',
  `cmd: node bin/cohort.js validate --program fixtures/example --today ${TODAY}`,
  `vs   node node_modules/ajv-cli/dist/index.js validate --spec=draft7 -s bench/.work/schemas/any-document.schema.json -r bench/.work/schemas/<each>.schema.json -d "fixtures/example/**/*.yaml" --all-errors --strict=false`,
  'note: ajv-cli reads YAML with js-yaml 3 safeLoad, which turns the example\'s unquoted dates into Date objects, so it reports',
  '      type errors on some files; it still parses and validates every document fully, which is what is timed.',
  '      cohort does more: YAML 1.2 guards, the cross-reference rules, located messages.',
);
{
  const summary = happyPath(example, 'fixtures/example');
  ajvCheck(schemas, `${rel(example)}/**/*.yaml`, summary.files, 'fixtures/example');
  const [cohort, ajv] = timeAll([{ args: cohortValidate(example) }, { args: ajvArgs(schemas, `${rel(example)}/**/*.yaml`), ok: [0, 1] }], FAST_RUNS, { cpu: true });
  console.log(`   cohort validate   ${fmtMs(cohort)}`);
  console.log(`   ajv-cli validate  ${fmtMs(ajv)}`);
  console.log(cpuRatio(cohort, ajv));
  const ratio = cohort.median / ajv.median;
  record('example: cohort / ajv-cli', `${ratio.toFixed(2)}× (${cohort.median.toFixed(0)} / ${ajv.median.toFixed(0)} ms)`, '≤ 1.00×', ratio <= 1.0, cpuOf(cohort, ajv));
}

// 3. One cohort of 20,000 ------------------------------------------------------
const SINGLE = 20_000;
{
  const t0 = Date.now();
  const { dir, generated } = ensureSingleCohort(path.join(WORK, 'programs'), SINGLE);
  const info = JSON.parse(readFileSync(path.join(dir, '.bench-generated'), 'utf8'));
  section(
    `3. One cohort file of ${SINGLE.toLocaleString('en')} participants: cohort vs ajv-cli, and cohort's peak memory`,
    `data: ${rel(dir)} (${generated ? `generated in ${Date.now() - t0} ms` : 'cached'}): ${info.groups} groups, ${info.leads} leads × 4 = ${info.leadCapacity} group slots, ${info.mentors} mentors, cohort file ${(info.cohortFileBytes / 2 ** 20).toFixed(1)} MiB`,
    `cmd: node bin/cohort.js validate --program ${rel(dir)} --today ${TODAY}`,
    `vs   node node_modules/ajv-cli/dist/index.js validate … -d "${rel(dir)}/**/*.yaml" --all-errors --strict=false   (same prepared schemas as 2)`,
    'peak memory: node --import bench/maxrss.mjs … (process.resourceUsage().maxRSS at exit)',
    'note: generated dates are quoted, so ajv-cli sees the same strings cohort does and both validate valid data.',
  );
  const summary = happyPath(dir, rel(dir));
  ajvCheck(schemas, `${rel(dir)}/**/*.yaml`, summary.files, rel(dir));
  const [cohort, ajv] = timeAll([{ args: cohortValidate(dir) }, { args: ajvArgs(schemas, `${rel(dir)}/**/*.yaml`), ok: [0, 1] }], SLOW_RUNS, { cpu: true });
  console.log(`   cohort validate   ${fmtMs(cohort)}`);
  console.log(`   ajv-cli validate  ${fmtMs(ajv)}`);
  console.log(cpuRatio(cohort, ajv));
  const ratio = cohort.median / ajv.median;
  record(`${SINGLE / 1000}k-person cohort: cohort / ajv-cli`, `${ratio.toFixed(2)}× (${cohort.median.toFixed(0)} / ${ajv.median.toFixed(0)} ms)`, '≤ 1.50×', ratio <= 1.5, cpuOf(cohort, ajv));
  const rss = maxRss(cohortValidate(dir), 'cohort validate (maxrss)');
  const ajvRss = maxRss(ajvArgs(schemas, `${rel(dir)}/**/*.yaml`), 'ajv-cli (maxrss)', [0, 1]);
  console.log(`   peak RSS: cohort ${rss.toFixed(0)} MiB, ajv-cli ${ajvRss.toFixed(0)} MiB (for comparison)`);
  record(`${SINGLE / 1000}k-person cohort: cohort peak RSS`, `${rss.toFixed(0)} MiB`, '< 250 MiB', rss < 250);
}

// 4. Large program and its double ---------------------------------------------
{
  const base = { cohorts: 100, participantsPerCohort: 200, mentors: 1000 };
  const double = { cohorts: 200, participantsPerCohort: 200, mentors: 2000 };
  const t0 = Date.now();
  const large = ensureProgram(path.join(WORK, 'programs'), base);
  const t1 = Date.now();
  const larger = ensureProgram(path.join(WORK, 'programs'), double);
  const t2 = Date.now();
  const describe = (p, ms) => {
    const i = JSON.parse(readFileSync(path.join(p.dir, '.bench-generated'), 'utf8'));
    return `${rel(p.dir)} (${p.generated ? `generated in ${ms} ms` : 'cached'}): ${i.cohorts} cohorts, ${i.participants} participants, ${i.mentors} mentors, ${(i.bytes / 2 ** 20).toFixed(1)} MiB; ${i.firstStart} … ${i.lastEnd}; peak ${i.peakGroups} groups running vs ${i.leadCapacity} lead slots`;
  };
  section(
    '4. Large program (100 cohorts, 20,000 participants, 1,000 mentors) and its double',
    `data: ${describe(large, t1 - t0)}`,
    `data: ${describe(larger, t2 - t1)}`,
    `cmd: node bin/cohort.js validate --program <dir> --today ${TODAY}`,
  );
  happyPath(large.dir, rel(large.dir));
  happyPath(larger.dir, rel(larger.dir));
  const [one, two] = timeAll([{ args: cohortValidate(large.dir) }, { args: cohortValidate(larger.dir) }], SLOW_RUNS, { cpu: true });
  console.log(`   100 cohorts / 20k   ${fmtMs(one)}`);
  console.log(`   200 cohorts / 40k   ${fmtMs(two)}`);
  console.log(cpuRatio(two, one));
  record('large program: 100 cohorts / 20k', `${one.median.toFixed(0)} ms (CPU ${one.cpu.toFixed(0)} ms)`, '(reported)', null);
  record('large program: 200 cohorts / 40k', `${two.median.toFixed(0)} ms (CPU ${two.cpu.toFixed(0)} ms)`, '(reported)', null);
  const ratio = two.median / one.median;
  record('scaling: 200 cohorts / 100 cohorts', `${ratio.toFixed(2)}× (${two.median.toFixed(0)} / ${one.median.toFixed(0)} ms)`, '≤ 2.20×', ratio <= 2.2, cpuOf(two, one));
}

// 5. Planning the large program ------------------------------------------------
{
  const large = ensureProgram(path.join(WORK, 'programs'), { cohorts: 100, participantsPerCohort: 200, mentors: 1000 });
  const out = path.join(WORK, 'plan-out');
  const plan = [COHORT, 'plan', '--program', large.dir, '--out', out, '--today', TODAY, '--quiet'];
  section(
    '5. cohort plan on the large program vs cohort validate on it, and plan\'s peak memory',
    `cmd: node bin/cohort.js plan --program ${rel(large.dir)} --out ${rel(out)} --today ${TODAY} --quiet   (the plan of the previous run is the lock, as for a user re-planning)`,
    `vs   node bin/cohort.js validate --program ${rel(large.dir)} --today ${TODAY}`,
  );
  const [planned, validated] = timeAll([{ args: plan }, { args: cohortValidate(large.dir) }], SLOW_RUNS, { cpu: true });
  console.log(`   cohort plan       ${fmtMs(planned)}`);
  console.log(`   cohort validate   ${fmtMs(validated)}`);
  console.log(cpuRatio(planned, validated));
  const ratio = planned.median / validated.median;
  record('plan / validate (100 cohorts)', `${ratio.toFixed(2)}× (${planned.median.toFixed(0)} / ${validated.median.toFixed(0)} ms)`, '≤ 2.00×', ratio <= 2.0, cpuOf(planned, validated));
  const rss = maxRss(plan, 'cohort plan (maxrss)');
  record('plan (100 cohorts): peak RSS', `${rss.toFixed(0)} MiB`, '< 400 MiB', rss < 400);
}

// 6. Reading 1,000,000 attendance rows vs Miller ------------------------------
{
  const r = await benchRecords({ runs: SLOW_RUNS });
  if (r.mlr) {
    record('records: 1M rows, reader / mlr', `${r.ratio.toFixed(2)}× (${r.reader.median.toFixed(0)} / ${r.mlr.median.toFixed(0)} ms)`, '≤ 0.60×', r.ratio <= 0.6, '', { quiet: true });
  } else {
    record('records: 1M rows, reader / mlr', 'mlr not installed (apt-get install miller)', '≤ 0.60×', null, '', { quiet: true });
  }
  record('records: 1M rows, peak RSS', `${r.rssMiB.toFixed(0)} MiB`, '< 200 MiB', r.rssMiB < 200, '', { quiet: true });
}

// Summary ------------------------------------------------------------------
console.log('\n## Summary');
const HEAD = { name: 'measure', figure: 'figure (wall-time medians)', target: 'target', result: 'result', cpu: 'CPU-time ratio' };
const widths = Object.keys(HEAD).map((k) => Math.max(HEAD[k].length, ...rows.map((r) => r[k].length)));
const line = (cells) => `  ${cells.map((c, i) => c.padEnd(widths[i])).join('  │  ')}`;
console.log(line(Object.values(HEAD)));
console.log(`  ${widths.map((w) => '─'.repeat(w)).join('──┼──')}`);
for (const r of rows) console.log(line([r.name, r.figure, r.target, r.result, r.cpu]));
const missed = rows.filter((r) => r.result === 'MISS').length;
console.log(`\nload average at end: ${load()}`);
console.log(`${missed === 0 ? 'all targets met' : `${missed} target(s) missed`} (exit 0: the benchmark is a report)`);
