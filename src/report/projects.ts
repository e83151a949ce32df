import type { Project } from '../program/model.js';
import type { ProjectRecord, ProjectStatus, RecordFinding } from '../records/types.js';
import { compareText } from '../render/order.js';
import { type DayNumber, formatDate } from '../util/dates.js';
import type { ReportContext } from './context.js';
import type { ProjectReport } from './types.js';

/**
 * Project status histories, streamed (FORMAT.md "Records", Projects): per
 * project only its current row and the first days it was delivered and
 * accepted. The latest row by date is current; on a tie the later row wins.
 * Each of the day columns keeps its latest written value, so a later row that
 * leaves `planned_days` empty does not forget it.
 */
export interface ProjectState {
  cohort: number;
  project: Project;
  status: ProjectStatus | undefined;
  day: DayNumber;
  plannedDays: Field;
  actualDays: Field;
  reworkCount: Field;
  satisfaction: Field;
  deliveredOn: DayNumber | undefined;
  acceptedOn: DayNumber | undefined;
}

interface Field {
  value: number | undefined;
  day: DayNumber;
}

export type ProjectBook = Map<string, ProjectState>;

/** Each project id with the cohort that declares it: the first one, in cohort order (a repeated id is unique/id's finding). */
export function projectDeclarations(ctx: ReportContext): Map<string, { cohort: number; project: ProjectState['project'] }> {
  const declared = new Map<string, { cohort: number; project: ProjectState['project'] }>();
  for (const cohort of ctx.cohorts) for (const project of cohort.spec.projects ?? []) if (!declared.has(project.id)) declared.set(project.id, { cohort: cohort.index, project });
  return declared;
}

export function emptyProjects(ctx: ReportContext): ProjectBook {
  const book: ProjectBook = new Map();
  for (const [id, { cohort, project }] of projectDeclarations(ctx)) {
    const field = (): Field => ({ value: undefined, day: -Infinity });
    book.set(id, {
      cohort,
      project,
      status: undefined,
      day: -Infinity,
      plannedDays: field(),
      actualDays: field(),
      reworkCount: field(),
      satisfaction: field(),
      deliveredOn: undefined,
      acceptedOn: undefined,
    });
  }
  return book;
}

export async function readProjects(ctx: ReportContext, rows: AsyncIterable<ProjectRecord>, warn: (f: RecordFinding) => void): Promise<ProjectBook> {
  const book = emptyProjects(ctx);
  for await (const row of rows) {
    if (row.date > ctx.today) continue;
    const state = book.get(row.project);
    if (!state) {
      warn({ severity: 'warning', file: row.source.file, line: row.source.line, column: 'project', message: `unknown project "${row.project}"`, hint: 'projects are declared under a cohort\'s `projects`' });
      continue;
    }
    if (row.date >= state.day) {
      state.status = row.status;
      state.day = row.date;
    }
    keep(state.plannedDays, row.plannedDays, row.date);
    keep(state.actualDays, row.actualDays, row.date);
    keep(state.reworkCount, row.reworkCount, row.date);
    keep(state.satisfaction, row.satisfaction, row.date);
    if ((row.status === 'delivered' || row.status === 'accepted') && !(row.date >= (state.deliveredOn ?? Infinity))) state.deliveredOn = row.date;
    if (row.status === 'accepted' && !(row.date >= (state.acceptedOn ?? Infinity))) state.acceptedOn = row.date;
  }
  return book;
}

function keep(field: Field, value: number | undefined, day: DayNumber): void {
  if (value !== undefined && Number.isFinite(value) && day >= field.day) {
    field.value = value;
    field.day = day;
  }
}

export const isDelivered = (status: ProjectStatus | undefined): boolean => status === 'delivered' || status === 'accepted';

/** Delivered or accepted with actual_days <= planned_days; null when not delivered or the days are unknown. */
export function onTime(state: ProjectState): boolean | null {
  const planned = state.plannedDays.value;
  const actual = state.actualDays.value;
  if (!isDelivered(state.status) || planned === undefined || actual === undefined) return null;
  return actual <= planned;
}

/** Projects in cohort order, then by id; satisfaction from the history, else from stakeholder feedback. */
export function projectReports(ctx: ReportContext, book: ProjectBook, stakeholder: ReadonlyMap<string, { value: number | null }>): ProjectReport[] {
  return [...book.values()]
    .sort((a, b) => a.cohort - b.cohort || compareText(a.project.id, b.project.id))
    .map((state) => ({
      cohort: ctx.cohorts[state.cohort]!.id,
      project: state.project.id,
      title: state.project.title,
      status: state.status ?? 'not recorded',
      capstone: state.project.capstone === true,
      onTime: onTime(state),
      deliveredOn: state.deliveredOn !== undefined ? formatDate(state.deliveredOn) : null,
      acceptedOn: state.acceptedOn !== undefined ? formatDate(state.acceptedOn) : null,
      plannedDays: state.plannedDays.value ?? null,
      actualDays: state.actualDays.value ?? null,
      reworkCount: state.reworkCount.value ?? null,
      satisfaction: state.satisfaction.value ?? stakeholder.get(state.project.id)?.value ?? null,
    }));
}
