import { parentPort } from 'node:worker_threads';
import { FolderWriter } from '../io/output.js';
import { readAllLocks } from './lock.js';
import { CLAIM, type WriterRequest, type WriterState, writeJob } from './write-job.js';
import { idRecord } from '../util/id-record.js';

/**
 * The plan writer's thread (see plan-writer.ts): renders and writes each
 * cohort's files while the main thread plans the next cohort. Each job is
 * rendered here unless the main thread claimed it first; every job is
 * answered with how many files were written here, or with the error that
 * stopped it. Before any job, it may be asked to read the published plans
 * (the lock) while the main thread validates the program.
 */
const writers = new Map<string, WriterState>();

parentPort?.on('message', (message: WriterRequest) => {
  if ('planDir' in message) {
    readAllLocks(message.planDir).then(
      (locks) => parentPort!.postMessage({ locks }),
      (error: unknown) => parentPort!.postMessage({ locksError: errorReply(error) }),
    );
    return;
  }
  try {
    let writer = writers.get(message.dir);
    if (!writer) writers.set(message.dir, (writer = { folder: new FolderWriter(message.dir), people: idRecord() }));
    // Everyone a job names is kept even when the other thread renders the job: later jobs name them too.
    Object.assign(writer.people, message.job.people);
    const mine = Atomics.compareExchange(message.claim, 0, CLAIM.free, CLAIM.writer) === CLAIM.free;
    parentPort!.postMessage({ written: mine ? writeJob(message.job, writer) : 0 });
  } catch (error) {
    parentPort!.postMessage({ error: errorReply(error) });
  }
});

function errorReply(error: unknown): { message: string; code?: string; stack?: string } {
  const e = error as NodeJS.ErrnoException;
  return { message: e?.message ?? String(error), ...(e?.code === undefined ? {} : { code: e.code }), ...(e?.stack === undefined ? {} : { stack: e.stack }) };
}
