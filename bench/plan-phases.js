// Where `cohort plan`'s time goes, phase by phase, on one thread:
//
//   node bench/plan-phases.js [PROGRAM] [PUBLISHED-PLAN-DIR]
//
// PROGRAM defaults to the benchmark's 100-cohort program (run `npm run bench`
// once to generate it); PUBLISHED-PLAN-DIR is an `<out>/plan` folder to read
// as the lock, as `cohort plan` does without --fresh. Prints CPU (user +
// system of the process, so the compiler's and garbage collector's threads
// count) and wall time of loading, validating, reading the lock, planning,
// rendering, and writing the files into a new temporary folder. Needs a
// build (npm run build).

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dist = (file) => import(pathToFileURL(path.join(ROOT, 'dist', file)).href);
const program = process.argv[2] ?? path.join(ROOT, 'bench/.work/programs/program-c100-p200-m1000-g4');
const lockDir = process.argv[3];
if (!existsSync(program)) throw new Error(`no program at ${program}: run npm run bench once, or name one`);

const { openProgram } = await dist('program/open.js');
const { validateProgram } = await dist('validate/index.js');
const { planProgram } = await dist('plan/index.js');
const { jobFiles } = await dist('plan/write-job.js');
const { readLocks } = await dist('plan/lock.js');
const { FolderWriter } = await dist('io/output.js');

const TODAY = '2026-11-26';
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const rows = [];
let lastCpu = cpu();
let lastWall = performance.now();
const lap = (phase) => {
  const nowCpu = cpu();
  const nowWall = performance.now();
  rows.push({ phase, cpu: Math.round(nowCpu - lastCpu), wall: Math.round(nowWall - lastWall) });
  lastCpu = nowCpu;
  lastWall = nowWall;
};

const opened = openProgram({ cwd: process.cwd(), program, today: TODAY });
lap('load');
const { model } = validateProgram(opened, { today: TODAY });
lap('validate');
const locks = lockDir ? await readLocks(lockDir, model.cohorts.map((c) => c.value.metadata.id)) : {};
lap('read lock');
const planned = [];
const plan = planProgram(model, { locks, onPlanned: (p) => planned.push(p) });
lap('plan');
const files = planned.flatMap((p) => jobFiles({ plan: p, people: plan.people, programId: 'bench', prefix: 0 }));
lap('render');
const scratch = mkdtempSync(path.join(tmpdir(), 'cohort-phases-'));
const folder = new FolderWriter(scratch);
for (const file of files) folder.write(file);
lap('write');
rmSync(scratch, { recursive: true, force: true });
const chars = files.reduce((sum, file) => sum + file.content.length, 0);
console.table(rows);
console.log(`${planned.length} plans, ${(chars / 1e6).toFixed(1)} M characters of files`);
