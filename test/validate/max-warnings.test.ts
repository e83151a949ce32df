import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCommand } from '../../src/commands/validate.js';
import type { FormatName } from '../../src/format/index.js';
import { MINIMAL } from '../helpers/program.js';

/** MINIMAL on disk; on this date its governance review is overdue: one warning. */
const OVERDUE = '2026-09-01';

function programOnDisk(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'cohort-max-warnings-'));
  for (const [rel, text] of Object.entries(MINIMAL)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}

async function run(format: FormatName, maxWarnings: number, quiet = false) {
  const out = { stdout: '', stderr: '' };
  const io = { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t), interactive: false };
  const root = programOnDisk();
  const code = await validateCommand({ cwd: root, program: root, today: OVERDUE, quiet, verbose: false, debug: false, color: false, format, maxWarnings }, io);
  return { code, ...out };
}

describe('--max-warnings', () => {
  it('says why a run with warnings only fails', async () => {
    const result = await run('pretty', 0);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/⚠ 0 errors, 1 warning in 5 files\n1 warning is more than --max-warnings 0\n$/);
  });

  it('says it under --quiet too, which hides the warning itself', async () => {
    expect(await run('pretty', 0, true)).toEqual({ code: 1, stdout: '', stderr: '1 warning is more than --max-warnings 0\n' });
  });

  it('keeps stdout machine-readable in the data formats: the note goes to stderr', async () => {
    const result = await run('json', 0);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).summary).toEqual({ errors: 0, warnings: 1, files: 5 });
    expect(result.stderr).toBe('1 warning is more than --max-warnings 0\n');
  });

  it('says nothing within the limit', async () => {
    const result = await run('pretty', 1);
    expect(result.code).toBe(0);
    expect(result.stderr).not.toContain('--max-warnings');
  });
});
