import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { FolderWriter, type Leftover, StagedFolder, writeFailure } from '../io/output.js';
import { type Locks, readAllLocks } from './lock.js';
import { CLAIM, type WriteJob, type WriterRequest, type WriterState, writeJob } from './write-job.js';
import { idRecord } from '../util/id-record.js';

type ErrorReply = { message: string; code?: string; stack?: string };
type Reply = { written: number } | { error: ErrorReply } | { locks: Locks } | { locksError: ErrorReply };

const WORKER = new URL('./write-worker.js', import.meta.url);

/**
 * Writes plan files into a staged folder on a second thread, so rendering
 * and writing one cohort overlaps planning the next (the main thread plans
 * cohort after cohort; each finished cohort is sent at once). The thread
 * is started before validation, so loading the renderers overlaps that too.
 * Once planning is done, the calling thread renders too: it claims jobs
 * from the last one back while the other thread claims them from the first
 * one on, each job's claim a shared integer set atomically, so both cores
 * render until none is left. Output is the same files either way: each job
 * is a pure function of the cohort's plan.
 *
 * People cross to the thread once (see NewPeople): the thread reads every
 * job's people, also of a job the calling thread took, and the calling
 * thread keeps everyone.
 *
 * Run from sources (the TypeScript tests), where there is no compiled
 * worker, every job runs on the calling thread.
 */
export class PlanWriter {
  private readonly worker: Worker | undefined;
  private stage: StagedFolder | undefined;
  private local: WriterState | undefined;
  private readonly sent: Array<{ job: WriteJob; claim: Int32Array }> = [];
  private readonly people: WriterState['people'] = idRecord();
  private inFlight = 0;
  private written = 0;
  private failure: unknown;
  private wake: (() => void) | undefined;
  private locksRead: { resolve: (locks: Locks) => void; reject: (error: Error) => void } | undefined;
  private closing = false;

  constructor() {
    if (!existsSync(fileURLToPath(WORKER))) return;
    this.worker = new Worker(WORKER);
    // Idle, it must not keep the process alive (a run that stops at validation never calls finish).
    this.worker.unref();
    this.worker.on('message', (reply: Reply) => this.settle(reply));
    this.worker.on('error', (error) => this.fail(error));
  }

  /**
   * Every published plan under `planDir` (see readAllLocks), read on the
   * writer's thread while this one loads and validates the program; ask
   * before the first job.
   */
  readLocks(planDir: string): Promise<Locks> {
    if (!this.worker) return readAllLocks(planDir);
    // Awaited with nothing else to do, the thread must keep the process alive until it answers.
    this.worker.ref();
    return new Promise<Locks>((resolve, reject) => {
      this.locksRead = { resolve, reject };
      this.post({ planDir });
    }).finally(() => {
      // Once closing, the thread must keep the process alive until it has exited (see close).
      if (!this.closing) this.worker!.unref();
    });
  }

  /** Stage the target folder; jobs go there until finish or abort. */
  begin(target: string): void {
    this.stage = new StagedFolder(target);
    this.local = { folder: new FolderWriter(this.stage.dir), people: this.people };
  }

  write(job: WriteJob): void {
    if (this.failure !== undefined) return;
    Object.assign(this.people, job.people);
    if (!this.worker) {
      this.runHere(job);
      return;
    }
    const claim = new Int32Array(new SharedArrayBuffer(4));
    this.sent.push({ job, claim });
    this.inFlight++;
    this.post({ dir: this.stage!.dir, job, claim });
  }

  /** Render what the thread has not claimed yet, wait for the rest, then swap the staged folder in; returns how many files were written, and earlier copies that could not be removed (see StagedFolder.commit). */
  async finish(): Promise<{ written: number; leftovers: Leftover[] }> {
    const stage = this.stage!;
    if (this.worker) this.worker.ref();
    // The thread claims jobs in order: the first one it holds going back means it holds every earlier one.
    for (let i = this.sent.length - 1; i >= 0 && this.failure === undefined; i--) {
      const { job, claim } = this.sent[i]!;
      if (Atomics.compareExchange(claim, 0, CLAIM.free, CLAIM.calling) !== CLAIM.free) break;
      this.runHere(job);
    }
    while (this.failure === undefined && this.inFlight > 0) await new Promise<void>((resolve) => (this.wake = resolve));
    await this.close();
    if (this.failure !== undefined) {
      stage.abort();
      const error = this.failure as NodeJS.ErrnoException;
      throw error.code !== undefined ? writeFailure(stage.target, error) : error;
    }
    const leftovers = stage.commit();
    return { written: this.written, leftovers };
  }

  /** Drop everything staged (the plan has errors, or the run stopped); never throws. */
  async abort(): Promise<void> {
    // The thread is stopped first: a job still running could otherwise recreate the staging folder.
    await this.close();
    this.stage?.abort();
  }

  private runHere(job: WriteJob): void {
    try {
      this.written += writeJob(job, this.local!);
    } catch (error) {
      this.fail(error);
    }
  }

  private async close(): Promise<void> {
    if (!this.worker) return;
    this.closing = true;
    // An unreferenced thread would let the process end before `terminate` settles, with the caller's await still pending.
    this.worker.ref();
    await this.worker.terminate();
  }

  private post(request: WriterRequest): void {
    this.worker!.postMessage(request);
  }

  private settle(reply: Reply): void {
    if ('locks' in reply) this.locksRead?.resolve(reply.locks);
    else if ('locksError' in reply) this.locksRead?.reject(asError(reply.locksError));
    else {
      this.inFlight--;
      if ('error' in reply) this.fail(asError(reply.error));
      else this.written += reply.written;
      this.wake?.();
    }
  }

  private fail(error: unknown): void {
    this.locksRead?.reject(error as Error);
    if (this.failure === undefined) this.failure = error;
    this.wake?.();
  }
}

/** An error as the writer's thread reported it, with its code (a write failure's errno) and stack. */
function asError(reply: ErrorReply): Error {
  const error = Object.assign(new Error(reply.message), reply.code === undefined ? {} : { code: reply.code });
  if (reply.stack) error.stack = reply.stack;
  return error;
}
