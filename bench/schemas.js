// Prepared copies of schemas/*.schema.json for ajv-cli, in <outDir>:
//  * each schema with "$id": "<file name>" added, so ajv-cli's `-r` can add
//    them and the kind schemas' `common.schema.json#/definitions/...` refs
//    resolve exactly as they do inside cohort;
//  * any-document.schema.json: a dispatcher that picks the kind schema by
//    `kind` with draft-07 if/then, because ajv-cli validates every data file
//    against one schema.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const DISPATCHER = 'any-document.schema.json';

export function prepareSchemas(schemaDir, outDir) {
  mkdirSync(outDir, { recursive: true });
  const files = readdirSync(schemaDir).filter((f) => f.endsWith('.schema.json')).sort();
  const kinds = [];
  for (const file of files) {
    const schema = JSON.parse(readFileSync(path.join(schemaDir, file), 'utf8'));
    const { $schema, ...rest } = schema;
    writeFileSync(path.join(outDir, file), `${JSON.stringify({ $schema, $id: file, ...rest }, null, 2)}\n`);
    const kind = schema.properties?.kind?.const;
    if (typeof kind === 'string') kinds.push({ kind, file });
  }
  if (kinds.length === 0) throw new Error(`no kind schemas (properties.kind.const) in ${schemaDir}`);
  const dispatcher = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: DISPATCHER,
    description: 'Any cohort/v1 document: validated against the schema of its kind.',
    type: 'object',
    required: ['kind'],
    properties: { kind: { enum: kinds.map((k) => k.kind) } },
    allOf: kinds.map(({ kind, file }) => ({
      if: { properties: { kind: { const: kind } }, required: ['kind'] },
      then: { $ref: file },
    })),
  };
  writeFileSync(path.join(outDir, DISPATCHER), `${JSON.stringify(dispatcher, null, 2)}\n`);
  return {
    dispatcher: path.join(outDir, DISPATCHER),
    refs: files.map((f) => path.join(outDir, f)),
    kinds: kinds.map((k) => k.kind),
  };
}
