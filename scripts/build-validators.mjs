// Compiles the JSON Schemas into standalone validator code at build time, so
// `cohort validate` starts without compiling schemas (ajv's code generator is
// the largest fixed cost of a run). The source of truth stays schemas/.
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AJV_OPTIONS, COMMON_SCHEMA, KIND_SCHEMAS } from '../dist/validate/ajv-options.js';

const schemaDir = fileURLToPath(new URL('../schemas/', import.meta.url));
const outFile = fileURLToPath(new URL('../dist/validate/validators.cjs', import.meta.url));
const read = (file) => JSON.parse(readFileSync(schemaDir + file, 'utf8'));

const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true, esm: false, optimize: true } });
ajv.addSchema(read(COMMON_SCHEMA), COMMON_SCHEMA);
for (const file of Object.values(KIND_SCHEMAS)) ajv.addSchema(read(file), file);
mkdirSync(fileURLToPath(new URL('../dist/validate/', import.meta.url)), { recursive: true });
writeFileSync(outFile, standaloneCode(ajv, KIND_SCHEMAS));
