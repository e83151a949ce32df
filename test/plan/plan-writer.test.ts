import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/io/output.js';
import type { PlanWriter as SourceWriter } from '../../src/plan/plan-writer.js';
import { NewPeople, type WriteJob, jobFiles } from '../../src/plan/write-job.js';
import { planProgram } from '../../src/plan/index.js';
import { pickLocks, readLocks } from '../../src/plan/lock.js';
import { loadProgram } from '../../src/program/load.js';
import { validateProgram } from '../../src/validate/index.js';
import { EXAMPLE, REPO } from '../helpers/cli.js';

// The compiled writer (npm test builds first): only there does it run its own thread.
const { PlanWriter } = (await import(pathToFileURL(path.join(REPO, 'dist/plan/plan-writer.js')).href)) as { PlanWriter: typeof SourceWriter };

const { model } = validateProgram(loadProgram(EXAMPLE), { today: '2026-11-26' });
const jobs: WriteJob[] = [];
let named: NewPeople | undefined;
const { people } = planProgram(model, {
  locks: {},
  onPlanned: (plan, find) => jobs.push({ plan, people: (named ??= new NewPeople(find)).of(plan), programId: 'northwind-academy', prefix: 0 }),
});

const fresh = () => path.join(mkdtempSync(path.join(tmpdir(), 'cohort-writer-')), 'plan');
const stagingFolders = (target: string) => readdirSync(path.dirname(target)).filter((name) => name.startsWith('.'));

describe('PlanWriter (on its own thread)', () => {
  it('reads the published plans on its thread, as the calling thread would', async () => {
    const target = fresh();
    const first = new PlanWriter();
    first.begin(target);
    for (const job of jobs) first.write(job);
    await first.finish();
    const writer = new PlanWriter();
    try {
      const cohorts = jobs.map((job) => job.plan.cohort);
      expect(pickLocks(await writer.readLocks(target), cohorts)).toEqual(await readLocks(target, cohorts));
      expect(Object.keys(await writer.readLocks(target)).length).toBe(jobs.length);
    } finally {
      await writer.abort();
    }
  });

  it('writes the same files, byte for byte, as rendering on the calling thread', async () => {
    const target = fresh();
    const writer = new PlanWriter();
    writer.begin(target);
    for (const job of jobs) writer.write(job);
    // Each job names only people new to the writer; rendered alone, a job is given everyone.
    const expected = jobs.flatMap((job) => jobFiles({ ...job, people }));
    expect(await writer.finish()).toEqual({ written: expected.length, leftovers: [] });
    expect(listFiles(target)).toEqual(expected.map((f) => f.path).sort());
    for (const file of expected) expect(readFileSync(path.join(target, file.path), 'utf8'), file.path).toBe(file.content);
    expect(stagingFolders(target)).toEqual([]);
  });

  it('reports a file it cannot write as an I/O error and keeps the earlier output', async () => {
    const target = fresh();
    mkdirSync(target);
    writeFileSync(path.join(target, 'kept.md'), 'earlier run');
    const writer = new PlanWriter();
    writer.begin(target);
    // A folder where the first cohort's schedule.csv goes makes that write fail inside the thread.
    const [staging] = stagingFolders(target);
    mkdirSync(path.join(path.dirname(target), staging!, jobs[0]!.plan.cohort, 'schedule.csv'), { recursive: true });
    for (const job of jobs) writer.write(job);
    await expect(writer.finish()).rejects.toThrow(/^cannot write .*plan: EISDIR$/);
    expect(listFiles(target)).toEqual(['kept.md']);
    expect(stagingFolders(target)).toEqual([]);
  });

  it('passes a rendering failure on as it is, and writes nothing', async () => {
    const target = fresh();
    const writer = new PlanWriter();
    writer.begin(target);
    writer.write({ ...jobs[0]!, plan: { ...jobs[0]!.plan, sessions: null as never } });
    const failure = await writer.finish().catch((error: Error) => error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).not.toMatch(/cannot write/);
    expect(existsSync(target)).toBe(false);
    expect(stagingFolders(target)).toEqual([]);
  });

  it('discards everything staged on abort, even with jobs still running', async () => {
    const target = fresh();
    const writer = new PlanWriter();
    writer.begin(target);
    for (const job of jobs) writer.write(job);
    await writer.abort();
    expect(existsSync(target)).toBe(false);
    expect(stagingFolders(target)).toEqual([]);
  });
});
