import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { execa } from 'execa';
import { BIN, EXAMPLE, REPO, cohort } from '../helpers/cli.js';

const TODAY = ['--today', '2026-11-26'];
/** Not inside a GitHub Actions job, whatever runs the tests. */
const OUTSIDE_ACTIONS = { env: { GITHUB_WORKSPACE: '' } };

function copyOf(source: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cohort-e2e-'));
  cpSync(source, dir, { recursive: true });
  return dir;
}

describe('cohort validate on the example program', () => {
  it('finds no problems and exits 0', async () => {
    const result = await cohort(['validate', '--program', 'fixtures/example', ...TODAY]);
    expect(result.stderr).toBe('✔ no problems in 9 files\n');
    expect(result.exitCode).toBe(0);
  });

  it('finds the root from a subfolder, as git finds .git', async () => {
    const result = await cohort(['validate', ...TODAY], { cwd: `${EXAMPLE}/cohorts` });
    expect(result.exitCode).toBe(0);
  });

  it('prints the summary as JSON on stdout', async () => {
    const result = await cohort(['validate', '--program', 'fixtures/example', '--format', 'json', ...TODAY]);
    expect(JSON.parse(result.stdout)).toEqual({ diagnostics: [], summary: { errors: 0, warnings: 0, files: 9 } });
  });
});

describe('cohort validate output formats on a broken program', () => {
  // A copy outside any repository: files are named from the program root.
  const broken = ['validate', '--program', copyOf(`${REPO}fixtures/bad/unknown-field`), '--today', '2026-03-01'];

  it('json: the one diagnostic shape', async () => {
    const result = await cohort([...broken, '--format', 'json']);
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      diagnostics: [
        {
          file: 'program.yaml',
          line: 20,
          column: 33,
          endLine: 20,
          endColumn: 42,
          severity: 'error',
          rule: 'schema/unknown-field',
          message: 'unknown field "passscore" (did you mean "passScore"?)',
          hint: 'allowed here: type, passScore',
        },
      ],
      summary: { errors: 1, warnings: 0, files: 1 },
    });
  });

  it('github: one workflow command per finding', async () => {
    const result = await cohort([...broken, '--format', 'github'], OUTSIDE_ACTIONS);
    expect(result.stdout).toBe(
      '::error file=program.yaml,line=20,col=33,endLine=20,endColumn=42,title=schema/unknown-field::unknown field "passscore" (did you mean "passScore"?). allowed here: type, passScore\n',
    );
  });

  it('sarif: a 2.1.0 log with rule metadata and a physical location', async () => {
    const result = await cohort([...broken, '--format', 'sarif'], OUTSIDE_ACTIONS);
    const log = JSON.parse(result.stdout);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    const [finding] = run.results;
    expect(run.tool.driver.rules[finding.ruleIndex].id).toBe('schema/unknown-field');
    expect(finding.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'program.yaml', uriBaseId: 'PROGRAMROOT' },
      region: { startLine: 20, startColumn: 33, endLine: 20, endColumn: 42 },
    });
    expect(run.tool.driver.rules.every((r: { shortDescription: { text: string } }) => r.shortDescription.text.length > 10)).toBe(true);
  });
});

