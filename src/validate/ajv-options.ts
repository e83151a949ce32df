import { COMMON_SCHEMA, KINDS } from '../program/kinds.js';

/** One set of ajv options for the build-time compiler and the run-time fallback alike. */
export const AJV_OPTIONS = { allErrors: true, strict: true, allowUnionTypes: true, verbose: true } as const;
export const KIND_SCHEMAS = KINDS;
export { COMMON_SCHEMA };
