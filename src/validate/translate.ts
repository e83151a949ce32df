import type { SchemaError } from './ajv.js';
import type { PathSegment } from '../program/locate.js';
import { didYouMean } from '../util/suggest.js';

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

export function translate(errors: readonly SchemaError[]): SchemaFinding[] {
  const kept = pruneAlternatives(errors);
  const findings = kept.map(translateOne).filter((f): f is SchemaFinding => f !== undefined);
  return dedupe(dropMisspeltRequired(findings));
}

function translateOne(error: SchemaError): SchemaFinding | undefined {
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
      const words = PATTERN_WORDS[String(p.pattern)] ?? (/h\)\?/.test(String(p.pattern)) ? DURATION_EXAMPLE : undefined);
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
      return { rule: 'schema/range', path, at: 'value', message: `${field} must be ${rangeWords(error.keyword)} ${String(p.limit)}, got ${got}` };
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
      return { rule: 'schema/shape', path, at: 'value', message: `${field} does not match any allowed form, got ${got}`, hint: shapeHint(error) };
    default:
      return { rule: 'schema/invalid', path, at: 'value', message: `${field} ${error.message ?? 'is invalid'}` };
  }
}

/**
 * anyOf/oneOf report every branch's errors. Keep the branch that got
 * furthest (the value had the right type for it); when none did, keep only
 * the summary error. Nested alternatives are pruned the same way.
 */
function pruneAlternatives(errors: readonly SchemaError[]): SchemaError[] {
  let result = [...errors];
  const alternatives = result.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').sort((a, b) => b.schemaPath.length - a.schemaPath.length);
  for (const alt of alternatives) {
    if (!result.includes(alt)) continue;
    const prefix = alt.schemaPath + '/';
    const branchOf = (e: SchemaError) => (e.schemaPath.startsWith(prefix) && e.instancePath.startsWith(alt.instancePath) ? e.schemaPath.slice(prefix.length).split('/')[0] : undefined);
    const byBranch = new Map<string, SchemaError[]>();
    for (const e of result) {
      const branch = branchOf(e);
      if (branch !== undefined) byBranch.set(branch, [...(byBranch.get(branch) ?? []), e]);
    }
    const viable = [...byBranch.values()].filter((list) => !list.some((e) => e.keyword === 'type' && e.instancePath === alt.instancePath));
    const best = viable.length > 0 ? viable.reduce((a, b) => (depth(b) > depth(a) || (depth(b) === depth(a) && b.length < a.length) ? b : a)) : undefined;
    result = result.filter((e) => branchOf(e) === undefined || (best?.includes(e) ?? false));
    if (best) result = result.filter((e) => e !== alt);
  }
  return result;
}

function depth(list: SchemaError[]): number {
  return Math.max(...list.map((e) => e.instancePath.split('/').length));
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

export function pointerToPath(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
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

function shapeHint(error: SchemaError): string | undefined {
  const branches = (error.schema as Array<{ description?: string; title?: string }> | undefined) ?? [];
  const names = branches.map((b) => b.title ?? b.description?.split('. ')[0]).filter((n): n is string => Boolean(n));
  return names.length > 0 ? `write one of: ${names.join('; ')}` : undefined;
}
