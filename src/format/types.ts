import type { Diagnostic, Summary } from '../diagnostics.js';

export interface RuleInfo {
  id: string;
  severity: 'error' | 'warning';
  description: string;
}

/** Everything a formatter may use; formatters are pure and return text. */
export interface FormatInput {
  diagnostics: readonly Diagnostic[];
  summary: Summary;
  /** Rule metadata for every rule id that can appear (SARIF lists it). */
  rules: readonly RuleInfo[];
  /** The text of a line of a file, for code frames. */
  lineText: (file: string, line: number) => string;
  color: boolean;
  toolVersion: string;
  /** The program root's path inside its repository ('' at the top; see pathInRepository); undefined outside one. CI formats name files from the repository root. */
  repositoryPath?: string;
}

export type Formatter = (input: FormatInput) => string;
