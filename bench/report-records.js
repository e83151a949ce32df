// Reading records at scale: cohort's attendance reader vs Miller.
//
//   node bench/report-records.js            (standalone; BENCH_RUNS=n sets the timed runs, default 5)
//   import { benchRecords } from './report-records.js'; await benchRecords({ runs })
//
// A synthetic attendance export of 1,000,000 rows for 20,000 participants
// (40 cohorts of 500, 50 sessions each), generated deterministically (seeded
// PRNG, no clock) and cached under bench/.work/records/. Two whole processes
// are timed, one warm-up each, then `runs` interleaved rounds; the figure is
// the median wall time:
//
//   mlr --icsv --ojson --skip-comments count -g participant,status FILE
//   node bench/report-records.js --child FILE   (readAttendance from dist/, counting
//                                                 rows per participant and status in a Map)
//
// Both do the same work: parse every row, group by participant and status,
// count. Ours also checks every row (ids, dates, statuses, minutes) and
// builds its AttendanceRecord. The counts must agree with Miller's. Targets:
// ours ≤ 0.6× Miller's time, peak RSS (process.resourceUsage().maxRSS)
// < 200 MiB. Miller comes from Debian: apt-get install miller.

import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORK = path.join(ROOT, 'bench', '.work', 'records');
const RSS_HOOK = pathToFileURL(path.join(ROOT, 'bench', 'maxrss.mjs')).href;
const DIST = path.join(ROOT, 'dist', 'records', 'index.js');
const SELF = fileURLToPath(import.meta.url);

export const RECORDS_PARAMS = { rows: 1_000_000, participants: 20_000, cohorts: 40, seed: 7 };
const GENERATOR_VERSION = 1;
const TARGET_RATIO = 0.6;
const TARGET_RSS_MIB = 200;

// ---------------------------------------------------------------- data ----

/** mulberry32, as in bench/generate.js. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const participantId = (i) => `participant-${String(i).padStart(5, '0')}`;
export const cohortId = (c) => `cohort-${String(c).padStart(2, '0')}`;
const DAY_MS = 86_400_000;
const dateOf = (day) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * The attendance CSV for these parameters, generated once: each cohort's
 * sessions in date order (check-in on Tuesdays, code review on Thursdays),
 * every participant of the cohort listed for each (85% present with minutes,
 * 10% absent, 5% excused), groups of 10 named g1, g2, … .
 */
export function ensureAttendance({ rows, participants, cohorts, seed } = RECORDS_PARAMS) {
  const file = path.join(WORK, `attendance-${rows}r-${participants}p-${cohorts}c-s${seed}-v${GENERATOR_VERSION}.csv`);
  if (existsSync(file)) return file;
  mkdirSync(WORK, { recursive: true });
  const perCohort = participants / cohorts;
  const sessions = rows / participants;
  if (!Number.isInteger(perCohort) || !Number.isInteger(sessions)) throw new Error('rows / participants and participants / cohorts must be whole numbers');
  const rng = prng(seed);
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  let buf = '# Synthetic attendance export (bench/report-records.js). participant,date,type,status,cohort,group,minutes\nparticipant,date,type,status,cohort,group,minutes\n';
  const start = Date.UTC(2026, 0, 6) / DAY_MS; // a Tuesday
  for (let c = 0; c < cohorts; c++) {
    const first = start + 7 * (c % 20);
    const cohort = cohortId(c);
    for (let s = 0; s < sessions; s++) {
      const day = first + 7 * Math.floor(s / 2) + (s % 2 ? 2 : 0);
      const date = dateOf(day);
      const type = s % 2 ? 'code-review' : 'check-in';
      const length = s % 2 ? 60 : 30;
      for (let k = 0; k < perCohort; k++) {
        const r = rng();
        const status = r < 0.85 ? 'present' : r < 0.95 ? 'absent' : 'excused';
        const minutes = status === 'present' ? String(length - Math.floor(rng() * 10)) : '';
        buf += `${participantId(c * perCohort + k)},${date},${type},${status},${cohort},g${1 + Math.floor(k / 10)},${minutes}\n`;
        if (buf.length > 1 << 20) {
          writeSync(fd, buf);
          buf = '';
        }
      }
    }
  }
  writeSync(fd, buf);
  closeSync(fd);
  renameSync(tmp, file);
  return file;
}

