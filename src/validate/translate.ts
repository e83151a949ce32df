import type { SchemaError } from './ajv.js';
import type { PathSegment } from '../program/locate.js';
import { didYouMean } from '../util/suggest.js';
import { branchesOf, fieldsOf, pointerToPath, schemaType, settleAlternatives } from './alternatives.js';
import { isRecord } from '../program/load.js';

/** A schema finding in cohort's own words, located by document path. */
export interface SchemaFinding {
  rule: string;
  path: PathSegment[];
  at: 'key' | 'value';
  message: string;
  hint?: string;
}

/** What each pattern in schemas/common.schema.json means, in words a program lead uses. */
const PATTERN_WORDS: Record<string, { what: string; example: string }> = {
  '^\\d{4}-\\d{2}-\\d{2}$': { what: 'a date', example: '2026-03-02' },
  '^([01]\\d|2[0-3]):[0-5]\\d$': { what: 'a 24-hour clock time', example: '"09:30"' },
  '^[a-z0-9][a-z0-9-]{0,62}$': { what: 'an id of lower-case letters, digits and dashes', example: 'spring-2026' },
  '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$': { what: 'an email address', example: 'name@example.com' },
};

const DURATION_EXAMPLE = { what: 'a duration', example: '30m, 1h or 1h30m' };

/** `file` is the schema file of the document's kind, which anyOf branches' `$ref`s point into. */
export function translate(errors: readonly SchemaError[], file: string): SchemaFinding[] {
  const kept = settleAlternatives(errors, file);
  const findings = kept.map((error) => translateOne(error, file)).filter((f): f is SchemaFinding => f !== undefined);
  return dedupe(dropMisspeltRequired(findings));
}

function translateOne(error: SchemaError, file: string): SchemaFinding | undefined {
  const path = pointerToPath(error.instancePath);
  const field = fieldName(path);
  const got = describeValue(error.data);
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(p.additionalProperty);
      const known = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
      return { rule: 'schema/unknown-field', path: [...path, name], at: 'key', message: `unknown field "${name}"${didYouMean(name, known)}`, hint: known.length ? `allowed here: ${known.join(', ')}` : undefined };
    }
    case 'required': {
      const name = String(p.missingProperty);
      return { rule: 'schema/required', path, at: 'key', message: `missing required field "${name}"${path.length ? ` in ${field}` : ''}`, hint: requiredHint(error, name) };
    }
    case 'type':
      return { rule: 'schema/type', path, at: 'value', message: `${field} must be ${article(String(p.type))}, got ${got}` };
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      return { rule: 'schema/enum', path, at: 'value', message: `${field} must be one of ${allowed.join(', ')}; got ${got}${didYouMean(String(error.data), allowed)}` };
    }
    case 'const':
      return { rule: 'schema/enum', path, at: 'value', message: `${field} must be ${describeValue(p.allowedValue)}, got ${got}` };
    case 'pattern': {
      const words = patternWords(String(p.pattern));
      return words
        ? { rule: 'schema/format', path, at: 'value', message: `${field} must be ${words.what}, got ${got}`, hint: `for example ${words.example}` }
        : { rule: 'schema/format', path, at: 'value', message: `${field} has the wrong form: got ${got}, expected text matching ${String(p.pattern)}` };
    }
    case 'propertyNames':
      return undefined; // reported through the nested pattern error on the key
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { rule: 'schema/range', path, at: 'value', message: `${field} must be ${rangeWords(error.keyword)} ${String(p.limit)}, got ${got}`, hint: rangeHint(error.parentSchema) };
    case 'minItems':
      return { rule: 'schema/range', path, at: 'value', message: `${field} needs at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}` };
    case 'maxItems':
      return { rule: 'schema/range', path, at: 'value', message: `${field} allows at most ${String(p.limit)} items` };
    case 'minLength':
      return { rule: 'schema/range', path, at: 'value', message: `${field} must not be empty` };
    case 'maxLength':
      return { rule: 'schema/range', path, at: 'value', message: `${field} is longer than ${String(p.limit)} characters` };
    case 'uniqueItems':
      return { rule: 'schema/unique', path: [...path, Number(p.j)], at: 'value', message: `${field} lists ${describeValue((error.data as unknown[])[Number(p.j)])} twice` };
    case 'anyOf':
    case 'oneOf':
      return shapeFinding(error, file, path, field);
    default:
      return { rule: 'schema/invalid', path, at: 'value', message: `${field} ${error.message ?? 'is invalid'}` };
  }
}

/**
 * `passscore: 0.7` is one mistake, not two: when an unknown field's
 * suggestion is the missing required field, only the unknown field is said.
 */
function dropMisspeltRequired(findings: SchemaFinding[]): SchemaFinding[] {
  const suggested = new Set(
    findings.filter((f) => f.rule === 'schema/unknown-field').map((f) => `${f.path.slice(0, -1).join('/')}|${/did you mean "([^"]+)"/.exec(f.message)?.[1]}`),
  );
  return findings.filter((f) => f.rule !== 'schema/required' || !suggested.has(`${f.path.join('/')}|${/"([^"]+)"/.exec(f.message)?.[1]}`));
}

