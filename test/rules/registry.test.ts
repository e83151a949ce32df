import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../src/validate/index.js';
import type { Rule } from '../../src/validate/rule.js';
import { RULES } from '../../src/validate/rules/index.js';

const RULE_DIR = new URL('../../src/validate/rules/', import.meta.url);
const HELPERS = new Set(['index.ts', 'lookup.ts', 'timeline.ts', 'reference-rules.ts', 'consistency-rules.ts']);
const ruleFiles = readdirSync(RULE_DIR).filter((f) => f.endsWith('.ts') && !HELPERS.has(f));
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

async function rulesIn(file: string): Promise<Rule[]> {
  const module = (await import(new URL(file, RULE_DIR).href)) as Record<string, unknown>;
  return Object.values(module).filter((v): v is Rule => typeof v === 'object' && v !== null && 'check' in v && 'id' in v);
}

describe('rule registry', () => {
  it.each(ruleFiles)('%s holds one registered rule named after its file, with its own test', async (file) => {
    const [rule, ...others] = await rulesIn(file);
    expect(others).toEqual([]);
    expect(rule).toBeDefined();
    expect(`${rule!.id.replace('/', '-')}.ts`).toBe(file);
    expect(RULES).toContain(rule);
    expect(existsSync(new URL(`../../test/rules/${file.replace(/\.ts$/, '.test.ts')}`, import.meta.url))).toBe(true);
  });

  it('has a rule file for every registered rule, and no id twice', () => {
    expect(RULES.map((r) => `${r.id.replace('/', '-')}.ts`).sort()).toEqual([...ruleFiles].sort());
    expect(new Set(ALL_RULES.map((r) => r.id)).size).toBe(ALL_RULES.length);
  });

  it.each(ALL_RULES.map((r) => [r.id, r] as const))('%s is documented in the README with its severity and description', (id, rule) => {
    expect(rule.description.length).toBeGreaterThan(15);
    expect(readme).toContain(`| \`${id}\` | ${rule.severity} | ${rule.description} |`);
  });
});
