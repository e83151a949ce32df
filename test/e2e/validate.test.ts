import { mkdtempSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, REPO, cohort } from '../helpers/cli.js';

const TODAY = ['--today', '2026-11-26'];

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
  const broken = ['validate', '--program', 'fixtures/bad/unknown-field', '--today', '2026-03-01'];

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
    const result = await cohort([...broken, '--format', 'github']);
    expect(result.stdout).toBe(
      '::error file=program.yaml,line=20,col=33,endLine=20,endColumn=42,title=schema/unknown-field::unknown field "passscore" (did you mean "passScore"?). allowed here: type, passScore\n',
    );
  });

  it('sarif: a 2.1.0 log with rule metadata and a physical location', async () => {
    const result = await cohort([...broken, '--format', 'sarif']);
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