function dedupe(findings: SchemaFinding[]): SchemaFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.rule}|${f.path.join('/')}|${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `spec.participants[3].email` reads better as `"email"`; list items as `participants[3]`. */
function fieldName(path: PathSegment[]): string {
  if (path.length === 0) return 'the document';
  const last = path[path.length - 1]!;
  if (typeof last === 'number') return `"${String(path[path.length - 2] ?? 'item')}[${last}]"`;
  return `"${last}"`;
}

export function describeValue(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 37) + '...' : value);
  return String(value);
}

function article(type: string): string {
  const words: Record<string, string> = { object: 'a mapping (key: value)', array: 'a list', string: 'text', integer: 'a whole number', number: 'a number', boolean: 'true or false', null: 'empty' };
  return type.split(',').map((t) => words[t] ?? t).join(' or ');
}

function rangeWords(keyword: string): string {
  return { minimum: 'at least', maximum: 'at most', exclusiveMinimum: 'more than', exclusiveMaximum: 'less than' }[keyword] ?? keyword;
}

function requiredHint(error: SchemaError, name: string): string | undefined {
  const property = (error.parentSchema?.properties as Record<string, { description?: string; examples?: unknown[] }> | undefined)?.[name];
  if (!property) return undefined;
  const example = property.examples?.[0];
  return example === undefined ? property.description?.split('. ')[0] : `for example ${name}: ${JSON.stringify(example)}`;
}

function patternWords(pattern: string): { what: string; example: string } | undefined {
  return PATTERN_WORDS[pattern] ?? (/h\)\?/.test(pattern) ? DURATION_EXAMPLE : undefined);
}

/**
 * A value that fits none of the forms allowed at its place: one finding,
 * naming every form (read from the schema's branches, so it cannot fall
 * behind them) and saying what each is for.
 */
function shapeFinding(error: SchemaError, file: string, path: PathSegment[], field: string): SchemaFinding {
  const branches = branchesOf(error, file).map((b) => b.view);
  const got = isRecord(error.data) ? `{ ${Object.keys(error.data).join(', ')} }` : describeValue(error.data);
  const tooMany = error.keyword === 'oneOf' && Array.isArray((error.params as { passingSchemas?: unknown }).passingSchemas);
  const forms = [...new Set(branches.map(formName))];
  const message = tooMany ? `${field} fits more than one of the forms ${orList(forms)}` : `${field} must be ${orList(forms)}, got ${got}`;
  const purposes = branches.map(purpose).filter((text): text is string => text !== undefined);
  return { rule: 'schema/shape', path, at: 'value', message, hint: purposes.length > 0 ? `write one of: ${purposes.join('; ')}` : undefined };
}

/** `{ date, name }` for a mapping, else the words for its type or pattern. */
function formName(branch: Record<string, unknown>): string {
  const type = schemaType(branch);
  if (type === 'object') return `{ ${fieldsOf(branch).join(', ')} }`;
  const words = typeof branch.pattern === 'string' ? patternWords(branch.pattern) : undefined;
  if (words) return words.what;
  if (Array.isArray(branch.enum)) return `one of ${branch.enum.map(String).join(', ')}`;
  if (type) return article(type);
  return typeof branch.title === 'string' ? branch.title : 'another form';
}

/** What a form is for: the first sentence of its description (the site's own, else its target's). */
function purpose(branch: Record<string, unknown>): string | undefined {
  const text = typeof branch.description === 'string' ? branch.description : typeof branch.title === 'string' ? branch.title : undefined;
  return text?.split('. ')[0]!.replace(/\.$/, '');
}

function orList(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]!}`;
}

/** The allowed range in words, from the schema's own bounds: `use a value from 0 to 1, for example 0.7`. */
function rangeHint(schema: Record<string, unknown> | undefined): string | undefined {
  const bounds = schema && boundWords(schema);
  if (!bounds) return undefined;
  const example = Array.isArray(schema.examples) ? schema.examples.find((e) => typeof e === 'number') : undefined;
  const what = schema.type === 'integer' ? 'a whole number' : 'a value';
  return `use ${what} ${bounds}${example === undefined ? '' : `, for example ${String(example)}`}`;
}

/** `from 0 to 1`, `of at least 1`, `more than 0 and at most 168`. */
function boundWords(schema: Record<string, unknown>): string | undefined {
  const bound = (keyword: string) => (typeof schema[keyword] === 'number' ? (schema[keyword] as number) : undefined);
  const [min, max] = [bound('minimum'), bound('maximum')];
  if (min !== undefined && max !== undefined) return `from ${min} to ${max}`;
  const parts = ['minimum', 'exclusiveMinimum', 'maximum', 'exclusiveMaximum'].filter((k) => bound(k) !== undefined).map((k) => `${rangeWords(k)} ${bound(k)!}`);
  if (parts.length === 0) return undefined;
  const words = parts.join(' and ');
  return words.startsWith('at ') ? `of ${words}` : words;
}
