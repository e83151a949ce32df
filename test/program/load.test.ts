import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IoError } from '../../src/errors.js';
import { readLock } from '../../src/plan/lock.js';
import { loadProgram } from '../../src/program/load.js';
import { MINIMAL } from '../helpers/program.js';

function programDir(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'cohort-load-'));
  for (const [file, text] of Object.entries(MINIMAL)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

function loadError(root: string): IoError {
  try {
    loadProgram(root);
  } catch (error) {
    if (error instanceof IoError) return error;
    throw error;
  }
  throw new Error('loaded without an error');
}

describe('files that cannot be read as documents', () => {
  it.skipIf(process.platform === 'win32')('a pipe named *.yaml is named, not read (reading it would wait for ever)', () => {
    const root = programDir();
    execFileSync('mkfifo', [path.join(root, 'cohorts', 'pipe.yaml')]);
    const error = loadError(root);
    expect(error.message).toBe('cannot read cohorts/pipe.yaml: not a regular file (a pipe, socket or device)');
    expect(error.hint).toBe('remove it, or add it to Program.spec.exclude');
  });

  it('a link that points nowhere is named, with a hint', () => {
    const root = programDir();
    symlinkSync(path.join(root, 'nowhere.yaml'), path.join(root, 'cohorts', 'gone.yaml'));
    const error = loadError(root);
    expect(error.message).toBe('cannot read cohorts/gone.yaml: ENOENT');
    expect(error.hint).toBe('a link that points nowhere? fix or remove it');
  });

  it.skipIf(process.platform === 'win32')('a pipe as a published groups.csv is a damaged plan, not a wait for ever', async () => {
    const plan = mkdtempSync(path.join(tmpdir(), 'cohort-lock-'));
    mkdirSync(path.join(plan, 'spring'));
    execFileSync('mkfifo', [path.join(plan, 'spring', 'groups.csv')]);
    expect((await readLock(plan, 'spring'))?.damage).toMatchObject({ line: 1, message: 'it is not a regular file' });
  });
});
