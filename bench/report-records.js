// Reading records at scale: cohort's attendance reader vs Miller.
//
//   node bench/report-records.js            (standalone; BENCH_RUNS=n sets the timed runs, default 5)
//   import { benchRecords } from './report-records.js'; await benchRecords({ runs })
//
// A synthetic attendance export of 1,000,000 rows for 20,000 participants
// (40 cohorts of 500, 50 sessions each), generated deterministically (seeded
// PRNG, no clock) and cached under bench/.work/records/. Two whole processes
// are timed, one warm-up each, then `runs` interleaved rounds; the figure is
// the median wall time (CPU time, user + system, alongside):
//
//   mlr --icsv --ojson --skip-comments count -g participant,status FILE
//   node bench/report-records.js --child FILE     readAttendanceBatches, as `cohort report` reads attendance
//
// Both do the same work: read and parse every row, group by participant and
// status, count (ours in a Map). Ours also checks every row (ids, dates,
// statuses, minutes) and builds its AttendanceRecord. The counts must agree
// with Miller's. Targets: ours ≤ 0.6× Miller's time, peak RSS
// (process.resourceUsage().maxRSS) < 200 MiB. Miller is multi-threaded (its
// CPU time exceeds its wall time on 2+ cores); ours reads on one thread.
// Miller comes from Debian: apt-get install miller.

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
const GENERATOR_VERSION = 2;
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

// Ids shaped like bench/generate.js's (first-last-tag, c001-curriculum).
const FIRST = ['anna', 'ines', 'jonas', 'priya', 'lukasz', 'emily', 'soren', 'zoe', 'fatima', 'mateo', 'hannah', 'rahul', 'olivia', 'tom', 'aisha', 'lars', 'chloe', 'kenji', 'marta', 'noah', 'sofia', 'tariq', 'meera', 'ben', 'lena', 'rafael', 'amara', 'vikram', 'jessica', 'omar', 'julia', 'paul', 'grace', 'ivan', 'nora', 'felix'];
const LAST = ['schmidt', 'carvalho', 'becker', 'raman', 'nowak', 'carter', 'madsen', 'laurent', 'al-sayed', 'garcia', 'weber', 'mehta', 'bennett', 'schafer', 'okafor', 'lindqvist', 'dubois', 'tanaka', 'kowalska', 'fischer', 'ribeiro', 'hussain', 'krishnan', 'oliveira', 'vogel', 'costa', 'nwosu', 'desai', 'moore', 'haddad'];
const CURRICULA = ['foundations', 'data-apps', 'automation'];
export const participantId = (i) => `${FIRST[(i * 7) % FIRST.length]}-${LAST[(i * 13) % LAST.length]}-${String(i + 1).padStart(5, '0')}`;
export const cohortId = (c) => `c${String(c + 1).padStart(3, '0')}-${CURRICULA[c % CURRICULA.length]}`;
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

