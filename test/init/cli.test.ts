import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cohort } from '../helpers/cli.js';
import { isEmpty, snapshot, tempDir } from './helpers.js';

const TODAY = '2026-02-18';

describe('cohort init through the binary (no TTY, CI set)', () => {
  it('--yes writes a program that validates with no findings and plans', async () => {
    const cwd = tempDir();
    const init = await cohort(['init', 'academy', '--yes', '--today', TODAY, '--name', 'Contoso Academy', '--timezone', 'Europe/Berlin', '--curriculum', 'automation', '--start', '2026-03-02'], { cwd });
    expect(init.stderr).toBe('');
    expect(init.exitCode).toBe(0);
    expect(init.stdout).toContain('Created Contoso Academy (contoso-academy) in academy:\n  program.yaml\n  curricula/automation.yaml\n  cohorts/automation-2026-03.yaml\n');
    expect(init.stdout).toContain('  cd academy\n  npm install');
    const dir = path.join(cwd, 'academy');
    expect(Object.keys(snapshot(dir))).toHaveLength(14);

    const json = await cohort(['validate', '--program', dir, '--today', TODAY, '--format', 'json'], { cwd });
    expect(json.exitCode).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ diagnostics: [], summary: { errors: 0, warnings: 0, files: 5 } });
    const github = await cohort(['validate', '--program', dir, '--today', TODAY, '--format', 'github'], { cwd });
    expect([github.exitCode, github.stdout]).toEqual([0, '']);

    const plan = await cohort(['plan', '--program', dir, '--today', TODAY], { cwd });
    expect(plan.stderr).toBe('');
    expect(plan.exitCode).toBe(0);
    expect(snapshot(dir)['out/plan/automation-2026-03/schedule.md']).toBeDefined();
  });

  it('asks nothing without a TTY even without --yes, and takes the defaults', async () => {
    const cwd = tempDir();
    const init = await cohort(['init', '--today', TODAY, '--quiet'], { cwd, env: { TZ: 'Asia/Tokyo' } });
    expect([init.exitCode, init.stdout, init.stderr]).toEqual([0, '', '']);
    const program = readFileSync(path.join(cwd, 'program.yaml'), 'utf8');
    expect(program).toContain('  id: citizen-developer-academy\n  name: Citizen Developer Academy\n');
    expect(program).toContain('  timezone: Asia/Tokyo\n');
    // The first Monday after --today; the foundations starter.
    expect(readFileSync(path.join(cwd, 'cohorts/foundations-2026-02.yaml'), 'utf8')).toContain('  start: 2026-02-23\n');
    const validate = await cohort(['validate', '--today', TODAY], { cwd });
    expect(validate.exitCode).toBe(0);
  });

  it('overwrites nothing without --force, and everything with it', async () => {
    const cwd = tempDir();
    writeFileSync(path.join(cwd, 'README.md'), '# our own notes\n');
    writeFileSync(path.join(cwd, 'mentors.yaml'), 'kept: true\n');
    const before = snapshot(cwd);

    const refused = await cohort(['init', '--yes', '--today', TODAY], { cwd });
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toContain('already has files that init would overwrite; nothing was written:\n  mentors.yaml\n  README.md\n');
    expect(refused.stderr).toContain('hint: use --force to overwrite');
    expect(snapshot(cwd)).toEqual(before);

    const forced = await cohort(['init', '--yes', '--force', '--today', TODAY], { cwd });
    expect(forced.exitCode).toBe(0);
    expect(forced.stdout).toContain('  mentors.yaml  (overwritten)\n');
    expect(forced.stdout).toContain('  README.md  (overwritten)\n');
    expect(readFileSync(path.join(cwd, 'README.md'), 'utf8')).toMatch(/^# Citizen Developer Academy\n/);
    expect((await cohort(['validate', '--today', TODAY], { cwd })).exitCode).toBe(0);

    const again = await cohort(['init', '--yes', '--today', TODAY], { cwd });
    expect(again.exitCode).toBe(2);
    // Every file a second init would overwrite is named, not only the first.
    expect(again.stderr).toContain('already has files that init would overwrite; nothing was written:\n  program.yaml\n  curricula/foundations.yaml\n');
    expect(again.stderr).toContain('\n  mentors.yaml\n');
    expect(again.stderr).toContain('\n  README.md\n');
  });

  it.each([
    [['--timezone', 'Berlin'], '--timezone: "Berlin" is not an IANA time zone', 'Europe/Berlin'],
    [['--start', '2026-02-30'], '--start: "2026-02-30" is not a date', 'YYYY-MM-DD'],
    [['--curriculum', 'fundations'], '--curriculum: there is no starter curriculum "fundations" (did you mean "foundations"?)', 'choose one of automation, foundations, quick-wins'],
    [['--id', 'Contoso Academy'], '--id: "Contoso Academy" is not an id', 'lower-case letters'],
    [['--name', ' '], '--name: the academy needs a name', 'for example'],
  ])('rejects %j as a usage error with a hint, writing nothing', async (flags, message, hint) => {
    const cwd = tempDir();
    const result = await cohort(['init', '--yes', ...flags], { cwd });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(`cohort: ${message}\n`);
    expect(result.stderr).toMatch(new RegExp(`  hint: .*${hint.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(isEmpty(cwd)).toBe(true);
  });
});
