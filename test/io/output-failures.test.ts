import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IoError } from '../../src/errors.js';
import { StagedFolder, leftoverWarning, listFiles, makeFolders, replaceFolder } from '../../src/io/output.js';

// The calls output makes, made to fail on demand (root may write anywhere, so permissions alone cannot show it); every other call is the real one.
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return { ...real, mkdirSync: vi.fn(real.mkdirSync), rmSync: vi.fn(real.rmSync) };
});

const realFs = await vi.importActual<typeof import('node:fs')>('node:fs');
const REPO = fileURLToPath(new URL('../../', import.meta.url));

afterEach(() => {
  vi.mocked(fs.mkdirSync).mockImplementation(realFs.mkdirSync);
  vi.mocked(fs.rmSync).mockImplementation(realFs.rmSync);
});

const fresh = () => fs.mkdtempSync(path.join(tmpdir(), 'cohort-out-'));
const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

function failWhen(fn: 'mkdirSync' | 'rmSync', matches: (target: string, options: unknown) => boolean, code: string): void {
  const real = realFs[fn] as (...args: unknown[]) => unknown;
  vi.mocked(fs[fn] as (...args: unknown[]) => unknown).mockImplementation((target: unknown, options: unknown) => {
    if (matches(String(target), options)) throw errno(code);
    return real(target, options);
  });
}

/** The error every failure to write an output folder becomes: exit 2 with the --out hint. */
function expectCannotWrite(action: () => unknown, message: string): void {
  let error: unknown;
  try {
    action();
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(IoError);
  expect({ message: (error as IoError).message, hint: (error as IoError).hint }).toEqual({ message, hint: 'check that the output folder is writable (--out DIR)' });
}

describe('an output folder that cannot be created', () => {
  it('although its parent exists (mkdir gives ENOENT, as anywhere below /proc): a cannot-write I/O error', () => {
    const parent = fresh();
    const blocked = path.join(parent, 'x');
    // A plain mkdir of the blocked folder fails the way /proc/x does; Node 20's recursive mkdir would spin on it for ever.
    failWhen('mkdirSync', (target, options) => target === blocked && !(options as { recursive?: boolean } | undefined)?.recursive, 'ENOENT');
    expectCannotWrite(() => replaceFolder(path.join(blocked, 'plan'), [{ path: 'a/x.md', content: 'x' }]), `cannot write ${path.join(blocked, 'plan')}: ENOENT`);
    expect(fs.readdirSync(parent)).toEqual([]);
  });

  it.runIf(process.platform === 'linux' && fs.existsSync('/proc/self'))('below /proc, for real: fails at once instead of spinning', () => {
    const target = `/proc/cohort-test-${process.pid}/plan`;
    const script = `import { replaceFolder } from './src/io/output.ts';
      try { replaceFolder(${JSON.stringify(target)}, [{ path: 'x.md', content: 'x' }]); console.log('written'); }
      catch (error) { console.log(error.name + ': ' + error.message); }`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: REPO, encoding: 'utf8', timeout: 20_000 });
    expect(child.signal).toBeNull();
    expect(child.stdout).toBe(`IoError: cannot write ${target}: ENOENT\n`);
  });

  it('in a read-only folder (EACCES) or one the system refuses (EPERM, as /sys): the same error', () => {
    for (const code of ['EACCES', 'EPERM']) {
      const parent = fresh();
      failWhen('mkdirSync', (target) => target.startsWith(parent), code);
      expectCannotWrite(() => replaceFolder(path.join(parent, 'out', 'plan'), [{ path: 'x.md', content: 'x' }]), `cannot write ${path.join(parent, 'out', 'plan')}: ${code}`);
    }
  });

  it('a sub-folder of the output that cannot be created: the same error, earlier output intact', () => {
    const out = path.join(fresh(), 'plan');
    replaceFolder(out, [{ path: 'a.md', content: 'kept' }]);
    failWhen('mkdirSync', (target) => path.basename(target) === 'spring', 'ENOENT');
    expectCannotWrite(() => replaceFolder(out, [{ path: 'spring/x.md', content: 'x' }]), `cannot write ${out}: ENOENT`);
    expect(listFiles(path.dirname(out))).toEqual(['plan/a.md']);
  });
});

