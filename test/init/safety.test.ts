import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../src/main.js';
import { loadProgram } from '../../src/program/load.js';
import { validateProgram } from '../../src/validate/index.js';
import { captureIo, snapshot, tempDir } from './helpers.js';

const TODAY = '2026-02-18';

/** `cohort init …` from the sources, without a terminal: exit code, stdout, stderr. */
async function init(cwd: string, ...args: string[]) {
  const io = captureIo(false);
  const code = await main(['init', ...args, '--yes', '--today', TODAY], io, cwd);
  return { code, stdout: io.out.join(''), stderr: io.err.join('') };
}

function validated(dir: string) {
  return validateProgram(loadProgram(dir, { out: path.join(dir, 'out') }), { today: TODAY });
}

const ALL_FILES = [
  'program.yaml',
  'curricula/foundations.yaml',
  'cohorts/foundations-2026-02.yaml',
  'mentors.yaml',
  'governance.yaml',
  'records/attendance.csv',
  'records/assessments.csv',
  'records/projects.csv',
  'records/feedback.csv',
  'templates/README.md',
  'package.json',
  '.github/workflows/cohort.yml',
  '.gitignore',
  'README.md',
];

describe('cohort init checks every path before writing anything', () => {
  it('reports a file where a folder goes as an I/O error naming it, and writes nothing', async () => {
    const cwd = tempDir();
    mkdirSync(path.join(cwd, 'f1'));
    writeFileSync(path.join(cwd, 'f1/records'), 'notes\n');
    const before = snapshot(cwd);
    const result = await init(cwd, 'f1');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `cohort: cannot write the program in ${path.join(cwd, 'f1')}; nothing was written:\n` +
        '  records: is a file, where init needs a folder (for records/attendance.csv and 3 more)\n' +
        '  hint: choose another folder (cohort init DIR), or move the paths named above out of the way\n',
    );
    expect(snapshot(cwd)).toEqual(before);
    // Nothing half-written stands in the way of the next run.
    rmSync(path.join(cwd, 'f1/records'));
    expect((await init(cwd, 'f1')).code).toBe(0);
  });

  it('reports a folder where a file goes, even with --force', async () => {
    const cwd = tempDir();
    mkdirSync(path.join(cwd, 'mentors.yaml'));
    mkdirSync(path.join(cwd, '.github/workflows/cohort.yml'), { recursive: true });
    writeFileSync(path.join(cwd, 'README.md'), '# ours\n');
    const before = snapshot(cwd);
    const result = await init(cwd, '--force');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('; nothing was written:\n  mentors.yaml: is a folder, where init writes a file\n  .github/workflows/cohort.yml: is a folder, where init writes a file\n');
    expect(result.stderr).not.toContain('internal error');
    expect(snapshot(cwd)).toEqual(before);
    expect(readdirSync(cwd).sort()).toEqual(['.github', 'README.md', 'mentors.yaml']);
  });

  it('refuses a DIR that is a file, or lies below one', async () => {
    const cwd = tempDir();
    writeFileSync(path.join(cwd, 'afile'), 'x\n');
    const file = await init(cwd, 'afile');
    expect([file.code, file.stderr]).toEqual([
      2,
      `cohort: cannot create the program in ${path.join(cwd, 'afile')}: it is a file, not a folder; nothing was written\n  hint: choose a folder, or a name that does not exist yet: cohort init DIR\n`,
    ]);
    const below = await init(cwd, 'afile/sub');
    expect(below.code).toBe(2);
    expect(below.stderr).toContain(`cannot create the program in ${path.join(cwd, 'afile/sub')}: ${path.join(cwd, 'afile')} is a file, not a folder; nothing was written\n`);
    expect(readdirSync(cwd)).toEqual(['afile']);
  });
});

describe('cohort init names every file it would overwrite', () => {
  it('when program.yaml exists, all of them, not only program.yaml', async () => {
    const cwd = tempDir();
    expect((await init(cwd)).code).toBe(0);
    const before = snapshot(cwd);
    const again = await init(cwd);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`already has files that init would overwrite; nothing was written:\n${ALL_FILES.map((f) => `  ${f}\n`).join('')}  hint: use --force`);
    expect(snapshot(cwd)).toEqual(before);
  });

  it('when only some are there', async () => {
    const cwd = tempDir();
    writeFileSync(path.join(cwd, 'program.yaml'), 'kind: Program\n');
    mkdirSync(path.join(cwd, 'records'));
    writeFileSync(path.join(cwd, 'records/feedback.csv'), 'from,to\n');
    const refused = await init(cwd);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('nothing was written:\n  program.yaml\n  records/feedback.csv\n  hint:');
  });
});