describe('CI formats inside a repository', () => {
  // The program in academy/ of a repository, as FORMAT.md lays it out.
  const repository = mkdtempSync(path.join(tmpdir(), 'cohort-repo-'));
  mkdirSync(path.join(repository, '.git'));
  cpSync(`${REPO}fixtures/bad/unknown-field`, path.join(repository, 'academy'), { recursive: true });
  const broken = ['validate', '--today', '2026-03-01'];

  it('github: files are named from the repository root, wherever it runs from', async () => {
    for (const cwd of [repository, path.join(repository, 'academy')]) {
      const result = await cohort([...broken, '--program', path.join(repository, 'academy'), '--format', 'github'], { ...OUTSIDE_ACTIONS, cwd });
      expect(result.stdout).toMatch(/^::error file=academy\/program\.yaml,line=20,col=33,/);
    }
  });

  it('sarif: the same paths, against the repository root', async () => {
    const result = await cohort([...broken, '--program', path.join(repository, 'academy'), '--format', 'sarif'], OUTSIDE_ACTIONS);
    const run = JSON.parse(result.stdout).runs[0];
    expect(run.originalUriBaseIds).toEqual({ SRCROOT: { description: { text: 'The root of the repository holding the program' } } });
    expect(run.results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'academy/program.yaml', uriBaseId: 'SRCROOT' });
  });

  it('the terminal keeps paths short', async () => {
    const result = await cohort([...broken, '--program', path.join(repository, 'academy')], OUTSIDE_ACTIONS);
    expect(result.stderr).toContain('program.yaml:20:33');
    expect(result.stderr).not.toContain('academy/program.yaml');
  });

  it('without .git, GITHUB_WORKSPACE names the repository root', async () => {
    const workspace = copyOf(`${REPO}fixtures/bad/unknown-field`);
    mkdirSync(path.join(workspace, 'nested'));
    cpSync(`${REPO}fixtures/bad/unknown-field`, path.join(workspace, 'nested', 'academy'), { recursive: true });
    const result = await cohort([...broken, '--program', path.join(workspace, 'nested', 'academy'), '--format', 'github'], { env: { GITHUB_WORKSPACE: workspace } });
    expect(result.stdout).toMatch(/^::error file=nested\/academy\/program\.yaml,/);
  });
});

describe('a reader that stops early', () => {
  it.skipIf(process.platform === 'win32')('closes stdout without a stack trace or a failing exit', async () => {
    // `head -c 20` reads a little of the schema and closes the pipe while cohort is still writing: the schema must outgrow a pipe's 64 KiB buffer for that.
    expect((await cohort(['schema'])).stdout.length).toBeGreaterThan(64 * 1024);
    const result = await execa('bash', ['-c', `"${process.execPath}" "${BIN}" schema | head -c 20 >/dev/null; echo "exit \${PIPESTATUS[0]}" >&2`], { reject: false });
    expect(result.stderr).toBe('exit 0');
  });
});

describe('exit codes', () => {
  it('2 for a usage error, with a hint and no stack trace', async () => {
    const result = await cohort(['validate', '--format', 'xml', '--program', 'fixtures/example']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("argument 'xml' is invalid");
  });

  it('2 when no program.yaml is found', async () => {
    const result = await cohort(['validate'], { cwd: tmpdir() });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^cohort: no program.yaml in .+ or any folder above it\n  hint: /);
  });

  it('2 for a malformed --today', async () => {
    const result = await cohort(['validate', '--program', 'fixtures/example', '--today', '2026-02-30']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('--today "2026-02-30" is not a date');
  });

  it('1 when warnings pass --max-warnings, 0 when within it', async () => {
    const dir = copyOf(EXAMPLE);
    // A review two years old is overdue: a warning.
    const args = ['validate', '--program', dir, '--today', '2028-12-01'];
    const within = await cohort([...args, '--max-warnings', '5']);
    const over = await cohort([...args, '--max-warnings', '0']);
    expect(within.stderr).toContain('[governance/review-overdue]');
    expect(within.exitCode).toBe(0);
    expect(over.exitCode).toBe(1);
  });
});

describe('hostile files', () => {
  it('refuses a file over the size limit, naming the limit', async () => {
    const dir = copyOf(`${REPO}fixtures/bad/unknown-field`);
    writeFileSync(path.join(dir, 'program.yaml'), 'apiVersion: cohort/v1\n'.repeat(1_600_000));
    const result = await cohort(['validate', '--program', dir]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('program.yaml:1:1 error file is 33.6 MiB, over the 32.0 MiB limit for a program document [yaml/too-large]');
  });
});
