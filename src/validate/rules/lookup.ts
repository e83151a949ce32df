import type { Kind } from '../../program/kinds.js';
import type { Doc, Mentor, Participant, ProgramModel } from '../../program/model.js';
import type { PathSegment } from '../../program/locate.js';
import type { SourceDoc } from '../../program/source.js';
import { didYouMean } from '../../util/suggest.js';
import type { RuleContext } from '../rule.js';

/** Shared views of the model that several rules need. Pure functions of the model. */

export interface Located<T> {
  item: T;
  doc: Doc;
  path: PathSegment[];
}

/** A place in a document; `at: 'key'` points at a mapping key instead of its value. */
export interface Where {
  doc: Doc;
  path: PathSegment[];
  at?: 'key' | 'value';
}

export function allMentors(model: ProgramModel): Located<Mentor>[] {
  return model.rosters.flatMap((doc) => doc.value.spec.mentors.map((item, i) => ({ item, doc, path: ['spec', 'mentors', i] })));
}

export function allParticipants(model: ProgramModel): Array<Located<Participant> & { cohort: Doc<'Cohort'> }> {
  return model.cohorts.flatMap((doc) => doc.value.spec.participants.map((item, i) => ({ item, doc, cohort: doc, path: ['spec', 'participants', i] })));
}

export function curriculumById(model: ProgramModel, id: string): Doc<'Curriculum'> | undefined {
  return model.curricula.find((c) => c.value.metadata.id === id);
}

export function moduleIds(curriculum: Doc<'Curriculum'>): string[] {
  return curriculum.value.spec.modules.map((m) => m.id);
}

export function competencyIds(curriculum: Doc<'Curriculum'>): string[] {
  return (curriculum.value.spec.competencies ?? []).map((c) => c.id);
}

/** The same test as the schema's email format: a value with one @ and a dot after it. */
export function isEmail(value: string): boolean {
  return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value);
}

/**
 * True when a document of `kind` failed its schema. The names it declares
 * (mentors, competencies, tools) are then unknown to the model, so checks
 * against them are skipped rather than cascading into false findings.
 */
export function someDocFailed(model: ProgramModel, kind: Kind, valid: readonly Doc[]): boolean {
  // A file that could not be read may hold documents of any kind.
  if (model.unreadable.length > 0) return true;
  const ids = new Set(valid.map((d) => d.value.metadata.id));
  return [...model.declaredIds[kind]].some((id) => !ids.has(id));
}

/** `file:line` of a place, for messages that point at a second place. */
export function placeOf(source: SourceDoc, path: readonly PathSegment[]): string {
  return `${source.file.rel}:${source.file.locator.locate(source.index, path).line}`;
}

/** Names for a hint: all of them, or the first few and how many there are. */
export function listed(all: Iterable<string>, max = 8): string {
  const names = [...all];
  if (names.length === 0) return '(none are declared)';
  const shown = names.slice(0, max).join(', ');
  return names.length > max ? `${shown}, … (${names.length} in all)` : shown;
}

/** Items by id, the first of a repeated id winning: unique/id reports the repeat, and the rules judge against the first, as that finding says. */
export function firstById<T extends { id: string }>(items: Iterable<T>): Map<string, T> {
  const byId = new Map<string, T>();
  for (const item of items) if (!byId.has(item.id)) byId.set(item.id, item);
  return byId;
}

/** Mentors by id, each as first declared (the one unique/id keeps), with where it stands. */
export function firstMentorsById(model: ProgramModel): Map<string, Located<Mentor>> {
  const byId = new Map<string, Located<Mentor>>();
  for (const mentor of allMentors(model)) if (!byId.has(mentor.item.id)) byId.set(mentor.item.id, mentor);
  return byId;
}

/** Calls `found` for each entry whose key an earlier entry already had, with the first such entry. */
export function forEachRepeat<T>(entries: Iterable<T>, keyOf: (entry: T) => string, found: (repeat: T, first: T) => void): void {
  const seen = new Map<string, T>();
  for (const entry of entries) {
    const first = seen.get(keyOf(entry));
    if (first === undefined) seen.set(keyOf(entry), entry);
    else found(entry, first);
  }
}

/**
 * Report `name` when it is not among `known`, with a did-you-mean. Names
 * declared in a document that failed its schema count as known, so one
 * mistake does not cascade into many. Pass sets when checking many names
 * against one list: a list is turned into a set on every call.
 */
export function checkReference(
  ctx: RuleContext,
  where: Where,
  name: string,
  what: string,
  known: ReadonlySet<string> | Iterable<string>,
  alsoDeclared: ReadonlySet<string> | Iterable<string> = [],
  hint?: string,
): void {
  const names = asSet(known);
  // The name may be declared in a file that could not be read: saying it is missing would send the reader the wrong way.
  if (names.has(name) || asSet(alsoDeclared).has(name) || ctx.model.unreadable.length > 0) return;
  ctx.report({ doc: where.doc.source, path: where.path, at: where.at, message: `${what} "${name}" does not exist${didYouMean(name, names)}`, hint });
}

function asSet(names: ReadonlySet<string> | Iterable<string>): ReadonlySet<string> {
  return names instanceof Set ? names : new Set(names);
}
