import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/io/output.js';
import { REPO, cohort, expectGolden } from '../helpers/cli.js';

const BAD = `${REPO}fixtures/bad`;
const cases = readdirSync(BAD, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

describe('cohort validate on bad input', () => {
  it('has the bad-input cases the issue lists', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  it.each(cases)('%s: a located, plain-words error, exit 1, no stack trace', async (name) => {
    const started = performance.now();
    const result = await cohort(['validate', '--program', `fixtures/bad/${name}`, '--today', '2026-03-01']);
    expect(performance.now() - started).toBeLessThan(10_000); // a hang guard, not a speed test
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(result.stderr).toMatch(/^[\w./-]+\.yaml:\d+:\d+ error .+ \[[a-z-]+\/[a-z0-9-]+\]$/m);
    expectGolden(result.stderr, `${BAD}/${name}/expected.txt`);
  });
});

describe('cohort plan on bad input', () => {
  // plan starts its writer thread before validating: stopping at validation must still end with exit 1 (not 13, an await left pending).
  it.each(cases)('%s: the same findings, exit 1, nothing written', async (name) => {
    const out = mkdtempSync(path.join(tmpdir(), 'cohort-bad-plan-'));
    const result = await cohort(['plan', '--program', `fixtures/bad/${name}`, '--out', out, '--today', '2026-03-01']);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe(readFileSync(`${BAD}/${name}/expected.txt`, 'utf8'));
    expect(listFiles(out)).toEqual([]);
  });
});
