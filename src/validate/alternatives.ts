import { COMMON_SCHEMA } from '../program/kinds.js';
import type { PathSegment } from '../program/locate.js';
import { type SchemaError, readSchema } from './ajv.js';
import { isRecord } from '../program/load.js';

type Schema = Record<string, unknown>;

/** A subschema and the schema file its local `$ref`s point into. */
interface Located {
  schema: Schema;
  file: string;
}

/**
 * anyOf/oneOf make ajv report every branch's errors, and errors from a
 * branch that is a `$ref` carry no trace of the branch in their schemaPath.
 * So each alternative is settled from the schema itself: when exactly one
 * branch fits the value's shape (or all fitting branches agree), that
 * branch's errors stand for the alternative; otherwise only the alternative's
 * own error is kept, and it is said as the list of allowed forms. `file` is
 * the schema file of the document's kind, where the branches' `$ref`s point.
 */
export function settleAlternatives(errors: readonly SchemaError[], file: string): SchemaError[] {
  const result = [...errors];
  // ajv reports an alternative after its branches' errors, so inner ones are settled first.
  for (let i = 0; i < result.length; i++) {
    const alt = result[i]!;
    if (!isAlternative(alt)) continue;
    const branches = branchesOf(alt, file);
    const start = blockStart(result, i, branches);
    const kept = settle(alt, branches, result.slice(start, i));
    result.splice(start, i - start + 1, ...kept);
    i = start + kept.length - 1;
  }
  return result;
}

function isAlternative(error: SchemaError): boolean {
  return (error.keyword === 'anyOf' || error.keyword === 'oneOf') && Array.isArray(error.schema);
}

/** Each branch with its `$ref`s followed: the site's own words (description, title) win over the target's. */
export function branchesOf(alt: SchemaError, file: string): Array<{ view: Schema; at: Located }> {
  return (alt.schema as Schema[]).map((schema) => {
    const at = { schema, file };
    const view = Object.assign({}, ...refChain(at).map((l) => l.schema).reverse()) as Schema;
    return { view, at };
  });
}

/** The errors just before the alternative that one of its branches explains are its branches' errors. */
function blockStart(errors: SchemaError[], altIndex: number, branches: ReturnType<typeof branchesOf>): number {
  const alt = errors[altIndex]!;
  let start = altIndex;
  while (start > 0 && branches.some((b) => explains(b.at, alt.instancePath, errors[start - 1]!))) start--;
  return start;
}

function settle(alt: SchemaError, branches: ReturnType<typeof branchesOf>, block: SchemaError[]): SchemaError[] {
  const fitting = branches.filter((b) => fits(b.view, alt.data, branches.map((o) => o.view)));
  if (fitting.length === 0) return [alt];
  const lists = fitting.map((b) => block.filter((e) => explains(b.at, alt.instancePath, e)));
  // Errors every fitting branch reports are certain; if there are none, the forms themselves are the message.
  const agreed = lists[0]!.filter((e) => lists.every((list) => list.some((o) => sameError(o, e))));
  return agreed.length > 0 ? agreed : [alt];
}

/**
 * A branch fits a mapping when the mapping uses none of the other branches'
 * fields, and it has every field the branch requires or one only this
 * branch has (`{ from }` is a span missing its `to`). Scalars fit by type.
 */
function fits(branch: Schema, data: unknown, all: Schema[]): boolean {
  if (!typeFits(schemaType(branch), data)) return false;
  if (!isRecord(data)) return true;
  const keys = Object.keys(data);
  const own = fieldsOf(branch);
  const elsewhere = new Set(all.filter((b) => b !== branch).flatMap(fieldsOf));
  if (keys.some((k) => !own.includes(k) && elsewhere.has(k))) return false;
  const required = Array.isArray(branch.required) ? (branch.required as string[]) : [];
  return required.every((k) => keys.includes(k)) || keys.some((k) => own.includes(k) && !elsewhere.has(k));
}

export function fieldsOf(schema: Schema): string[] {
  return isRecord(schema.properties) ? Object.keys(schema.properties) : [];
}

/** The JSON type a schema asks for, read from its keywords when it does not say. */
export function schemaType(schema: Schema): string | undefined {
  if (typeof schema.type === 'string') return schema.type;
  if (Array.isArray(schema.type)) return schema.type.join(',');
  if (schema.properties || schema.required) return 'object';
  if (typeof schema.pattern === 'string') return 'string';
  return undefined;
}