// ------------------------------------------------------------ the child ----

/** Read the file with readAttendance, count per participant and status, print a JSON summary. */
async function child(file, batched) {
  const { readAttendance, readAttendanceBatches } = await import(pathToFileURL(DIST).href);
  const { participants, cohorts } = RECORDS_PARAMS;
  const ctx = {
    participants: new Set(Array.from({ length: participants }, (_, i) => participantId(i))),
    participantEmails: new Map(),
    modules: new Set(),
    projects: new Set(),
    mentors: new Set(),
    mentorEmails: new Map(),
    cohorts: new Set(Array.from({ length: cohorts }, (_, c) => cohortId(c))),
  };
  const findings = [];
  const counts = new Map();
  const slot = { present: 0, absent: 1, excused: 2 };
  let rows = 0;
  const count = (record) => {
    rows++;
    let c = counts.get(record.participant);
    if (c === undefined) counts.set(record.participant, (c = [0, 0, 0]));
    c[slot[record.status]]++;
  };
  const source = { abs: file, rel: path.basename(file) };
  if (batched) {
    for await (const batch of readAttendanceBatches(source, ctx, findings)) for (const record of batch) count(record);
  } else {
    for await (const record of readAttendance(source, ctx, findings)) count(record);
  }
  let groups = 0;
  for (const c of counts.values()) groups += (c[0] > 0) + (c[1] > 0) + (c[2] > 0);
  process.stdout.write(`${JSON.stringify({ rows, groups, findings: findings.length, firstFinding: findings[0] })}\n`);
}

// ----------------------------------------------------------- the parent ----

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function hasMlr() {
  const r = spawnSync('mlr', ['--version'], { encoding: 'utf8' });
  return !r.error && r.status === 0 ? r.stdout.trim() : undefined;
}

/** dist/records must be built from the current src/records (npm run bench builds; standalone, build when stale). */
function ensureBuilt() {
  const src = path.join(ROOT, 'src', 'records');
  const newest = Math.max(...readdirSync(src).map((f) => statSync(path.join(src, f)).mtimeMs));
  if (existsSync(DIST) && statSync(DIST).mtimeMs >= newest) return;
  console.log('   dist/records is missing or older than src/records: building (tsc -p tsconfig.build.json)');
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, encoding: 'utf8' });
  if (!existsSync(DIST)) throw new Error(`build failed; run npm run build\n${r.stdout}${r.stderr}`);
}

