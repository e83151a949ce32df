import type { GlobalOptions, Io } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { COMMON_SCHEMA, KINDS, KIND_NAMES, kindFromName } from '../program/kinds.js';
import { readSchema } from '../validate/ajv.js';

export interface SchemaCommandOptions extends GlobalOptions {
  kind?: string;
}

/**
 * `cohort schema [KIND]`: one kind's schema with the shared definitions
 * inlined (so it stands alone when saved anywhere), or all of them.
 */
export async function schemaCommand(options: SchemaCommandOptions, io: Io): Promise<number> {
  if (options.kind === undefined) {
    const all = Object.fromEntries([[COMMON_SCHEMA, readSchema(COMMON_SCHEMA)], ...KIND_NAMES.map((k) => [KINDS[k], readSchema(KINDS[k])])]);
    io.stdout(JSON.stringify(all, null, 2) + '\n');
    return EXIT.ok;
  }
  const kind = kindFromName(options.kind);
  if (!kind) throw new UsageError(`unknown kind "${options.kind}"`, `choose one of ${KIND_NAMES.join(', ')}`);
  io.stdout(JSON.stringify(standalone(readSchema(KINDS[kind])), null, 2) + '\n');
  return EXIT.ok;
}

/** Rewrites refs into common.schema.json to local definitions, copying those definitions in. */
export function standalone(schema: Record<string, unknown>): Record<string, unknown> {
  const common = (readSchema(COMMON_SCHEMA).definitions ?? {}) as Record<string, unknown>;
  const own = (schema.definitions ?? {}) as Record<string, unknown>;
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [key, key === '$ref' && typeof value === 'string' ? value.replace(`${COMMON_SCHEMA}#/definitions/`, '#/definitions/') : rewrite(value)]),
    );
  };
  const clash = Object.keys(common).filter((name) => Object.hasOwn(own, name));
  if (clash.length > 0) throw new Error(`schema definitions clash with common ones: ${clash.join(', ')}`);
  return rewrite({ ...schema, definitions: { ...(rewrite(common) as object), ...own } }) as Record<string, unknown>;
}
