import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { COMMON_SCHEMA, KINDS, type Kind } from '../program/kinds.js';
import { AJV_OPTIONS } from './ajv-options.js';

/** The schemas/ folder of this package, from src/ (tests) or dist/ (the binary) alike. */
export const SCHEMA_DIR = fileURLToPath(new URL('../../schemas/', import.meta.url));
const PRECOMPILED = fileURLToPath(new URL('./validators.cjs', import.meta.url));
const require = createRequire(import.meta.url);

export function readSchema(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(SCHEMA_DIR + file, 'utf8')) as Record<string, unknown>;
}

type Validators = Record<Kind, ValidateFunction>;
let validators: Partial<Validators> | undefined;

/**
 * The built package ships validators compiled from schemas/ at build time
 * (scripts/build-validators.mjs); running from source, each kind's schema
 * is compiled on first use instead.
 */
export function validatorFor(kind: Kind): ValidateFunction {
  validators ??= existsSync(PRECOMPILED) ? (require(PRECOMPILED) as Validators) : {};
  return (validators[kind] ??= compileAtRunTime(kind));
}

let runtimeAjv: import('ajv').Ajv | undefined;

function compileAtRunTime(kind: Kind): ValidateFunction {
  if (!runtimeAjv) {
    const { Ajv } = require('ajv') as typeof import('ajv');
    runtimeAjv = new Ajv(AJV_OPTIONS);
    runtimeAjv.addSchema(readSchema(COMMON_SCHEMA), COMMON_SCHEMA);
  }
  return runtimeAjv.compile(readSchema(KINDS[kind]));
}

export type SchemaError = ErrorObject;
