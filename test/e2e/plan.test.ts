import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles, stagingName } from '../../src/io/output.js';
import { generateProgram } from '../../bench/generate.js';
import { EXAMPLE, REPO, cohort, expectGolden } from '../helpers/cli.js';

const GOLDEN = `${REPO}test/golden/example-plan`;
const TODAY = ['--today', '2026-11-26'];

function copyOfExample(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cohort-plan-'));
  cpSync(EXAMPLE, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}out`) });
  return dir;
}

const rows = (file: string) => parse(readFileSync(file), { bom: true, columns: true }) as Array<Record<string, string>>;

describe('cohort plan on the example program', () => {
  let program: string;
  let first: Awaited<ReturnType<typeof cohort>>;

  beforeAll(async () => {
    program = copyOfExample();
    first = await cohort(['plan', '--program', program, ...TODAY]);
  });

  it('writes every cohort and the communities, and prints a summary table', () => {
    expect(first.exitCode).toBe(0);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/│ spring-2026 │ 2026-03-02 │ 2026-05-31 │ 13 +│ 14 +│ 3 /);
    expect(listFiles(path.join(program, 'out/plan'))).toEqual(
      ['autumn-2026', 'communities', 'spring-2026', 'winter-2027'].flatMap((c) => ['groups.csv', 'groups.md', 'schedule.csv', 'schedule.ics', 'schedule.md'].map((f) => `${c}/${f}`)),
    );
  });

  it('matches the committed golden files byte for byte', () => {
    for (const file of listFiles(path.join(program, 'out/plan'))) {
      expectGolden(readFileSync(path.join(program, 'out/plan', file), 'utf8'), path.join(GOLDEN, file));
    }
  });

  it('is byte-identical on a rerun, and --check then says it is up to date', async () => {
    const before = listFiles(path.join(program, 'out/plan')).map((f) => readFileSync(path.join(program, 'out/plan', f)));
    await cohort(['plan', '--program', program, ...TODAY]);
    const after = listFiles(path.join(program, 'out/plan')).map((f) => readFileSync(path.join(program, 'out/plan', f)));
    expect(after).toEqual(before);
    const check = await cohort(['plan', '--program', program, '--check', ...TODAY]);
    expect(check).toMatchObject({ exitCode: 0, stderr: 'plan is up to date\n' });
  });

  it('tidies the half-written staging folder a killed run left next to plan/', async () => {
    const out = path.join(program, 'out');
    const killed = stagingName(path.join(out, 'plan'), 'new', spawnSync(process.execPath, ['-e', '']).pid!, 1700000000000);
    mkdirSync(path.join(out, killed, 'spring-2026'), { recursive: true });
    writeFileSync(path.join(out, killed, 'spring-2026', 'schedule.csv'), 'session_id,coh');
    expect(await cohort(['plan', '--program', program, '--quiet', ...TODAY])).toMatchObject({ exitCode: 0 });
    expect(listFiles(out).filter((file) => !file.startsWith('plan/'))).toEqual([]);
  });

  // A killed run moves the published folder aside (`plan/`, or with --cohort `plan/<cohort>/`) just before swapping its own in.
  it.each(['out/plan', 'out/plan/spring-2026'])('keeps the published plan as the lock after a killed run had moved %s aside', async (moved) => {
    const dir = copyOfExample();
    await cohort(['plan', '--program', dir, '--quiet', ...TODAY]);
    const groups = path.join(dir, 'out/plan/spring-2026/groups.csv');
    // A lead's hand edit of the published plan, which the planner would not choose itself.
    const edited = readFileSync(groups, 'utf8').replace(/^(spring-2026,g\d,participant,emily-carter,.*,)ben-oliveira$/m, '$1sofia-ribeiro');
    expect(edited).toMatch(/,emily-carter,.*,sofia-ribeiro$/m);
    writeFileSync(groups, edited);
    const target = path.join(dir, moved);
    renameSync(target, path.join(path.dirname(target), stagingName(target, 'old', spawnSync(process.execPath, ['-e', '']).pid!, 1700000000000)));
    expect(await cohort(['plan', '--program', dir, '--quiet', ...TODAY])).toMatchObject({ exitCode: 0 });
    expect(readFileSync(groups, 'utf8')).toMatch(/,emily-carter,.*,sofia-ribeiro$/m);
    expect(listFiles(path.join(dir, 'out')).filter((file) => !file.startsWith('plan/') || file.includes('/.'))).toEqual([]);
  });

  it('--verbose reports the lead-matching cost terms of every group', async () => {
    const verbose = await cohort(['plan', '--program', program, '--verbose', '--check', ...TODAY]);
    expect(verbose.stderr).toContain('lead matching costs per group:');
    expect(verbose.stderr).toMatch(/│ spring-2026 │ g1 +│ [a-z-]+ +│ \d+ +│ \d+ +│ \d+ +│ \d+ +│ \d+ +│ \d+ +│/);
  });

  it('writes calendars a real parser reads, one event per schedule row', () => {
    for (const c of ['spring-2026', 'autumn-2026', 'communities']) {
      const ics = readFileSync(path.join(program, 'out/plan', c, 'schedule.ics'), 'utf8');
      const calendar = new ICAL.Component(ICAL.parse(ics));
      const events = calendar.getAllSubcomponents('vevent');
      expect(events.length).toBe(rows(path.join(program, 'out/plan', c, 'schedule.csv')).length);
      const zones = new Set(events.map((e) => e.getFirstProperty('dtstart')!.getParameter('tzid')));
      const defined = new Set(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid')));
      for (const zone of zones) expect(defined.has(zone)).toBe(true);
      expect(ics).not.toMatch(/[^\r]\n/);
    }
  });
});

describe('a rerun on a busy program', () => {
  it('changes nothing after a fresh plan, and --check then says it is up to date', async () => {
    // Ten overlapping cohorts whose leads run several groups: sessions must dodge each other, some only on some dates.
    const program = mkdtempSync(path.join(tmpdir(), 'cohort-busy-'));
    generateProgram(program, { cohorts: 10, participantsPerCohort: 40, mentors: 60 });
    const plan = (extra: string[]) => cohort(['plan', '--program', program, '--today', '2026-11-26', '--quiet', ...extra]);
    expect((await plan(['--fresh'])).exitCode).toBe(0);
    const snapshot = () => listFiles(path.join(program, 'out/plan')).map((f) => `${f}\n${readFileSync(path.join(program, 'out/plan', f), 'utf8')}`);
    const first = snapshot();
    expect((await plan([])).exitCode).toBe(0);
    expect(snapshot()).toEqual(first);
    const check = await plan(['--check']);
    expect(check.stderr).toBe('plan is up to date\n');
    expect(check.exitCode).toBe(0);
  });
});

describe('cohort plan --cohort', () => {
  it("rewrites only that cohort's folder, with the same files as a whole run", async () => {
    const program = copyOfExample();
    const out = path.join(program, 'out/plan');
    mkdirSync(path.join(out, 'autumn-2026'), { recursive: true });
    writeFileSync(path.join(out, 'autumn-2026/notes.md'), 'not produced by plan');
    writeFileSync(path.join(out, 'untouched.md'), 'another cohort');
    const result = await cohort(['plan', '--program', program, '--cohort', 'autumn-2026', ...TODAY]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/wrote 5 files to \S*out\/plan\/autumn-2026\n$/);
    expect(listFiles(out)).toEqual(['autumn-2026/groups.csv', 'autumn-2026/groups.md', 'autumn-2026/schedule.csv', 'autumn-2026/schedule.ics', 'autumn-2026/schedule.md', 'untouched.md']);
    for (const file of listFiles(path.join(out, 'autumn-2026'))) {
      expect(readFileSync(path.join(out, 'autumn-2026', file), 'utf8'), file).toBe(readFileSync(path.join(GOLDEN, 'autumn-2026', file), 'utf8'));
    }
  });
});

describe('cohort plan --cohort and --check, said plainly', () => {
  it("--cohort shows that cohort's warnings, not every other cohort's", async () => {
    const program = copyOfExample();
    const file = path.join(program, 'cohorts/winter-2027.yaml');
    // Someone in winter-2027 whose hours meet no one else's: warnings for winter only.
    writeFileSync(file, readFileSync(file, 'utf8').replace('      timezone: Europe/Lisbon', '      timezone: Pacific/Kiritimati'));
    const all = await cohort(['plan', '--program', program, ...TODAY]);
    expect(all.stderr).toMatch(/^winter-2027: warning /m);
    const one = await cohort(['plan', '--program', program, '--cohort', 'autumn-2026', ...TODAY]);
    expect(one.exitCode).toBe(0);
    expect(one.stderr).toBe('');
  });

  it('--check names files a run would create as missing, not stale', async () => {
    const program = copyOfExample();
    const check = await cohort(['plan', '--program', program, '--check', ...TODAY]);
    expect(check.exitCode).toBe(1);
    expect(check.stderr).toContain('  missing: autumn-2026/groups.csv\n');
    expect(check.stderr).not.toContain('stale:');
  });
});

describe('cohort plan with a roster that cannot lead every group', () => {
  it('says what is short and what would fix it, writes nothing and keeps the earlier plan', async () => {
    const program = copyOfExample();
    await cohort(['plan', '--program', program, ...TODAY]);
    const out = path.join(program, 'out');
    const before = listFiles(out).map((f) => [f, readFileSync(path.join(out, f), 'utf8')]);
    // One person per group needs more leads than the roster has; the validation rule that says so first is turned off.
    const cohortFile = path.join(program, 'cohorts/winter-2027.yaml');
    writeFileSync(cohortFile, readFileSync(cohortFile, 'utf8').replace('groups: { min: 3, max: 5 }', 'groups: { min: 1, max: 1 }'));
    const programFile = path.join(program, 'program.yaml');
    writeFileSync(programFile, readFileSync(programFile, 'utf8').replace(/^spec:\n/m, 'spec:\n  rules: { capacity/lead-mentors: off }\n'));
    const result = await cohort(['plan', '--program', program, ...TODAY]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/^winter-2027: error needs 11 lead slots, roster offers \d+ \(2027-01-11 to 2027-04-11\): g\d+, .* have no lead mentor\n  hint: add lead mentors, raise capacity, or raise groups\.max\n/m);
    expect(result.stderr).toContain('cohort: the plan is incomplete; nothing was written\n');
    // The earlier plan is untouched and no staging folder is left beside it.
    expect(listFiles(out).map((f) => [f, readFileSync(path.join(out, f), 'utf8')])).toEqual(before);
  });
});

describe('a published plan is kept like a lock file', () => {
  const groupsOf = (program: string, c: string) => new Map(rows(path.join(program, 'out/plan', c, 'groups.csv')).filter((r) => r.role !== 'community').map((r) => [`${r.role}:${r.person}`, r.group]));

  it('adding one participant moves no one else', async () => {
    const program = copyOfExample();
    await cohort(['plan', '--program', program, ...TODAY]);
    const before = groupsOf(program, 'winter-2027');
    const file = path.join(program, 'cohorts/winter-2027.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/\n  participants:\n/, '\n  participants:\n    - { id: new-person, name: New Person, email: new.person@northwind.example, department: Legal }\n'));
    const stale = await cohort(['plan', '--program', program, '--check', ...TODAY]);
    expect(stale.exitCode).toBe(1);
    expect(stale.stderr).toContain('stale: winter-2027/groups.csv');
    const rerun = await cohort(['plan', '--program', program, ...TODAY]);
    expect(rerun.exitCode).toBe(0);
    const after = groupsOf(program, 'winter-2027');
    expect(after.get('participant:new-person')).toMatch(/^g\d$/);
    after.delete('participant:new-person');
    expect(after).toEqual(before);
  });

  it('removing one participant moves no one else', async () => {
    const program = copyOfExample();
    await cohort(['plan', '--program', program, ...TODAY]);
    const before = groupsOf(program, 'autumn-2026');
    const file = path.join(program, 'cohorts/autumn-2026.yaml');
    const edited = removeParticipant(readFileSync(file, 'utf8'), 'daniel-kim');
    expect(edited).not.toContain('daniel-kim');
    writeFileSync(file, edited);
    const rerun = await cohort(['plan', '--program', program, ...TODAY]);
    expect(rerun.exitCode).toBe(0);
    const after = groupsOf(program, 'autumn-2026');
    before.delete('participant:daniel-kim');
    expect(after).toEqual(before);
  });

  it("removing one participant moves no group's session times", async () => {
    // hanna leads g1 and g2 back to back; without the published times, g1 losing its Kolkata member would take g2's slot.
    const program = programOf(STABLE_TIMES);
    await cohort(['plan', '--program', program, '--today', '2026-01-01']);
    const times = () => rows(path.join(program, 'out/plan/autumn/schedule.csv')).map((r) => `${r.session_id} ${r.start}-${r.end} ${r.lead}`);
    const before = times();
    const file = path.join(program, 'cohorts/autumn.yaml');
    writeFileSync(file, removeParticipant(readFileSync(file, 'utf8'), 'au-3'));
    expect((await cohort(['plan', '--program', program, '--today', '2026-01-01'])).exitCode).toBe(0);
    expect(times()).toEqual(before);
    // From scratch, the same program is free to choose again.
    await cohort(['plan', '--program', program, '--today', '2026-01-01', '--fresh']);
    expect(times()).not.toEqual(before);
  });

  it('a damaged groups.csv stops plan, report and onboard with its line, keeps every file, and --fresh plans anew', async () => {
    const program = copyOfExample();
    await cohort(['plan', '--program', program, ...TODAY]);
    const file = path.join(program, 'out/plan/autumn-2026/groups.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[3] = lines[3]!.replace(',', ',"'); // an opening quote that never closes
    writeFileSync(file, lines.join('\n'));
    const before = listFiles(path.join(program, 'out/plan')).map((f) => readFileSync(path.join(program, 'out/plan', f)));
    for (const command of ['plan', 'report', 'onboard']) {
      const stopped = await cohort([command, '--program', program, ...TODAY], { cwd: program });
      expect(stopped.exitCode).toBe(1);
      expect(stopped.stderr).toMatch(/^out\/plan\/autumn-2026\/groups\.csv:4 error the published plan cannot be read: .*quote/m);
      expect(stopped.stderr).toContain('run cohort plan --fresh');
    }
    expect(listFiles(path.join(program, 'out/plan')).map((f) => readFileSync(path.join(program, 'out/plan', f)))).toEqual(before);
    const fresh = await cohort(['plan', '--program', program, '--fresh', ...TODAY]);
    expect(fresh.exitCode).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(path.join(GOLDEN, 'autumn-2026/groups.csv'), 'utf8'));
  });

  it('a groups.csv without its group column is named as such', async () => {
    const program = copyOfExample();
    await cohort(['plan', '--program', program, ...TODAY]);
    const file = path.join(program, 'out/plan/autumn-2026/groups.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('cohort,group,role', 'cohort,team,role'));
    const stopped = await cohort(['plan', '--program', program, ...TODAY], { cwd: program });
    expect(stopped.exitCode).toBe(1);
    expect(stopped.stderr).toContain('out/plan/autumn-2026/groups.csv:1 error the published plan cannot be read: the header has no group column\n');
  });
});

/** A program in a new temporary folder, from file texts. */
function programOf(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cohort-plan-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const STABLE_TIMES: Record<string, string> = {
  'program.yaml': 'apiVersion: cohort/v1\nkind: Program\nmetadata: { id: eu-academy, name: EU Academy }\nspec:\n  timezone: Europe/Berlin\n  holidays: [{ date: 2026-10-26, name: Day off }]\n',
  'curricula/c.yaml': `apiVersion: cohort/v1
kind: Curriculum
metadata: { id: prac, name: Practitioner }
spec:
  hoursPerWeek: 5
  competencies: [{ id: apps, name: Apps }, { id: flows, name: Flows }]
  modules:
    - { id: a, name: A, hours: 10, competencies: { apps: 2 } }
    - { id: b, name: B, hours: 10, competencies: { flows: 2 } }
  capstone: { name: Cap, weeks: 2 }
`,
  'governance.yaml': 'apiVersion: cohort/v1\nkind: Governance\nmetadata: { id: governance, name: Policy }\nspec:\n  lastReviewed: 2026-01-15\n  reviewEvery: 12\n  dataClasses: [{ id: public }]\n  tools: []\n',
  'mentors.yaml': `apiVersion: cohort/v1
kind: MentorRoster
metadata: { id: mentors, name: Mentors }
spec:
  mentors:
    - { id: hanna, name: Hanna, email: hanna@ex.example, tier: lead, skills: [apps, flows], capacity: 2, history: [{ cohort: old, curriculum: prac }] }
    - { id: omar, name: Omar, email: omar@ex.example, tier: lead, timezone: Europe/London, skills: [apps], capacity: 2 }
    - { id: priya, name: Priya, email: priya@ex.example, tier: lead, timezone: Asia/Kolkata, skills: [flows], capacity: 1, unavailable: [{ from: 2026-10-27, to: 2026-10-29 }] }
    - { id: cm1, name: Community One, email: cm1@ex.example, tier: community, skills: [apps], capacity: 6 }
    - { id: cm2, name: Community Two, email: cm2@ex.example, tier: community, timezone: America/New_York, skills: [flows], capacity: 6 }
`,
  'cohorts/autumn.yaml': `apiVersion: cohort/v1
kind: Cohort
metadata: { id: autumn, name: Cohort autumn }
spec:
  curriculum: prac
  start: 2026-10-05
  groups: { min: 3, max: 4 }
  touchpoints:
    - { type: check-in, cadence: weekly, weekday: tue, duration: 30m }
    - { type: code-review, cadence: biweekly, weekday: thu, duration: 1h }
    - { type: demo, cadence: monthly, weekday: fri, time: "15:00", duration: 1h, scope: cohort }
  participants:
${[
  ['au-1', 'HR', 'Europe/London'], ['au-2', 'Ops', 'Europe/Berlin'], ['au-3', 'Sales', 'Asia/Kolkata'], ['au-4', 'IT', 'Europe/Helsinki'],
  ['au-5', 'Legal', 'America/New_York'], ['au-6', 'Finance', 'Europe/Berlin'], ['au-7', 'HR', 'Europe/Lisbon'], ['au-8', 'Ops', 'Asia/Dubai'],
  ['au-9', 'Sales', 'Europe/Berlin'], ['au-10', 'IT', 'Europe/Madrid'], ['au-11', 'Legal', 'Europe/Warsaw'], ['au-new', 'Finance', 'Europe/Berlin'],
].map(([id, department, zone]) => `    - { id: ${id}, name: Person ${id}, email: ${id}@ex.example, department: ${department}, timezone: ${zone} }`).join('\n')}
`,
};

/** Removes a participant's block, pins and team memberships from a cohort file. */
function removeParticipant(text: string, id: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (new RegExp(`^(\\s*)- (\\{ )?id: ${id}\\b`).test(line)) {
      const indent = /^(\s*)/.exec(line)![1]!.length;
      while (i + 1 < lines.length && /^(\s*)/.exec(lines[i + 1]!)![1]!.length > indent && !/^\s*- /.test(lines[i + 1]!.slice(indent))) i++;
      continue;
    }
    if (line.includes(`participant: ${id}`)) continue;
    out.push(line.replace(new RegExp(`\\b${id}, |, ${id}\\b`), ''));
  }
  return out.join('\n');
}
