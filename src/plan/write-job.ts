import type { FolderWriter, OutputFile } from '../io/output.js';
import type { PeopleIndex } from '../render/plan-pages.js';
import { cohortFiles } from './files.js';
import type { CohortPlan } from './types.js';

/** One cohort's (or the communities') files to render and write into the staging folder. */
export interface WriteJob {
  plan: CohortPlan;
  /** Everyone the plan names, and nobody else (the job crosses to another thread). */
  people: PeopleIndex;
  programId: string;
  capstoneName?: string;
  /** Characters to cut from each file's path (with --cohort, the cohort's folder is the target). */
  prefix: number;
}

/** A job's files, with paths relative to the folder being replaced. */
export function jobFiles(job: WriteJob): OutputFile[] {
  const files = cohortFiles(job.plan, { programId: job.programId, people: job.people, ...(job.capstoneName ? { capstoneName: job.capstoneName } : {}) });
  return job.prefix === 0 ? files : files.map((file) => ({ ...file, path: file.path.slice(job.prefix) }));
}

/** Render a job's files and write them; returns how many were written. */
export function writeJob(job: WriteJob, writer: FolderWriter): number {
  const files = jobFiles(job);
  for (const file of files) writer.write(file);
  return files.length;
}
