import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript build script without type declarations
import { TYPES_FILE, generateTypes } from '../../scripts/types.mjs';

describe('TypeScript types of the format', () => {
  it('are exactly what the schemas generate (run `npm run gen:types` after a schema change)', async () => {
    expect(readFileSync(TYPES_FILE as string, 'utf8')).toBe(await (generateTypes as () => Promise<string>)());
  });
});