describe('makeFolders', () => {
  it('creates each missing level and returns the ones it created, outermost first', () => {
    const parent = fresh();
    expect(makeFolders(path.join(parent, 'a', 'b', 'c'))).toEqual([path.join(parent, 'a'), path.join(parent, 'a', 'b'), path.join(parent, 'a', 'b', 'c')]);
    expect(fs.statSync(path.join(parent, 'a', 'b', 'c')).isDirectory()).toBe(true);
    expect(makeFolders(path.join(parent, 'a', 'b'))).toEqual([]);
    expect(makeFolders(path.join(parent, 'a', 'b', 'd'))).toEqual([path.join(parent, 'a', 'b', 'd')]);
  });

  it('reports a file in the way as mkdir does', () => {
    const parent = fresh();
    fs.writeFileSync(path.join(parent, 'file'), 'x');
    expect(() => makeFolders(path.join(parent, 'file'))).toThrow(expect.objectContaining({ code: 'EEXIST' }));
    expect(() => makeFolders(path.join(parent, 'file', 'below'))).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
  });

  it('accepts a level another process created meanwhile', () => {
    const parent = fresh();
    const racy = path.join(parent, 'a');
    vi.mocked(fs.mkdirSync).mockImplementation(((target: fs.PathLike, options?: fs.MakeDirectoryOptions) => {
      if (String(target) === racy) {
        realFs.mkdirSync(racy);
        throw errno('EEXIST');
      }
      return realFs.mkdirSync(target, options);
    }) as typeof fs.mkdirSync);
    // The racing level is not ours to undo: only what this call made is returned.
    expect(makeFolders(path.join(racy, 'b'))).toEqual([path.join(racy, 'b')]);
    expect(fs.statSync(path.join(racy, 'b')).isDirectory()).toBe(true);
  });
});

describe('the earlier output cannot be removed once the new one is in place (a folder in it owned by another user)', () => {
  const oldCopy = (target: string) => path.basename(target).startsWith('.plan.old-');

  it('replaceFolder succeeds and warns, naming the leftover folder and how to remove it', () => {
    const parent = fresh();
    const out = path.join(parent, 'plan');
    replaceFolder(out, [{ path: 'old.md', content: 'old' }]);
    failWhen('rmSync', oldCopy, 'EACCES');
    const warnings: string[] = [];
    expect(replaceFolder(out, [{ path: 'new.md', content: 'new' }], (text) => warnings.push(text))).toBe(1);
    expect(fs.readFileSync(path.join(out, 'new.md'), 'utf8')).toBe('new');
    const leftover = fs.readdirSync(parent).find((name) => name.startsWith('.plan.old-'))!;
    expect(leftover).toBeDefined();
    expect(warnings).toEqual([leftoverWarning({ folder: path.join(parent, leftover), code: 'EACCES' })]);
    expect(warnings[0]).toMatch(new RegExp(`^cohort: warning: .*${leftover} could not be removed: EACCES\\n  hint: .*rm -rf .*${leftover}'?\\n$`));
  });

  it('StagedFolder.commit returns the leftover for its caller to warn about', () => {
    const parent = fresh();
    const out = path.join(parent, 'plan');
    replaceFolder(out, [{ path: 'old.md', content: 'old' }]);
    const stage = new StagedFolder(out);
    fs.writeFileSync(path.join(stage.dir, 'new.md'), 'new');
    failWhen('rmSync', oldCopy, 'EACCES');
    const leftovers = stage.commit();
    expect(leftovers).toEqual([{ folder: expect.stringContaining(path.join(parent, '.plan.old-')), code: 'EACCES' }]);
    expect(fs.existsSync(leftovers[0]!.folder)).toBe(true);
    expect(listFiles(out)).toEqual(['new.md']);
  });

  it('commit returns nothing when the earlier output is removed', () => {
    const out = path.join(fresh(), 'plan');
    replaceFolder(out, [{ path: 'old.md', content: 'old' }]);
    const stage = new StagedFolder(out);
    expect(stage.commit()).toEqual([]);
    expect(listFiles(path.dirname(out))).toEqual([]);
  });
});

describe('leftoverWarning', () => {
  it('quotes a path the shell would split', () => {
    expect(leftoverWarning({ folder: "/tmp/it's here/.plan.old-h-1-2", code: 'EACCES' })).toContain(`rm -rf '/tmp/it'\\''s here/.plan.old-h-1-2'\n`);
  });
});
