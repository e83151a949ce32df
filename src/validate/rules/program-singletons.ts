import type { Kind } from '../../program/kinds.js';
import { isRecord } from '../../program/load.js';
import { GOVERNANCE_FILE, type ProgramModel } from '../../program/model.js';
import type { SourceDoc } from '../../program/source.js';
import type { Rule, RuleContext } from '../rule.js';
import { placeOf } from './lookup.js';

const PROGRAM_FILE = 'program.yaml';

/**
 * The model keeps only the first valid Program and Governance, so a second
 * one is looked for among the raw documents of every file that holds a valid
 * document. A document that failed its schema has been reported already, so
 * its kind is not called missing here.
 */
export const programSingletons: Rule = {
  id: 'program/singletons',
  severity: 'error',
  description: 'A program has exactly one Program document, in program.yaml, and exactly one Governance document.',
  check(ctx) {
    const sources = sourcesOf(ctx.model);
    const programs = ofKind(sources, 'Program');
    // The one in program.yaml is the real one; any other is the extra.
    reportExtra(ctx, 'Program', [...programs.filter(inProgramFile), ...programs.filter((doc) => !inProgramFile(doc))]);
    checkProgramFile(ctx, sources, programs);
    // Likewise the one in governance.yaml, which the model keeps.
    const governance = ofKind(sources, 'Governance');
    reportExtra(ctx, 'Governance', [...governance.filter((doc) => doc.file.rel === GOVERNANCE_FILE), ...governance.filter((doc) => doc.file.rel !== GOVERNANCE_FILE)]);
    checkGovernanceExists(ctx, sources);
  },
};

function checkProgramFile(ctx: RuleContext, sources: SourceDoc[], programs: SourceDoc[]): void {
  const program = ctx.model.program;
  if (program && !programs.some(inProgramFile)) {
    ctx.report({ doc: program.source, path: ['kind'], message: `the Program document is in ${program.source.file.rel}; it belongs in ${PROGRAM_FILE}`, hint: `move it to ${PROGRAM_FILE} at the program root: cohort finds the root by that file` });
  }
  const programFile = sources.find(inProgramFile);
  if (programFile && programs.length === 0 && ctx.model.declaredIds.Program.size === 0 && ctx.model.unreadable.length === 0) {
    ctx.report({ doc: programFile, path: ['kind'], message: `${PROGRAM_FILE} holds no Program document`, hint: `${PROGRAM_FILE} holds the academy's settings: "apiVersion: cohort/v1", "kind: Program", metadata and spec (timezone, holidays, …)` });
  }
}

function checkGovernanceExists(ctx: RuleContext, sources: SourceDoc[]): void {
  const program = ctx.model.program;
  // An unreadable file may be the Governance document.
  if (!program || ofKind(sources, 'Governance').length > 0 || ctx.model.declaredIds.Governance.size > 0 || ctx.model.unreadable.length > 0) return;
  ctx.report({ doc: program.source, path: [], message: 'the program has no Governance document', hint: 'add governance.yaml with "kind: Governance": the data classes, tools and approvers that projects are checked against' });
}

function reportExtra(ctx: RuleContext, kind: Kind, docs: SourceDoc[]): void {
  const [first, ...rest] = docs;
  if (!first) return;
  for (const doc of rest) {
    ctx.report({ doc, path: ['kind'], message: `a second ${kind} document (the first is at ${placeOf(first, ['kind'])}); a program has exactly one`, hint: `merge them into one ${kind} document` });
  }
  // One in a file the model cannot see is known only by its id; it is named at the first one.
  const seen = new Set(docs.map((doc) => (isRecord(doc.value) && isRecord(doc.value.metadata) ? doc.value.metadata.id : undefined)));
  for (const id of [...ctx.model.declaredIds[kind]].filter((declared) => !seen.has(declared))) {
    ctx.report({ doc: first, path: ['kind'], message: `another ${kind} document, "${id}", is declared elsewhere; a program has exactly one`, hint: `search the program for "kind: ${kind}" and merge the two` });
  }
}

function inProgramFile(doc: SourceDoc): boolean {
  return doc.file.rel === PROGRAM_FILE;
}

function ofKind(sources: SourceDoc[], kind: Kind): SourceDoc[] {
  return sources.filter((doc) => isRecord(doc.value) && doc.value.kind === kind);
}

/** Every document, valid or not, of every file that holds at least one valid document, in file order. */
function sourcesOf(model: ProgramModel): SourceDoc[] {
  const valid = [model.program, model.governance, ...model.setAside, ...model.curricula, ...model.cohorts, ...model.rosters];
  const files = new Set(valid.flatMap((doc) => (doc ? [doc.source.file] : [])));
  return [...files].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0)).flatMap((file) => file.docs);
}
