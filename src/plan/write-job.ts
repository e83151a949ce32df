import type { FolderWriter, OutputFile } from '../io/output.js';
import type { PeopleIndex, PersonInfo } from '../render/plan-pages.js';
import { cohortFiles } from './files.js';
import type { CohortPlan } from './types.js';
import { idRecord } from '../util/id-record.js';

/** One cohort's (or the communities') files to render and write into the staging folder. */
export interface WriteJob {
  plan: CohortPlan;
  /**
   * People the plan names that no earlier job of the same writer gave (see
   * {@link NewPeople}); the writer keeps everyone it was given, so each
   * person crosses to the writer's thread once.
   */
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

/** What the plan writer's thread is asked: to render and write a job, or to read the published plans under `planDir`. */
export type WriterRequest = { dir: string; job: WriteJob; claim: Int32Array } | { planDir: string };

/** A job's claim (a shared integer): whichever thread sets it first renders the job. */
export const CLAIM = { free: 0, writer: 1, calling: 2 } as const;

/** Where a writer puts files, and everyone its jobs have named so far. */
export interface WriterState {
  folder: FolderWriter;
  people: PeopleIndex;
}

/** Render a job's files and write them; returns how many were written. */
export function writeJob(job: WriteJob, state: WriterState): number {
  Object.assign(state.people, job.people);
  const files = jobFiles({ ...job, people: state.people });
  for (const file of files) state.folder.write(file);
  return files.length;
}

/** The people a plan's pages name (group leads, community mentors and members, session leads) that were not given before. */
export class NewPeople {
  private readonly given = new Set<string>();

  constructor(private readonly find: (id: string) => PersonInfo | undefined) {}

  of(plan: CohortPlan): PeopleIndex {
    const people: PeopleIndex = idRecord();
    const add = (id: string) => {
      if (id === '' || this.given.has(id)) return;
      this.given.add(id);
      const person = this.find(id);
      if (person) people[id] = person;
    };
    for (const group of plan.groups) {
      add(group.lead);
      group.members.forEach(add);
      group.community.forEach(add);
    }
    // A group's sessions come together and share their lead but for substitutes: only changes are looked up.
    let previous = '';
    for (const { lead } of plan.sessions) {
      if (lead !== previous) add(lead);
      previous = lead;
    }
    Object.values(plan.communityMentor).forEach(add);
    return people;
  }
}
