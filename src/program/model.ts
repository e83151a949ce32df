import type { Kind } from './kinds.js';
import type { SourceDoc } from './source.js';
import type {
  CohortDocument,
  CurriculumDocument,
  GovernanceDocument,
  MentorRosterDocument,
  ProgramDocument,
} from './types.generated.js';

export type * from './types.generated.js';

interface DocumentTypes {
  Program: ProgramDocument;
  Curriculum: CurriculumDocument;
  Cohort: CohortDocument;
  MentorRoster: MentorRosterDocument;
  Governance: GovernanceDocument;
}

/** A schema-valid document: its typed value and where it came from. */
export interface Doc<K extends Kind = Kind> {
  kind: K;
  value: DocumentTypes[K];
  source: SourceDoc;
}

/**
 * The program as the rules and engines see it. Only documents that passed
 * their schema are here, so every field has the type the schema promises.
 */
export interface ProgramModel {
  root: string;
  program?: Doc<'Program'>;
  curricula: Doc<'Curriculum'>[];
  cohorts: Doc<'Cohort'>[];
  rosters: Doc<'MentorRoster'>[];
  governance?: Doc<'Governance'>;
  /** Valid Program and Governance documents beyond the one kept: program/singletons reports them. */
  setAside: Doc[];
  /** Every id written in any document of a kind, valid or not: a reference to one of these is not "unknown". */
  declaredIds: Record<Kind, Set<string>>;
  /**
   * Files that could not be read as YAML (syntax, encoding, tags, …): their
   * documents, and every name in them, are unknown, so rules that would call
   * a name missing or a capacity short hold back until they can be read.
   */
  unreadable: string[];
}

export function emptyModel(root: string): ProgramModel {
  return {
    root,
    curricula: [],
    cohorts: [],
    rosters: [],
    setAside: [],
    declaredIds: { Program: new Set(), Curriculum: new Set(), Cohort: new Set(), MentorRoster: new Set(), Governance: new Set() },
    unreadable: [],
  };
}

/** Where a program's Governance document is expected; another one elsewhere is the extra. */
export const GOVERNANCE_FILE = 'governance.yaml';

export function addDoc(model: ProgramModel, doc: Doc): void {
  switch (doc.kind) {
    case 'Program':
      // The one in program.yaml wins; program/singletons reports any other.
      model.program = keepOne(model, model.program, doc as Doc<'Program'>, 'program.yaml');
      break;
    case 'Governance':
      // The one in governance.yaml wins, else the first; program/singletons reports any other.
      model.governance = keepOne(model, model.governance, doc as Doc<'Governance'>, GOVERNANCE_FILE);
      break;
    case 'Curriculum':
      model.curricula.push(doc as Doc<'Curriculum'>);
      break;
    case 'Cohort':
      model.cohorts.push(doc as Doc<'Cohort'>);
      break;
    case 'MentorRoster':
      model.rosters.push(doc as Doc<'MentorRoster'>);
      break;
  }
}

/** Of a document kind a program has once: the one in `file`, else the first; the other is set aside. */
function keepOne<T extends Doc>(model: ProgramModel, kept: T | undefined, doc: T, file: string): T {
  if (kept === undefined) return doc;
  const replace = doc.source.file.rel === file && kept.source.file.rel !== file;
  model.setAside.push(replace ? kept : doc);
  return replace ? doc : kept;
}
