import type { Diagnostic } from '../diagnostics.js';
import { API_VERSION, KINDS, KIND_NAMES, type Kind, isKind } from '../program/kinds.js';
import { isRecord } from '../program/load.js';
import type { Doc } from '../program/model.js';
import type { SourceDoc } from '../program/source.js';
import { didYouMean } from '../util/suggest.js';
import { validatorFor } from './ajv.js';
import { type Finding, locateFinding } from './report.js';
import { translate } from './translate.js';

/**
 * The envelope and schema stages for one document. Returns the typed
 * document when it is valid; otherwise pushes located errors.
 */
export function checkDocument(source: SourceDoc, out: Diagnostic[]): Doc | undefined {
  const fail = (rule: string, finding: Omit<Finding, 'doc'>) => void out.push(locateFinding({ doc: source, ...finding }, rule, 'error'));
  const value = source.value;
  if (!isRecord(value) || (!('apiVersion' in value) && !('kind' in value))) {
    fail('load/not-a-document', {
      path: [],
      message: `${source.file.rel} is not a program document (it has no apiVersion and kind)`,
      hint: `give it "apiVersion: ${API_VERSION}" and a kind, or add "${source.file.rel}" to Program.spec.exclude in program.yaml`,
    });
    return undefined;
  }
  if (value.apiVersion !== API_VERSION) {
    fail('schema/api-version', {
      path: 'apiVersion' in value ? ['apiVersion'] : [],
      at: 'apiVersion' in value ? 'value' : 'key',
      message: 'apiVersion' in value ? `unknown apiVersion ${JSON.stringify(value.apiVersion)}` : 'missing required field "apiVersion"',
      hint: `this cohort reads "apiVersion: ${API_VERSION}"`,
    });
    return undefined;
  }
  if (!isKind(value.kind)) {
    fail('schema/kind', {
      path: 'kind' in value ? ['kind'] : [],
      message: 'kind' in value ? `unknown kind ${JSON.stringify(value.kind)}${didYouMean(String(value.kind), KIND_NAMES)}` : 'missing required field "kind"',
      hint: `kind is one of ${KIND_NAMES.join(', ')}`,
    });
    return undefined;
  }
  return checkSchema(source, value.kind, out);
}

function checkSchema(source: SourceDoc, kind: Kind, out: Diagnostic[]): Doc | undefined {
  const validate = validatorFor(kind);
  if (validate(source.value)) return { kind, value: source.value, source } as Doc;
  for (const finding of translate(validate.errors ?? [], KINDS[kind])) {
    out.push(locateFinding({ doc: source, path: finding.path, at: finding.at, message: finding.message, hint: finding.hint }, finding.rule, 'error'));
  }
  return undefined;
}

/** The kind and metadata.id of any document that has them, even one that failed its schema. */
export function declaredId(source: SourceDoc): { kind: Kind; id: string } | undefined {
  const value = source.value;
  if (!isRecord(value) || !isKind(value.kind) || !isRecord(value.metadata)) return undefined;
  return typeof value.metadata.id === 'string' ? { kind: value.kind, id: value.metadata.id } : undefined;
}
