import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_DIR } from '../../src/validate/ajv.js';

type Node = Record<string, unknown>;

/** Every object schema with properties, wherever it sits. */
function objectSchemas(node: unknown, at = '#'): Array<[string, Node]> {
  if (Array.isArray(node)) return node.flatMap((n, i) => objectSchemas(n, `${at}/${i}`));
  if (node === null || typeof node !== 'object') return [];
  const own: Array<[string, Node]> = 'properties' in node ? [[at, node as Node]] : [];
  return [...own, ...Object.entries(node).flatMap(([k, v]) => objectSchemas(v, `${at}/${k}`))];
}

describe.each(readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.schema.json')))('%s', (file) => {
  const schema = JSON.parse(readFileSync(SCHEMA_DIR + file, 'utf8')) as Node;

  it('is draft-07, so editors validate it fully', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  });

  it('is strict and describes every property, for hover help in editors', () => {
    for (const [where, object] of objectSchemas(schema)) {
      expect(object.additionalProperties, `${where} must reject unknown fields`).toBe(false);
      for (const [name, property] of Object.entries(object.properties as Record<string, Node>)) {
        expect(typeof property.description, `${where}/properties/${name} needs a description`).toBe('string');
      }
    }
  });
});
