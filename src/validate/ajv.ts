import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { COMMON_SCHEMA, KINDS, type Kind } from '../program/kinds.js';

/** The schemas/ folder of this package, from src/ (tests) or dist/ (the binary) alike. */
export const SCHEMA_DIR = fileURLToPath(new URL('../../schemas/', import.meta.url));

export function readSchema(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(SCHEMA_DIR + file, 'utf8')) as Record<string, unknown>;
}

let ajv: Ajv | undefined;
const compiled = new Map<Kind, ValidateFunction>();

/** Compiled on first use, one kind at a time: a program with no Cohort never pays for its schema. */
export function validatorFor(kind: Kind): ValidateFunction {
  let validate = compiled.get(kind);
  if (!validate) {
    ajv ??= createAjv();
    validate = ajv.compile(readSchema(KINDS[kind]));
    compiled.set(kind, validate);
  }
  return validate;
}

function createAjv(): Ajv {
  const instance = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
  instance.addSchema(readSchema(COMMON_SCHEMA), COMMON_SCHEMA);
  return instance;
}

export type SchemaError = ErrorObject;