function timed(cmd, args, env = {}) {
  const started = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, ...env } });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.error || r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.error ?? `exit ${r.status}`}):\n${(r.stderr ?? '').slice(0, 2000)}`);
  return { ms, stdout: r.stdout };
}

/**
 * Run the comparison; prints a section like bench/run.js's and returns the
 * figures: { file, rows, ours, mlr (undefined without Miller), ratio, rssMiB, pass }.
 * `ours`/`mlr` are { median, min, max, runs } in ms.
 */
export async function benchRecords({ runs = 5 } = {}) {
  const file = ensureAttendance();
  const relFile = path.relative(ROOT, file);
  ensureBuilt();
  const mlrVersion = hasMlr();
  const mlrArgs = ['--icsv', '--ojson', '--skip-comments', 'count', '-g', 'participant,status', file];
  const ourArgs = [SELF, '--child', file];
  console.log(`\n## Records: attendance reader on ${RECORDS_PARAMS.rows.toLocaleString('en-US')} rows (${RECORDS_PARAMS.participants.toLocaleString('en-US')} participants) vs Miller`);
  console.log(`   file: ${relFile} (${(statSync(file).size / 2 ** 20).toFixed(1)} MiB)`);
  console.log(`   cmd: node bench/report-records.js --child ${relFile}   (readAttendance; counts per participant and status in a Map)`);
  console.log(`   vs   mlr ${mlrArgs.slice(0, -1).join(' ')} ${relFile}`);
  if (!mlrVersion) console.log('   mlr not installed: apt-get install miller');

  // Warm-up, and the check that both counted the same.
  const usageFile = path.join(WORK, `usage-${process.pid}.json`);
  const ourRun = () => {
    rmSync(usageFile, { force: true });
    const r = timed(process.execPath, ['--import', RSS_HOOK, ...ourArgs], { BENCH_USAGE_FILE: usageFile });
    const usage = JSON.parse(readFileSync(usageFile, 'utf8'));
    return { ...r, cpu: (usage.user + usage.system) / 1000, rssMiB: usage.maxRSS / 1024 };
  };
  const first = ourRun();
  const summary = JSON.parse(first.stdout);
  if (summary.rows !== RECORDS_PARAMS.rows || summary.findings !== 0) throw new Error(`the reader read ${summary.rows} rows with ${summary.findings} findings (first: ${JSON.stringify(summary.firstFinding)})`);
  if (mlrVersion) {
    const groups = JSON.parse(timed('mlr', mlrArgs).stdout);
    const total = groups.reduce((sum, g) => sum + g.count, 0);
    if (groups.length !== summary.groups || total !== summary.rows) throw new Error(`mlr counted ${groups.length} groups / ${total} rows, the reader ${summary.groups} / ${summary.rows}`);
    console.log(`   both count ${summary.rows.toLocaleString('en-US')} rows in ${summary.groups.toLocaleString('en-US')} (participant, status) groups (${mlrVersion})`);
  }

  const ours = [];
  const mlr = [];
  let rssMiB = first.rssMiB;
  for (let i = 0; i < runs; i++) {
    const r = ourRun();
    ours.push(r);
    rssMiB = Math.max(rssMiB, r.rssMiB);
    if (mlrVersion) mlr.push(timed('mlr', mlrArgs));
  }
  rmSync(usageFile, { force: true });
  const stats = (xs) => (xs.length === 0 ? undefined : { median: median(xs.map((x) => x.ms)), min: Math.min(...xs.map((x) => x.ms)), max: Math.max(...xs.map((x) => x.ms)), runs: xs.length });
  const o = stats(ours);
  const m = stats(mlr);
  const fmt = (t) => `${t.median.toFixed(0).padStart(5)} ms wall (min ${t.min.toFixed(0)}, max ${t.max.toFixed(0)}, n=${t.runs})`;
  const cpu = median(ours.map((x) => x.cpu));
  console.log(`   cohort reader  ${fmt(o)}; CPU ${cpu.toFixed(0)} ms; ${((RECORDS_PARAMS.rows / o.median) * 1000).toLocaleString('en-US', { maximumFractionDigits: 0 })} rows/s`);
  if (m) console.log(`   mlr            ${fmt(m)}`);
  const ratio = m ? o.median / m.median : undefined;
  const pass = { ratio: ratio === undefined ? null : ratio <= TARGET_RATIO, rss: rssMiB < TARGET_RSS_MIB };
  if (ratio !== undefined) console.log(`  => ${ratio.toFixed(2)}× (${o.median.toFixed(0)} / ${m.median.toFixed(0)} ms)   target ≤ ${TARGET_RATIO}×   ${pass.ratio ? 'PASS' : 'MISS'}`);
  console.log(`  => peak RSS ${rssMiB.toFixed(0)} MiB   target < ${TARGET_RSS_MIB} MiB   ${pass.rss ? 'PASS' : 'MISS'}`);
  return { file, rows: RECORDS_PARAMS.rows, ours: o, mlr: m, ratio, rssMiB, cpuMs: cpu, pass, targets: { ratio: TARGET_RATIO, rssMiB: TARGET_RSS_MIB } };
}

// ------------------------------------------------------------------ main ----

if (process.argv[1] && path.resolve(process.argv[1]) === SELF) {
  if (process.argv[2] === '--child') {
    await child(process.argv[3], process.argv[4] === '--batches');
  } else {
    const runs = process.env.BENCH_RUNS ? Number.parseInt(process.env.BENCH_RUNS, 10) : 5;
    try {
      await benchRecords({ runs });
    } catch (error) {
      console.error(`\nbench: FAILED: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    }
  }
}
