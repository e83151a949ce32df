import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { FolderWriter, StagedFolder, writeFailure } from '../io/output.js';
import { type WriteJob, type WriterState, writeJob } from './write-job.js';

type Reply = { written: number } | { error: { message: string; code?: string; stack?: string } };

const WORKER = new URL('./write-worker.js', import.meta.url);

/**
 * Writes plan files into a staged folder on a second thread, so rendering
 * and writing one cohort overlaps planning the next (the main thread plans
 * cohort after cohort; each finished cohort is handed over at once). The
 * thread is started before validation, so loading the renderers overlaps
 * that too. Output is the same files a single thread writes: each job is a
 * pure function of the cohort's plan.
 *
 * Run from sources (the TypeScript tests), where there is no compiled
 * worker, the jobs run on the calling thread instead.
 */
export class PlanWriter {
  private readonly worker: Worker | undefined;
  private stage: StagedFolder | undefined;
  private inline: WriterState | undefined;
  private pending = 0;
  private written = 0;
  private failure: unknown;
  private wake: (() => void) | undefined;

  constructor() {
    if (!existsSync(fileURLToPath(WORKER))) return;
    this.worker = new Worker(WORKER);
    // Idle, it must not keep the process alive (a run that stops at validation never calls finish).
    this.worker.unref();
    this.worker.on('message', (reply: Reply) => this.settle(reply));
    this.worker.on('error', (error) => this.fail(error));
  }

  /** Stage the target folder; jobs go there until finish or abort. */
  begin(target: string): void {
    this.stage = new StagedFolder(target);
    if (!this.worker) this.inline = { folder: new FolderWriter(this.stage.dir), people: {} };
  }

  write(job: WriteJob): void {
    const stage = this.stage!;
    if (this.failure !== undefined) return;
    if (this.inline) {
      try {
        this.written += writeJob(job, this.inline);
      } catch (error) {
        this.failure = error;
      }
      return;
    }
    this.pending++;
    this.worker!.postMessage({ dir: stage.dir, job });
  }

  /** Wait for every job, then swap the staged folder in; returns how many files were written. */
  async finish(): Promise<number> {
    const stage = this.stage!;
    if (this.worker) {
      this.worker.ref();
      while (this.pending > 0 && this.failure === undefined) await new Promise<void>((resolve) => (this.wake = resolve));
    }
    await this.close();
    if (this.failure !== undefined) {
      stage.abort();
      const error = this.failure as NodeJS.ErrnoException;
      throw error.code !== undefined ? writeFailure(stage.target, error) : error;
    }
    stage.commit();
    return this.written;
  }

  /** Drop everything staged (the plan has errors, or the run stopped); never throws. */
  async abort(): Promise<void> {
    // The thread is stopped first: a job still running could otherwise recreate the staging folder.
    await this.close();
    this.stage?.abort();
  }

  private async close(): Promise<void> {
    await this.worker?.terminate();
  }

  private settle(reply: Reply): void {
    this.pending--;
    if ('error' in reply) {
      const error = Object.assign(new Error(reply.error.message), reply.error.code === undefined ? {} : { code: reply.error.code });
      if (reply.error.stack) error.stack = reply.error.stack;
      this.fail(error);
    } else this.written += reply.written;
    this.wake?.();
  }

  private fail(error: unknown): void {
    if (this.failure === undefined) this.failure = error;
    this.wake?.();
  }
}