function typeFits(type: string | undefined, data: unknown): boolean {
  if (type === undefined) return true;
  return type.split(',').some((t) => {
    if (t === 'integer') return Number.isInteger(data);
    if (t === 'object') return isRecord(data);
    if (t === 'array') return Array.isArray(data);
    if (t === 'null') return data === null;
    return typeof data === t;
  });
}

/** True when the error comes from validating the instance with `branch`: its schema is one that applies there. */
function explains(branch: Located, altPath: string, error: SchemaError): boolean {
  if (error.instancePath !== altPath && !error.instancePath.startsWith(`${altPath}/`)) return false;
  if (error.parentSchema === undefined) return true;
  const below = pointerToPath(error.instancePath.slice(altPath.length));
  const target = canonical(error.parentSchema);
  return schemasAt(branch, below).some((l) => canonical(l.schema) === target);
}

function sameError(a: SchemaError, b: SchemaError): boolean {
  return a.keyword === b.keyword && a.instancePath === b.instancePath && JSON.stringify(a.params) === JSON.stringify(b.params);
}

/** Every schema that applies to the value at `below` the branch: through `$ref`s, nested alternatives, properties and items. */
function schemasAt(branch: Located, below: PathSegment[]): Located[] {
  let current = expand([branch]);
  for (const segment of below) current = expand(current.flatMap((l) => children(l, segment)));
  return current;
}

/** Schemas are trees in practice; the depth guard only stops a recursive schema from looping. */
function expand(list: Located[], depth = 0): Located[] {
  if (depth > 8) return list;
  return list.flatMap((located) =>
    refChain(located).flatMap((l) => {
      const nested = ['anyOf', 'oneOf', 'allOf'].flatMap((k) => (Array.isArray(l.schema[k]) ? (l.schema[k] as Schema[]) : []));
      return [l, ...expand(nested.map((schema) => ({ schema, file: l.file })), depth + 1)];
    }),
  );
}

function children({ schema, file }: Located, segment: PathSegment): Located[] {
  const at = (s: unknown): Located[] => (isRecord(s) ? [{ schema: s, file }] : []);
  if (typeof segment === 'number') return Array.isArray(schema.items) ? at(schema.items[segment]) : at(schema.items);
  const named = isRecord(schema.properties) ? at(schema.properties[segment]) : [];
  const patterned = Object.entries(isRecord(schema.patternProperties) ? schema.patternProperties : {})
    .filter(([pattern]) => new RegExp(pattern, 'u').test(segment))
    .flatMap(([, s]) => at(s));
  return named.length + patterned.length > 0 ? [...named, ...patterned] : at(schema.additionalProperties);
}

/** A schema, then what its `$ref` points to, and so on. */
function refChain(start: Located): Located[] {
  const chain = [start];
  for (let at = start; typeof at.schema.$ref === 'string' && chain.length < 8; ) {
    const next = follow(at.schema.$ref, at.file);
    if (!next) break;
    chain.push(next);
    at = next;
  }
  return chain;
}

function follow(ref: string, from: string): Located | undefined {
  const [target, pointer = ''] = ref.split('#');
  const file = target || from;
  const found = resolvePointer(loadSchema(file), pointer);
  if (found) return { schema: found, file };
  // The base file is a guess (the document's kind); shared definitions live in common.
  return target ? undefined : mapDefined(resolvePointer(loadSchema(COMMON_SCHEMA), pointer), (schema) => ({ schema, file: COMMON_SCHEMA }));
}

const loaded = new Map<string, Schema>();

function loadSchema(file: string): Schema {
  let schema = loaded.get(file);
  if (!schema) loaded.set(file, (schema = readSchema(file)));
  return schema;
}

function resolvePointer(root: Schema, pointer: string): Schema | undefined {
  let node: unknown = root;
  for (const part of pointerToPath(pointer)) node = isRecord(node) || Array.isArray(node) ? (node as Record<string, unknown>)[String(part)] : undefined;
  return isRecord(node) ? node : undefined;
}

export function pointerToPath(pointer: string): PathSegment[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * ajv's compiled validators hold copies of the schemas, not the objects read
 * here, so schemas are compared by their JSON (key order is kept from the
 * files). Cached per object: an error-heavy document compares the same few.
 */
const texts = new WeakMap<object, string>();

function canonical(schema: unknown): string {
  if (!isRecord(schema)) return JSON.stringify(schema);
  let text = texts.get(schema);
  if (text === undefined) texts.set(schema, (text = JSON.stringify(schema)));
  return text;
}

function mapDefined<T, U>(value: T | undefined, f: (v: T) => U): U | undefined {
  return value === undefined ? undefined : f(value);
}
