import * as fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { initCommand } from '../../src/commands/init.js';
import { IoError } from '../../src/errors.js';
import { writeFiles } from '../../src/init/write.js';
import { stagingName } from '../../src/io/output.js';
import { captureIo, initOptions, snapshot, tempDir } from './helpers.js';

// The write functions init uses, made to fail on demand; every other call is the real one.
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return { ...real, openSync: vi.fn(real.openSync), renameSync: vi.fn(real.renameSync), rmSync: vi.fn(real.rmSync) };
});

const realFs = await vi.importActual<typeof import('node:fs')>('node:fs');

function failWhen(fn: 'openSync' | 'renameSync' | 'rmSync', matches: (args: unknown[]) => boolean, code: string): void {
  const real = realFs[fn] as (...args: unknown[]) => unknown;
  vi.mocked(fs[fn] as (...args: unknown[]) => unknown).mockImplementation((...args: unknown[]) => {
    if (matches(args)) throw Object.assign(new Error(`${code}: simulated`), { code });
    return real(...args);
  });
}

afterEach(() => {
  vi.mocked(fs.openSync).mockImplementation(realFs.openSync);
  vi.mocked(fs.renameSync).mockImplementation(realFs.renameSync);
  vi.mocked(fs.rmSync).mockImplementation(realFs.rmSync);
});

const run = (cwd: string, extra: Parameters<typeof initOptions>[1] = {}) => initCommand(initOptions(cwd, { yes: true, today: '2026-02-18', ...extra }), captureIo(false));

/** Every entry below a folder, hidden ones and empty folders included. */
function entries(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).map((e) => e.split(path.sep).join('/')).sort();
}

describe('a write that fails midway', () => {
  it('while files are staged: removes every temporary file and folder this run made', async () => {
    const cwd = tempDir();
    failWhen('openSync', ([p]) => String(p).includes('feedback.csv'), 'ENOSPC');
    const error = await run(cwd, { dir: 'academy' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IoError);
    expect((error as IoError).message).toMatch(/^cannot write .*feedback\.csv: ENOSPC; nothing was written$/);
    expect(entries(cwd)).toEqual([]);
  });

  it('while files are renamed into place: removes the new ones and keeps what was there before', async () => {
    const cwd = tempDir();
    fs.mkdirSync(path.join(cwd, 'records'));
    fs.writeFileSync(path.join(cwd, 'records/notes.txt'), 'ours\n');
    fs.writeFileSync(path.join(cwd, 'mentors.yaml'), 'kept: true\n');
    const before = entries(cwd);
    const contents = snapshot(cwd);
    // governance.yaml comes after mentors.yaml, which --force has already replaced by then.
    failWhen('renameSync', ([, to]) => String(to).endsWith(`${path.sep}governance.yaml`), 'EIO');
    await expect(run(cwd, { force: true })).rejects.toThrow(/^cannot write .*governance\.yaml: EIO; nothing was written$/);
    expect(entries(cwd)).toEqual(before);
    expect(snapshot(cwd)).toEqual(contents);
  });

  it('names what it could not take back', () => {
    const cwd = tempDir();
    failWhen('renameSync', ([, to]) => String(to).endsWith(`${path.sep}b.txt`), 'EIO');
    failWhen('rmSync', ([p]) => String(p).endsWith(`${path.sep}a.txt`), 'EBUSY');
    const files = [
      { path: 'a.txt', content: 'a' },
      { path: 'b.txt', content: 'b' },
    ];
    expect(() => writeFiles(cwd, files)).toThrow(`cannot write ${path.join(cwd, 'b.txt')}: EIO; these could not be removed or restored:\n  ${path.join(cwd, 'a.txt')}`);
    // Everything else is gone: b.txt's temporary file included.
    expect(entries(cwd)).toEqual(['a.txt']);
  });
});

describe('what a killed init left behind', () => {
  it('is tidied by the next run before it decides anything: a file it had moved aside is back, and so never overwritten unasked', async () => {
    const dir = tempDir();
    // A killed `init --force` had moved the user's mentors.yaml aside and half written a governance.yaml.
    const deadPid = 4_000_000 + (process.pid % 1000);
    realFs.writeFileSync(path.join(dir, stagingName(path.join(dir, 'mentors.yaml'), 'old', deadPid, 1)), 'mine: true\n');
    realFs.writeFileSync(path.join(dir, stagingName(path.join(dir, 'governance.yaml'), 'new', deadPid, 1)), 'half: written\n');
    await expect(run(dir)).rejects.toThrow(/would overwrite; nothing was written/);
    expect(realFs.readdirSync(dir).sort()).toEqual(['mentors.yaml']);
    expect(realFs.readFileSync(path.join(dir, 'mentors.yaml'), 'utf8')).toBe('mine: true\n');
  });
});
