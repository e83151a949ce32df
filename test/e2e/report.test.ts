import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/io/output.js';
import { cohort, EXAMPLE, expectGolden, moveFirstOfG1ToG2, REPO } from '../helpers/cli.js';

const GOLDEN = `${REPO}test/golden/example-report`;
const TODAY = ['--today', '2026-11-26'];

function copyOfExample(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cohort-report-'));
  cpSync(EXAMPLE, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}out`) });
  return dir;
}

const strictRows = (text: string) => parse(text, { bom: true, relax_quotes: false, relax_column_count: false }) as string[][];

describe('cohort report on the example program', () => {
  let program: string;
  let run: Awaited<ReturnType<typeof cohort>>;
  const out = (file: string) => readFileSync(path.join(program, 'out/report', file), 'utf8');

  beforeAll(async () => {
    program = copyOfExample();
    run = await cohort(['report', '--program', program, ...TODAY]);
  });

  it('prints the scorecard and writes the report files', () => {
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/│ On-time delivery +│ ≥ 0\.75 +│ 0\.67 +│ missed +│/);
    expect(run.stdout).toMatch(/│ Attendance rate +│ ≥ 0\.8 +│ 0\.94 +│ met +│/);
    expect(listFiles(path.join(program, 'out/report')).filter((f) => !f.startsWith('badges/'))).toEqual(['credentials.csv', 'metrics.json', 'participants.csv', 'report.md']);
  });

  it('matches the committed golden files byte for byte', () => {
    for (const file of listFiles(path.join(program, 'out/report'))) expectGolden(out(file), path.join(GOLDEN, file));
  });

  it('writes CSVs that round-trip through a strict parser with the contract columns', () => {
    expect(strictRows(out('participants.csv'))[0]).toEqual(['cohort', 'participant', 'name', 'email', 'department', 'group', 'attendance_rate', 'modules_passed', 'modules_total', 'credentials', 'at_risk', 'at_risk_reason']);
    expect(strictRows(out('credentials.csv'))[0]).toEqual(['cohort', 'participant', 'name', 'email', 'credential', 'status', 'earned_on', 'expires_on', 'missing']);
  });

  it('gives each participant the credential status the rules give by hand', () => {
    const rows = parse(out('credentials.csv'), { bom: true, columns: true }) as Array<Record<string, string>>;
    const status = (p: string, c: string) => rows.find((r) => r.participant === p && r.credential === c);
    expect(status('ines-carvalho', 'foundations-badge')).toMatchObject({ status: 'earned', earned_on: '2026-05-29', expires_on: '2028-05-29' });
    expect(status('zoe-laurent', 'foundations-badge')).toMatchObject({ status: 'earned', earned_on: '2026-06-05' });
    expect(status('rahul-mehta', 'foundations-badge')?.status).toBe('in-progress');
    expect(status('rahul-mehta', 'foundations-badge')?.missing).toMatch(/attendance/);
    expect(status('emily-carter', 'foundations-badge')?.missing).toMatch(/first-app/);
  });

  it('--fail-on-criteria exits 1 because on-time delivery is missed', async () => {
    const gated = await cohort(['report', '--program', program, '--fail-on-criteria', '--quiet', ...TODAY]);
    expect(gated.exitCode).toBe(1);
  });
});

describe('cohort report on broken or hostile records', () => {
  it('stops with a located error for an unparsable date, writing nothing', async () => {
    const program = copyOfExample();
    appendFileSync(path.join(program, 'records/assessments.csv'), 'ines-carvalho,intro,0.9,2026-13-01\n');
    const lines = readFileSync(path.join(program, 'records/assessments.csv'), 'utf8').trimEnd().split('\n').length;
    const result = await cohort(['report', '--program', program, ...TODAY]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(`records/assessments.csv:${lines}:1 error`);
    expect(result.stderr).toContain('[records/invalid]');
    expect(listFiles(path.join(program, 'out/report'))).toEqual([]);
  });

  it('warns about a row naming an unknown participant, with file and line, and still reports', async () => {
    const program = copyOfExample();
    appendFileSync(path.join(program, 'records/attendance.csv'), 'nobody-here,2026-03-03,check-in,present,spring-2026,,30\n');
    const lines = readFileSync(path.join(program, 'records/attendance.csv'), 'utf8').trimEnd().split('\n').length;
    const result = await cohort(['report', '--program', program, ...TODAY]);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toMatch(new RegExp(`records/attendance\\.csv:${lines}:1 warning .*nobody-here`));
  });

  it('says which .csv files in the records folder it does not read, and how to name them', async () => {
    const program = copyOfExample();
    writeFileSync(path.join(program, 'records/Attendance-march.csv'), readFileSync(path.join(program, 'records/attendance.csv')));
    writeFileSync(path.join(program, 'records/zoom-export.csv'), 'Name,Minutes\n');
    const result = await cohort(['report', '--program', program, ...TODAY]);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toMatch(/records\/Attendance-march\.csv:1:1 warning not read: .*\n(.*\n)*?\s+hint: rename it attendance-march\.csv \(lower case\)/);
    expect(result.stderr).toMatch(/records\/zoom-export\.csv:1:1 warning not read: /);
  });

  it('says when the records folder the program names is not there', async () => {
    const program = copyOfExample();
    const file = path.join(program, 'program.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('records: records/', 'records: exports/'));
    const result = await cohort(['report', '--program', program, ...TODAY]);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toMatch(/program\.yaml:86:1 warning the records folder "exports\/" is not there: no records are read/);
  });

  it('with an --out of its own, reads the groups of the plan published under out/, and says so', async () => {
    const program = copyOfExample();
    // A published plan that differs from a fresh one: one participant moved by hand from g1 to g2, as a lead may do.
    await cohort(['plan', '--program', program, ...TODAY]);
    moveFirstOfG1ToG2(path.join(program, 'out/plan/spring-2026/groups.csv'));
    expect((await cohort(['report', '--program', program, ...TODAY])).exitCode).toBe(0);
    const shared = await cohort(['report', '--program', program, '--out', path.join(program, 'shared'), ...TODAY], { cwd: program });
    expect(shared.exitCode).toBe(0);
    expect(shared.stderr).toContain('cohort: no published plan in shared/plan: groups are read from out/plan\n');
    const participants = (dir: string) => readFileSync(path.join(program, dir, 'report/participants.csv'), 'utf8');
    expect(participants('shared')).toBe(participants('out'));
  });

  it('never lets a formula-looking name reach a CSV unescaped', async () => {
    const program = copyOfExample();
    const file = path.join(program, 'cohorts/spring-2026.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('name: Emily Carter', 'name: "=HYPERLINK(\\"http://evil.example\\",\\"x\\")"'));
    const result = await cohort(['report', '--program', program, ...TODAY]);
    expect(result.exitCode).toBe(0);
    const csv = readFileSync(path.join(program, 'out/report/participants.csv'), 'utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });

  it('--redact leaves no participant name or email in any output', async () => {
    const program = copyOfExample();
    const result = await cohort(['report', '--program', program, '--redact', ...TODAY]);
    expect(result.exitCode).toBe(0);
    const texts = ['participants.csv', 'credentials.csv', 'metrics.json', 'report.md'].map((f) => readFileSync(path.join(program, 'out/report', f), 'utf8')).join('\n');
    for (const needle of ['Inês Carvalho', 'ines.carvalho@northwind.example', 'ines-carvalho', 'Marcus', 'lena-vogel']) expect(texts).not.toContain(needle);
  });

  it('--cohort narrows every output to one cohort', async () => {
    const program = copyOfExample();
    const result = await cohort(['report', '--program', program, '--cohort', 'autumn-2026', ...TODAY]);
    expect(result.exitCode).toBe(0);
    const rows = parse(readFileSync(path.join(program, 'out/report/participants.csv')), { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(new Set(rows.map((r) => r.cohort))).toEqual(new Set(['autumn-2026']));
  });
});
