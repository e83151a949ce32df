import { type Diagnostic, type Summary, sortDiagnostics, summarize } from '../diagnostics.js';
import type { RuleInfo } from '../format/types.js';
import type { LoadedProgram } from '../program/load.js';
import { type ProgramModel, addDoc, emptyModel } from '../program/model.js';
import { type DayNumber, isTimeZone, parseDate, todayIn } from '../util/dates.js';
import { declaredId, checkDocument } from './documents.js';
import { fileDiagnostic, locateFinding } from './report.js';
import { RULES } from './rules/index.js';
import { applySeverities } from './severities.js';
import { STAGE_RULES } from './stage-rules.js';

export interface ValidationResult {
  model: ProgramModel;
  diagnostics: Diagnostic[];
  summary: Summary;
  /** The date findings were judged against. */
  today: DayNumber;
}

export interface ValidateOptions {
  /** --today as written; default: today in the program's time zone. */
  today?: string;
}

/** Every rule id that can appear in a finding, with its metadata. */
export const ALL_RULES: readonly RuleInfo[] = [...STAGE_RULES, ...RULES.map(({ id, severity, description }) => ({ id, severity, description }))];

/** Staged: read → envelope and schema → rules; later stages see only what earlier ones accepted. */
export function validateProgram(loaded: LoadedProgram, options: ValidateOptions = {}): ValidationResult {
  const diagnostics: Diagnostic[] = [];
  for (const file of loaded.files) {
    for (const f of file.findings) diagnostics.push(fileDiagnostic(file, f.offset, f.endOffset, f.rule, f.message, f.hint));
  }
  const model = emptyModel(loaded.root);
  // An empty file hides nothing; any other reading finding hides the file's documents.
  model.unreadable = loaded.files.filter((file) => file.findings.some((f) => f.rule !== 'yaml/empty')).map((file) => file.rel);
  for (const source of loaded.docs) {
    const declared = declaredId(source);
    if (declared) model.declaredIds[declared.kind].add(declared.id);
    const doc = checkDocument(source, diagnostics);
    if (doc) addDoc(model, doc);
  }
  const today = options.today !== undefined ? parseDate(options.today)! : todayIn(programZone(model));
  const ruleFindings: Diagnostic[] = [];
  for (const rule of RULES) {
    rule.check({ model, today, report: (finding) => ruleFindings.push(locateFinding(finding, rule.id, rule.severity)) });
  }
  diagnostics.push(...applySeverities(ruleFindings, model));
  const sorted = sortDiagnostics(diagnostics);
  return { model, diagnostics: sorted, summary: summarize(sorted, loaded.files.length), today };
}

function programZone(model: ProgramModel): string {
  const zone = model.program?.value.spec.timezone;
  return zone !== undefined && isTimeZone(zone) ? zone : 'UTC';
}