/** Read the file with readAttendanceBatches (a batch per chunk of the file, as the report does), count per participant and status, print a JSON summary. */
async function child(file) {
  const { readAttendanceBatches } = await import(pathToFileURL(DIST).href);
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
  for await (const batch of readAttendanceBatches(source, ctx, findings)) for (const record of batch) count(record);
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
  return { ms, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Run the comparison; prints a section like bench/run.js's and returns the
 * figures: { file, rows, reader, mlr, ratio, rssMiB, pass, targets }.
 * `reader` times readAttendanceBatches, the reader `cohort report` uses. Timings are
 * { median, min, max, runs, cpu } in ms (wall; cpu = user + system of the
 * process); `ratio` is reader / mlr. `mlr` is undefined without Miller.
 */
export async function benchRecords({ runs = 5 } = {}) {
  const file = ensureAttendance();
  const relFile = path.relative(ROOT, file);
  ensureBuilt();
  const mlrVersion = hasMlr();
  const mlrArgs = ['--icsv', '--ojson', '--skip-comments', 'count', '-g', 'participant,status', file];
  console.log(`\n## Records: attendance reader on ${RECORDS_PARAMS.rows.toLocaleString('en-US')} rows (${RECORDS_PARAMS.participants.toLocaleString('en-US')} participants) vs Miller`);
  console.log(`   file: ${relFile} (${(statSync(file).size / 2 ** 20).toFixed(1)} MiB)`);
  console.log(`   cmd: node bench/report-records.js --child ${relFile}   (readAttendanceBatches, as cohort report reads; counts per participant and status in a Map)`);
  console.log(`   vs   mlr ${mlrArgs.slice(0, -1).join(' ')} ${relFile}`);
  if (!mlrVersion) console.log('   mlr not installed: apt-get install miller');

  const usageFile = path.join(WORK, `usage-${process.pid}.json`);
  const ours = () => {
    rmSync(usageFile, { force: true });
    const r = timed(process.execPath, ['--import', RSS_HOOK, SELF, '--child', file], { BENCH_USAGE_FILE: usageFile });
    const usage = JSON.parse(readFileSync(usageFile, 'utf8'));
    return { ...r, cpu: (usage.user + usage.system) / 1000, rssMiB: usage.maxRSS / 1024 };
  };
  const cpuOf = (r) => {
    const m = /^\s*([\d.]+) ([\d.]+)\s*$/m.exec(r.stderr ?? '');
    return m ? (Number(m[1]) + Number(m[2])) * 1000 : undefined;
  };
  const timeBin = existsSync('/usr/bin/time');
  const mlrRun = () => {
    const r = timeBin ? timed('/usr/bin/time', ['-f', '%U %S', 'mlr', ...mlrArgs]) : timed('mlr', mlrArgs);
    return { ...r, cpu: cpuOf(r) };
  };
  const commands = [
    { name: 'reader', label: 'readAttendanceBatches', run: ours },
    ...(mlrVersion ? [{ name: 'mlr', label: 'mlr                  ', run: mlrRun }] : []),
  ];

  // Warm-up, and the check that both counted the same.
  const warm = commands.map((c) => c.run());
  const summary = JSON.parse(warm[0].stdout);
  if (summary.rows !== RECORDS_PARAMS.rows || summary.findings !== 0) throw new Error(`the reader read ${summary.rows} rows with ${summary.findings} findings (first: ${JSON.stringify(summary.firstFinding)})`);
  if (mlrVersion) {
    const groups = JSON.parse(warm[1].stdout);
    const total = groups.reduce((sum, g) => sum + g.count, 0);
    if (groups.length !== summary.groups || total !== summary.rows) throw new Error(`mlr counted ${groups.length} groups / ${total} rows, the reader ${summary.groups} / ${summary.rows}`);
  }
  if (mlrVersion) console.log(`   both count ${RECORDS_PARAMS.rows.toLocaleString('en-US')} rows in ${summary.groups.toLocaleString('en-US')} (participant, status) groups (${mlrVersion})`);

  const samples = commands.map(() => []);
  for (let i = 0; i < runs; i++) commands.forEach((c, k) => samples[k].push(c.run()));
  rmSync(usageFile, { force: true });
  const stats = (xs) => {
    const cpus = xs.map((x) => x.cpu).filter((x) => x !== undefined);
    return { median: median(xs.map((x) => x.ms)), min: Math.min(...xs.map((x) => x.ms)), max: Math.max(...xs.map((x) => x.ms)), runs: xs.length, cpu: cpus.length ? median(cpus) : undefined };
  };
  const figures = Object.fromEntries(commands.map((c, k) => [c.name, stats(samples[k])]));
  const fmt = (t) => `${t.median.toFixed(0).padStart(5)} ms wall (min ${t.min.toFixed(0)}, max ${t.max.toFixed(0)}, n=${t.runs}${t.cpu === undefined ? '' : `; CPU ${t.cpu.toFixed(0)} ms`})`;
  for (const c of commands) {
    const t = figures[c.name];
    const rate = c.name === 'mlr' ? '' : `; ${Math.round((RECORDS_PARAMS.rows / t.median) * 1000).toLocaleString('en-US')} rows/s`;
    console.log(`   ${c.label}  ${fmt(t)}${rate}`);
  }
  const rssMiB = Math.max(...[warm[0], ...samples[0]].map((x) => x.rssMiB));
  const { reader, mlr: m } = figures;
  const ratio = m ? reader.median / m.median : undefined;
  const pass = { ratio: ratio === undefined ? null : ratio <= TARGET_RATIO, rss: rssMiB < TARGET_RSS_MIB };
  const verdict = (ok) => (ok ? 'PASS' : 'MISS');
  if (m) {
    const cpuRatio = reader.cpu !== undefined && m.cpu !== undefined ? `; CPU ${(reader.cpu / m.cpu).toFixed(2)}×` : '';
    console.log(`  => reader / mlr: ${ratio.toFixed(2)}× (${reader.median.toFixed(0)} / ${m.median.toFixed(0)} ms${cpuRatio})   target ≤ ${TARGET_RATIO}×   ${verdict(pass.ratio)}`);
  }
  console.log(`  => peak RSS ${rssMiB.toFixed(0)} MiB   target < ${TARGET_RSS_MIB} MiB   ${verdict(pass.rss)}`);
  return { file, rows: RECORDS_PARAMS.rows, reader, mlr: m, ratio, rssMiB, pass, targets: { ratio: TARGET_RATIO, rssMiB: TARGET_RSS_MIB } };
}

// ------------------------------------------------------------------ main ----

if (process.argv[1] && path.resolve(process.argv[1]) === SELF) {
  if (process.argv[2] === '--child') {
    await child(process.argv[3]);
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
