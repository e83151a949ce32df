import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IoError } from '../../src/errors.js';
import { discoverFiles } from '../../src/program/discover.js';
import { loadProgram } from '../../src/program/load.js';
import { MINIMAL } from '../helpers/program.js';

// readdirSync made to fail on demand (root reads any folder, so chmod alone cannot show it); every other call is the real one.
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return { ...real, readdirSync: vi.fn(real.readdirSync) };
});

const realFs = await vi.importActual<typeof import('node:fs')>('node:fs');

afterEach(() => {
  vi.mocked(fs.readdirSync).mockImplementation(realFs.readdirSync as typeof fs.readdirSync);
});

const NONE = { exclude: [], skipFolders: [] };
const temp = () => fs.realpathSync(fs.mkdtempSync(path.join(tmpdir(), 'cohort-discover-')));

/** MINIMAL written out to a fresh folder; returns the root. */
function programFolder(): string {
  const root = temp();
  for (const [rel, text] of Object.entries(MINIMAL)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return root;
}

/** Moves `rel` out of the root to a folder elsewhere and leaves a symbolic link to it in its place. */
function linkFromElsewhere(root: string, rel: string): string {
  const elsewhere = path.join(temp(), path.basename(rel));
  fs.renameSync(path.join(root, rel), elsewhere);
  fs.symlinkSync(elsewhere, path.join(root, rel));
  return elsewhere;
}

function caught(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('a folder that cannot be read', () => {
  it('is an I/O error naming the folder relative to the root, with the permissions and exclude fix', () => {
    const root = programFolder();
    vi.mocked(fs.readdirSync).mockImplementation(((dir: fs.PathLike, options?: unknown) => {
      if (String(dir) === path.join(root, 'cohorts')) throw Object.assign(new Error('EACCES: permission denied, scandir'), { code: 'EACCES' });
      return (realFs.readdirSync as (d: fs.PathLike, o?: unknown) => unknown)(dir, options);
    }) as typeof fs.readdirSync);
    const error = caught(() => discoverFiles(root, NONE));
    expect(error).toBeInstanceOf(IoError);
    expect((error as IoError).message).toBe('cannot read the folder cohorts: EACCES');
    expect((error as IoError).hint).toMatch(/permissions.*"cohorts" to Program\.spec\.exclude/);
    // The hint works: excluded, the folder is not read at all.
    expect(discoverFiles(root, { exclude: ['cohorts'], skipFolders: [] })).toEqual(['curricula/basics.yaml', 'governance.yaml', 'mentors.yaml', 'program.yaml']);
  });

  it.skipIf(process.getuid?.() === 0 || process.platform === 'win32')('chmod 000, for a user other than root: the same I/O error', () => {
    const root = programFolder();
    fs.chmodSync(path.join(root, 'cohorts'), 0o000);
    try {
      expect(() => loadProgram(root)).toThrow(new IoError('cannot read the folder cohorts: EACCES'));
    } finally {
      fs.chmodSync(path.join(root, 'cohorts'), 0o755);
    }
  });
});

describe.skipIf(process.platform === 'win32')('symbolic links', () => {
  it('a linked folder is read like a folder (and a linked file like a file)', () => {
    const root = programFolder();
    linkFromElsewhere(root, 'cohorts');
    linkFromElsewhere(root, 'mentors.yaml');
    const rels = loadProgram(root).files.map((f) => f.rel);
    expect(rels).toEqual(['cohorts/spring.yaml', 'curricula/basics.yaml', 'governance.yaml', 'mentors.yaml', 'program.yaml']);
  });

  it('links inside a linked folder are followed too', () => {
    const root = programFolder();
    const cohorts = linkFromElsewhere(root, 'cohorts');
    const more = path.join(temp(), 'more');
    fs.mkdirSync(more);
    fs.writeFileSync(path.join(more, 'autumn.yaml'), 'x: 1\n');
    fs.symlinkSync(more, path.join(cohorts, 'more'));
    expect(discoverFiles(root, NONE)).toContain('cohorts/more/autumn.yaml');
  });

  it('a link back to a folder above does not loop, and each folder is read once', () => {
    const root = programFolder();
    fs.symlinkSync('..', path.join(root, 'cohorts', 'up'));
    fs.symlinkSync(root, path.join(root, 'curricula', 'root'));
    expect(discoverFiles(root, NONE)).toEqual(['cohorts/spring.yaml', 'curricula/basics.yaml', 'governance.yaml', 'mentors.yaml', 'program.yaml']);
  });

  it('a folder reached directly and through a link is listed by its own path, whatever the names', () => {
    const root = programFolder();
    fs.symlinkSync('cohorts', path.join(root, 'a-link'));
    fs.symlinkSync(path.join(root, 'cohorts'), path.join(root, 'curricula', 'also-cohorts'));
    expect(discoverFiles(root, NONE)).toEqual(['cohorts/spring.yaml', 'curricula/basics.yaml', 'governance.yaml', 'mentors.yaml', 'program.yaml']);
  });

  it("the skip rules apply to the link's own path", () => {
    const root = programFolder();
    const target = path.join(temp(), 'docs');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'x.yaml'), 'x: 1\n');
    for (const name of ['.hidden', 'node_modules', 'templates', 'records', 'out', 'excluded', 'kept']) fs.symlinkSync(target, path.join(root, name));
    expect(discoverFiles(root, { exclude: ['excluded'], skipFolders: ['records'] }).filter((rel) => rel.endsWith('x.yaml'))).toEqual(['kept/x.yaml']);
  });

  it('a link named *.yaml that points nowhere is still listed, and reading it is a clean I/O error', () => {
    const root = programFolder();
    fs.symlinkSync(path.join(root, 'gone.yaml'), path.join(root, 'cohorts', 'autumn.yaml'));
    fs.symlinkSync(path.join(root, 'gone'), path.join(root, 'cohorts', 'gone-folder'));
    expect(discoverFiles(root, NONE)).toContain('cohorts/autumn.yaml');
    expect(discoverFiles(root, NONE)).not.toContain('cohorts/gone-folder');
    const error = caught(() => loadProgram(root));
    expect(error).toBeInstanceOf(IoError);
    expect((error as IoError).message).toBe('cannot read cohorts/autumn.yaml: ENOENT');
  });

  it('a link that loops onto itself is listed when named *.yaml (and reported when read), not followed', () => {
    const root = programFolder();
    fs.symlinkSync('self.yaml', path.join(root, 'cohorts', 'self.yaml'));
    expect(discoverFiles(root, NONE)).toContain('cohorts/self.yaml');
    expect(() => loadProgram(root)).toThrow(/cannot read cohorts\/self\.yaml: ELOOP/);
  });
});
