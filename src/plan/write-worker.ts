import { parentPort } from 'node:worker_threads';
import { FolderWriter } from '../io/output.js';
import { type WriteJob, type WriterState, writeJob } from './write-job.js';

/**
 * The plan writer's thread (see plan-writer.ts): renders and writes each
 * cohort's files while the main thread plans the next cohort. Answers every
 * job with how many files it wrote, or with the error that stopped it.
 */
const writers = new Map<string, WriterState>();

parentPort?.on('message', (message: { dir: string; job: WriteJob }) => {
  try {
    let writer = writers.get(message.dir);
    if (!writer) writers.set(message.dir, (writer = { folder: new FolderWriter(message.dir), people: {} }));
    parentPort!.postMessage({ written: writeJob(message.job, writer) });
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    parentPort!.postMessage({ error: { message: e?.message ?? String(error), code: e?.code, stack: e?.stack } });
  }
});