describe('cohort init inside another program', () => {
  async function parentProgram() {
    const cwd = tempDir();
    expect((await init(cwd, 'prog')).code).toBe(0);
    return path.join(cwd, 'prog');
  }

  it('refuses, naming the enclosing program.yaml and the exclude fix, and writes nothing', async () => {
    const prog = await parentProgram();
    const before = snapshot(prog);
    const result = await init(prog, 'sub');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `cohort: ${path.join(prog, 'sub')} is inside the program of ${path.join(prog, 'program.yaml')}, which would read the new program's files as its own documents (a second Program, Governance, …); nothing was written\n` +
        `  hint: choose a folder outside ${prog}, or add "sub/**" to Program.spec.exclude in ${path.join(prog, 'program.yaml')} (or use --force to create it there anyway)\n`,
    );
    expect(snapshot(prog)).toEqual(before);
    expect(readdirSync(prog)).not.toContain('sub');
    expect(validated(prog).diagnostics).toEqual([]);
  });

  it('goes ahead once the parent excludes the folder, and both programs validate', async () => {
    const prog = await parentProgram();
    const programFile = path.join(prog, 'program.yaml');
    writeFileSync(programFile, readFileSync(programFile, 'utf8').replace('\nspec:\n', '\nspec:\n  exclude: ["deep/sub/**"]\n'));
    const result = await init(prog, 'deep/sub');
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).not.toContain('Program.spec.exclude');
    expect(validated(prog).diagnostics).toEqual([]);
    expect(validated(path.join(prog, 'deep/sub')).diagnostics).toEqual([]);
  });

  it('goes ahead in a folder the parent never reads (records/, a dot-folder)', async () => {
    const prog = await parentProgram();
    expect((await init(prog, 'records/archive')).code).toBe(0);
    expect((await init(prog, '.drafts/academy')).code).toBe(0);
    expect(validated(prog).diagnostics).toEqual([]);
  });

  it('with --force, nests it and says how to keep the parent valid', async () => {
    const prog = await parentProgram();
    const result = await init(prog, 'sub', '--force');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Note: ${path.join(prog, 'program.yaml')} reads 5 of these files as its own documents;\nadd "sub/**" to its Program.spec.exclude.\n`);
  });
});

describe('cohort init inside a larger git repository', () => {
  it('writes the workflow into DIR, set to run there, and says where to move it', async () => {
    const repo = tempDir();
    mkdirSync(path.join(repo, '.git'));
    const result = await init(repo, 'programs/academy');
    expect(result.code).toBe(0);
    expect(readdirSync(repo).sort()).toEqual(['.git', 'programs']);
    const dir = path.join(repo, 'programs/academy');
    const workflow = readFileSync(path.join(dir, '.github/workflows/cohort.yml'), 'utf8');
    expect((parse(workflow) as { jobs: { validate: { defaults: unknown } } }).jobs.validate.defaults).toEqual({ run: { 'working-directory': 'programs/academy' } });
    expect(workflow).toContain("# This program is the folder programs/academy/ of its repository. GitHub runs only the\n    # workflows in the repository root's .github/workflows/: move this file there.\n");
    expect(result.stdout).toContain(
      '  README.md\n\n' +
        `CI: programs/academy is inside the git repository at ${repo}, and GitHub runs only\n` +
        `the workflows in ${path.join(repo, '.github/workflows')}. The workflow written here is set to run in\n` +
        'programs/academy/ from there; move it:\n' +
        '  mkdir -p .github/workflows && mv programs/academy/.github/workflows/cohort.yml .github/workflows/cohort.yml\n\nNext steps:\n',
    );
    expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toContain('This program is the folder `programs/academy/` of a larger repository');
    expect(validated(dir).diagnostics).toEqual([]);
  });

  it('suggests another name when the root already has a cohort.yml workflow, and paths from where it runs', async () => {
    const repo = tempDir();
    writeFileSync(path.join(repo, '.git'), 'gitdir: ../elsewhere\n');
    mkdirSync(path.join(repo, '.github/workflows'), { recursive: true });
    writeFileSync(path.join(repo, '.github/workflows/cohort.yml'), 'name: other\n');
    mkdirSync(path.join(repo, 'academy'));
    const result = await init(path.join(repo, 'academy'));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  mkdir -p ../.github/workflows && mv .github/workflows/cohort.yml ../.github/workflows/cohort-academy.yml\n');
  });

  it('quotes a folder name the shell would expand in the commands it prints', async () => {
    const repo = tempDir();
    mkdirSync(path.join(repo, '.git'));
    const result = await init(repo, 'team $HOME');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("mv 'team $HOME/.github/workflows/cohort.yml' .github/workflows/cohort.yml\n");
  });

  it('says nothing when DIR is the repository root', async () => {
    const repo = tempDir();
    mkdirSync(path.join(repo, '.git'));
    const result = await init(repo);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('CI:');
    expect(readFileSync(path.join(repo, '.github/workflows/cohort.yml'), 'utf8')).toContain('        working-directory: .\n');
  });
});
