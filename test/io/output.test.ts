import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderDrift, listFiles, replaceFolder, safeJoin, stagingName } from '../../src/io/output.js';

const fresh = () => mkdtempSync(path.join(tmpdir(), 'cohort-out-'));

describe('replaceFolder', () => {
  it('writes exactly the given files and removes ones no longer produced', () => {
    const out = path.join(fresh(), 'plan');
    replaceFolder(out, [{ path: 'a/schedule.csv', content: 'one' }, { path: 'b/schedule.csv', content: 'two' }]);
    replaceFolder(out, [{ path: 'a/schedule.csv', content: 'three' }]);
    expect(listFiles(out)).toEqual(['a/schedule.csv']);
    expect(readFileSync(path.join(out, 'a/schedule.csv'), 'utf8')).toBe('three');
  });

  it('leaves the earlier output intact when writing fails', () => {
    const out = path.join(fresh(), 'plan');
    replaceFolder(out, [{ path: 'a.csv', content: 'kept' }]);
    expect(() => replaceFolder(out, [{ path: 'b.csv', content: 'x' }, { path: '../escape.csv', content: 'x' }])).toThrow(/cannot write/);
    expect(listFiles(out)).toEqual(['a.csv']);
    expect(readFileSync(path.join(out, 'a.csv'), 'utf8')).toBe('kept');
    expect(existsSync(path.join(out, '..', 'escape.csv'))).toBe(false);
  });

  it('leaves no staging folders behind', () => {
    const parent = fresh();
    replaceFolder(path.join(parent, 'plan'), [{ path: 'x.md', content: 'x' }]);
    expect(listFiles(parent)).toEqual(['plan/x.md']);
  });

  it('reports an output folder that cannot be created as an I/O error, even for root', () => {
    const parent = fresh();
    writeFileSync(path.join(parent, 'not-a-folder'), 'a file where --out should be');
    expect(() => replaceFolder(path.join(parent, 'not-a-folder', 'plan'), [{ path: 'x', content: 'x' }])).toThrow(/cannot write .*ENOTDIR/);
  });
});

describe('replaceFolder after a run that was killed', () => {
  /** The id of a process that has exited. */
  const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;
  const leftover = (parent: string, name: string, file: string) => {
    mkdirSync(path.join(parent, name));
    writeFileSync(path.join(parent, name, 'x.md'), file);
  };

  it('removes the staging folder a killed run left, and keeps one of a run still going', () => {
    const parent = fresh();
    const out = path.join(parent, 'plan');
    const killed = stagingName(out, 'new', deadPid(), 1700000000000);
    const running = stagingName(out, 'new', process.ppid, 1700000000001);
    leftover(parent, killed, 'half written');
    leftover(parent, running, 'being written');
    replaceFolder(out, [{ path: 'x.md', content: 'new' }]);
    expect(listFiles(parent)).toEqual([`${running}/x.md`, 'plan/x.md']);
  });

  it('puts the earlier output back when a killed run had moved it aside, before this run fails', () => {
    const parent = fresh();
    const out = path.join(parent, 'plan');
    leftover(parent, stagingName(out, 'old', deadPid(), 1700000000000), 'earlier output');
    leftover(parent, stagingName(out, 'new', deadPid(), 1700000000000), 'the killed run');
    expect(() => replaceFolder(out, [{ path: '../escape.md', content: 'x' }])).toThrow(/cannot write/);
    expect(listFiles(parent)).toEqual(['plan/x.md']);
    expect(readFileSync(path.join(out, 'x.md'), 'utf8')).toBe('earlier output');
  });

  it('takes folders named before the machine name went in (`.plan.new-<pid>-<time>`) as this machine\'s', () => {
    const parent = fresh();
    leftover(parent, `.plan.new-${deadPid()}-1700000000000`, 'half written');
    replaceFolder(path.join(parent, 'plan'), [{ path: 'x.md', content: 'new' }]);
    expect(listFiles(parent)).toEqual(['plan/x.md']);
  });

  it('leaves folders of other outputs, other machines and other names alone', () => {
    const parent = fresh();
    const ours = stagingName(path.join(parent, 'plan'), 'new', deadPid(), 1);
    const names = [stagingName(path.join(parent, 'report'), 'new', deadPid(), 1), ours.replace('.plan.new-', '.plan.new-elsewhere.example-'), `${ours}-extra`, '.plan.new-x-1'];
    for (const name of names) leftover(parent, name, 'not ours');
    replaceFolder(path.join(parent, 'plan'), [{ path: 'x.md', content: 'new' }]);
    expect(listFiles(parent)).toEqual([...names.map((name) => `${name}/x.md`).sort(), 'plan/x.md']);
  });
});

describe('replaceFolder with files from a generator', () => {
  it('writes each file as it comes and returns how many it wrote', () => {
    const out = path.join(fresh(), 'plan');
    function* files() {
      yield { path: 'a/one.md', content: '1' };
      yield { path: 'b/two.md', content: '2' };
    }
    expect(replaceFolder(out, files())).toBe(2);
    expect(listFiles(out)).toEqual(['a/one.md', 'b/two.md']);
  });

  it("passes the generator's own error through unchanged and keeps the earlier output", () => {
    const out = path.join(fresh(), 'plan');
    replaceFolder(out, [{ path: 'a.csv', content: 'kept' }]);
    const bug = new TypeError('renderer bug');
    function* files() {
      yield { path: 'b.csv', content: 'x' };
      throw bug;
    }
    expect(() => replaceFolder(out, files())).toThrow(bug);
    expect(listFiles(out)).toEqual(['a.csv']);
    expect(listFiles(path.dirname(out))).toEqual(['plan/a.csv']);
  });
});

describe('folderDrift', () => {
  it('names changed, missing and extra files', () => {
    const out = fresh();
    writeFileSync(path.join(out, 'same.csv'), 'same');
    writeFileSync(path.join(out, 'changed.csv'), 'old');
    writeFileSync(path.join(out, 'gone.csv'), 'x');
    const drift = folderDrift(out, [
      { path: 'same.csv', content: 'same' },
      { path: 'changed.csv', content: 'new' },
      { path: 'new.csv', content: 'n' },
    ]);
    expect(drift).toEqual({ stale: ['changed.csv'], missing: ['new.csv'], extra: ['gone.csv'] });
  });
});

describe('safeJoin', () => {
  it.each(['../x', '/etc/passwd', 'a/../../x', ''])('refuses %j', (rel) => {
    expect(() => safeJoin('/tmp/out', rel)).toThrow(/outside the output folder/);
  });
  it('accepts nested relative paths', () => {
    expect(safeJoin('/tmp/out', 'a/b.md')).toBe('/tmp/out/a/b.md');
  });
});
