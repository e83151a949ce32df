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
  /** Every id written in any document of a kind, valid or not: a reference to one of these is not "unknown". */
  declaredIds: Record<Kind, Set<string>>;
}

export function emptyModel(root: string): ProgramModel {
  return {
    root,
    curricula: [],
    cohorts: [],
    rosters: [],
    declaredIds: { Program: new Set(), Curriculum: new Set(), Cohort: new Set(), MentorRoster: new Set(), Governance: new Set() },
  };
}

export function addDoc(model: ProgramModel, doc: Doc): void {
  switch (doc.kind) {
    case 'Program':
      // The one in program.yaml wins; program/singletons reports any other.
      if (!model.program || (doc.source.file.rel === 'program.yaml' && model.program.source.file.rel !== 'program.yaml')) model.program = doc as Doc<'Program'>;
      break;
    case 'Governance':
      model.governance ??= doc as Doc<'Governance'>;
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
