import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { parse } from 'csv-parse/sync';
import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/io/output.js';
import { cohort, EXAMPLE, expectGolden, moveFirstOfG1ToG2, REPO } from '../helpers/cli.js';

const GOLDEN = `${REPO}test/golden/example-onboarding`;
const TODAY = ['--today', '2026-11-26'];
const COHORTS = ['spring-2026', 'autumn-2026', 'winter-2027'];

function copyOfExample(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cohort-onboard-'));
  cpSync(EXAMPLE, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}out`) });
  return dir;
}

/** groups.csv and schedule.csv rows, by the columns these tests read. */
type Row = Record<'person' | 'group' | 'role' | 'name' | 'email' | 'date' | 'start' | 'timezone' | 'title', string>;
const rows = (file: string) => parse(readFileSync(file), { bom: true, columns: true }) as Row[];
const read = (program: string, rel: string) => readFileSync(path.join(program, 'out/onboarding', rel), 'utf8');
const snapshot = (program: string) => new Map(listFiles(path.join(program, 'out/onboarding')).map((f) => [f, read(program, f)]));

/** "- **Your lead mentor:** Lena Vogel (…" → "Lena Vogel". */
function field(page: string, label: string): string {
  const line = page.split('\n').find((l) => l.startsWith(`- **${label}:** `));
  if (line === undefined) throw new Error(`no "${label}" line`);
  return line.slice(`- **${label}:** `.length);
}

describe('cohort onboard on the example program', () => {
  let program: string;
  let run: Awaited<ReturnType<typeof cohort>>;

  beforeAll(async () => {
    program = copyOfExample();
    expect((await cohort(['plan', '--program', program, ...TODAY])).exitCode).toBe(0);
    run = await cohort(['onboard', '--program', program, ...TODAY]);
  });

  it('writes a pack for every participant and every mentor who serves a cohort, and says so in one line', () => {
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^wrote 60 onboarding packs \(300 files\) to \S*out\/onboarding\n$/);
    const folders = new Set(listFiles(path.join(program, 'out/onboarding')).map((f) => f.split('/').slice(0, 2).join('/')));
    for (const c of COHORTS) {
      for (const row of rows(path.join(program, 'out/plan', c, 'groups.csv'))) expect(folders.has(`${c}/${row.person}`), `${c}/${row.person}`).toBe(true);
    }
    expect(listFiles(path.join(program, 'out/onboarding/spring-2026/emily-carter'))).toEqual(['code-of-conduct.md', 'emily-carter.ics', 'glossary.md', 'governance.md', 'welcome.md']);
    expect(listFiles(path.join(program, 'out/onboarding/spring-2026/lena-vogel'))).toEqual(['check-in-agenda.md', 'feedback-template.md', 'groups.md', 'lena-vogel.ics', 'role.md']);
  });

  it('matches the committed golden files byte for byte', () => {
    const files = listFiles(path.join(program, 'out/onboarding'));
    expect(files.length).toBe(300);
    for (const file of files) expectGolden(read(program, file), path.join(GOLDEN, file));
    expect(listFiles(GOLDEN)).toEqual(files);
  });

  it('names each participant’s group, lead and first session as cohort plan published them, in their own zone', () => {
    let checked = 0;
    for (const c of COHORTS) {
      const groups = rows(path.join(program, 'out/plan', c, 'groups.csv'));
      const schedule = rows(path.join(program, 'out/plan', c, 'schedule.csv'));
      const spec = readFileSync(path.join(program, 'cohorts', `${c}.yaml`), 'utf8');
      for (const person of groups.filter((r) => r.role === 'participant')) {
        const welcome = read(program, `${c}/${person.person}/welcome.md`);
        const lead = groups.find((r) => r.role === 'lead' && r.group === person.group)!;
        expect(field(welcome, 'Your learning group'), person.person).toBe(person.group);
        expect(field(welcome, 'Your lead mentor'), person.person).toMatch(new RegExp(`^${lead.name} \\(${lead.email.replace(/\./g, '\\.')}`));
        const joined = new RegExp(`id: ${person.person}\\n(?:\\s+\\w+: .*\\n)*?\\s+joined: (\\S+)`).exec(spec)?.[1] ?? '';
        const first = schedule.find((s) => (s.group === person.group || s.group === 'all') && s.date >= joined)!;
        const local = DateTime.fromISO(`${first.date}T${first.start}`, { zone: first.timezone }).setZone(person.timezone);
        expect(field(welcome, 'Your first session'), person.person).toContain(`${local.toFormat('ccc d LLL yyyy, HH:mm', { locale: 'en-US' })}–`);
        expect(field(welcome, 'Your first session'), person.person).toContain(`(${person.timezone}), ${first.title}`);
        checked++;
      }
    }
    expect(checked).toBe(41);
  });

  it('writes calendars a real parser reads, with the participant’s sessions and the communities', () => {
    const ics = read(program, 'spring-2026/chloe-martin/chloe-martin.ics');
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    const uids = events.map((e) => String(e.getFirstPropertyValue('uid')));
    expect(uids.filter((u) => u.startsWith('spring-2026/')).every((u) => /\/(g2|all)\//.test(u) && u.split('/')[3]!.slice(0, 10) >= '2026-03-16')).toBe(true);
    expect(uids.some((u) => u.startsWith('communities/low-code-clinic/'))).toBe(true);
    expect(ics).not.toMatch(/[^\r]\n/);
  });

  it('is byte-identical on a rerun, and the same without a published plan', async () => {
    const before = snapshot(program);
    expect((await cohort(['onboard', '--program', program, ...TODAY, '--quiet'])).stdout).toBe('');
    expect(snapshot(program)).toEqual(before);
    const fresh = copyOfExample();
    expect((await cohort(['onboard', '--program', fresh, ...TODAY])).exitCode).toBe(0);
    expect(snapshot(fresh)).toEqual(before);
  });
});

describe('an --out of its own', () => {
  it('reads the groups of the plan published under out/, and says so', async () => {
    const program = copyOfExample();
    await cohort(['plan', '--program', program, ...TODAY]);
    // One participant moved by hand from g1 to g2 in the published plan, as a lead may do.
    const moved = moveFirstOfG1ToG2(path.join(program, 'out/plan/spring-2026/groups.csv'));
    await cohort(['onboard', '--program', program, ...TODAY]);
    const shared = await cohort(['onboard', '--program', program, '--out', path.join(program, 'shared'), ...TODAY], { cwd: program });
    expect(shared.exitCode).toBe(0);
    expect(shared.stderr).toContain('cohort: no published plan in shared/plan: groups are read from out/plan\n');
    const welcome = (root: string) => readFileSync(path.join(program, root, 'onboarding/spring-2026', moved, 'welcome.md'), 'utf8');
    expect(welcome('shared')).toBe(welcome('out'));
    expect(welcome('shared')).toMatch(/\bg2\b/);
  });
});

describe('narrowing with --cohort and --person', () => {
  let program: string;
  beforeAll(async () => {
    program = copyOfExample();
    await cohort(['onboard', '--program', program, ...TODAY]);
  });

  it('--cohort replaces only that cohort’s folder', async () => {
    writeFileSync(path.join(program, 'out/onboarding/autumn-2026/keep.txt'), 'kept');
    writeFileSync(path.join(program, 'out/onboarding/spring-2026/stale.txt'), 'stale');
    const result = await cohort(['onboard', '--program', program, '--cohort', 'spring-2026', ...TODAY]);
    expect(result.stdout).toMatch(/^wrote 20 onboarding packs \(100 files\) to \S*out\/onboarding\/spring-2026\n$/);
    expect(existsSync(path.join(program, 'out/onboarding/autumn-2026/keep.txt'))).toBe(true);
    expect(existsSync(path.join(program, 'out/onboarding/spring-2026/stale.txt'))).toBe(false);
  });

  it('--person replaces each of that person’s folders (one per cohort) and nothing else', async () => {
    // Jonas Becker took Foundations in spring and Automation in autumn.
    writeFileSync(path.join(program, 'out/onboarding/spring-2026/jonas-becker/stale.txt'), 'stale');
    writeFileSync(path.join(program, 'out/onboarding/autumn-2026/jonas-becker/stale.txt'), 'stale');
    writeFileSync(path.join(program, 'out/onboarding/spring-2026/emily-carter/keep.txt'), 'kept');
    const result = await cohort(['onboard', '--program', program, '--person', 'jonas-becker', ...TODAY]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^wrote 2 onboarding packs \(10 files\) to \S*out\/onboarding\n$/);
    expect(existsSync(path.join(program, 'out/onboarding/spring-2026/jonas-becker/stale.txt'))).toBe(false);
    expect(existsSync(path.join(program, 'out/onboarding/autumn-2026/jonas-becker/stale.txt'))).toBe(false);
    expect(existsSync(path.join(program, 'out/onboarding/spring-2026/emily-carter/keep.txt'))).toBe(true);
    const one = await cohort(['onboard', '--program', program, '--cohort', 'autumn-2026', '--person', 'ben-oliveira', ...TODAY]);
    expect(one.stdout).toMatch(/^wrote 1 onboarding pack \(5 files\) to \S*out\/onboarding\/autumn-2026\/ben-oliveira\n$/);
  });

  it('an unknown cohort or person is a usage error with a suggestion', async () => {
    const person = await cohort(['onboard', '--program', program, '--person', 'emily-cartr', ...TODAY]);
    expect(person.exitCode).toBe(2);
    expect(person.stderr).toContain('no participant or mentor "emily-cartr" (did you mean "emily-carter"?)');
    const elsewhere = await cohort(['onboard', '--program', program, '--cohort', 'winter-2027', '--person', 'emily-carter', ...TODAY]);
    expect(elsewhere.exitCode).toBe(2);
    expect(elsewhere.stderr).toContain('"emily-carter" has no onboarding pack in cohort "winter-2027"');
    const unknownCohort = await cohort(['onboard', '--program', program, '--cohort', 'sprng-2026', ...TODAY]);
    expect(unknownCohort).toMatchObject({ exitCode: 2 });
    expect(unknownCohort.stderr).toContain('no cohort "sprng-2026" (did you mean "spring-2026"?)');
  });
});

describe('the program’s own templates', () => {
  it('an overriding template takes effect; the others stay built-in', async () => {
    const program = copyOfExample();
    mkdirSync(path.join(program, 'templates/onboarding/participant'), { recursive: true });
    writeFileSync(path.join(program, 'templates/onboarding/participant/welcome.md'), '# Hello {{ person.name }}\n\nGroup {{ group.id }}, lead {{ lead.name }}.\n');
    expect((await cohort(['onboard', '--program', program, ...TODAY])).exitCode).toBe(0);
    expect(read(program, 'spring-2026/emily-carter/welcome.md')).toBe('# Hello Emily Carter\n\nGroup g1, lead Lena Vogel.\n');
    expect(read(program, 'spring-2026/emily-carter/glossary.md')).toBe(readFileSync(path.join(GOLDEN, 'spring-2026/emily-carter/glossary.md'), 'utf8'));
  });

  it('a broken template fails with its file, line and column, and earlier packs stay as they were', async () => {
    const program = copyOfExample();
    await cohort(['onboard', '--program', program, ...TODAY]);
    const before = snapshot(program);
    mkdirSync(path.join(program, 'templates/onboarding/mentor'), { recursive: true });
    writeFileSync(path.join(program, 'templates/onboarding/mentor/role.md'), '# Role\n\n  {{ persn.name }}\n');
    const result = await cohort(['onboard', '--program', program, ...TODAY]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('templates/onboarding/mentor/role.md:3:6 error unknown variable "persn" (did you mean "person"?) [template/undefined]\n> 3 |   {{ persn.name }}\n');
    expect(result.stderr).toContain('cohort: no onboarding packs were written\n');
    expect(snapshot(program)).toEqual(before);

    writeFileSync(path.join(program, 'templates/onboarding/mentor/role.md'), '# Role\n{% for x in groups %}\n');
    const syntax = await cohort(['onboard', '--program', program, ...TODAY]);
    expect(syntax.exitCode).toBe(1);
    expect(syntax.stderr).toContain('templates/onboarding/mentor/role.md:2:1 error tag {% for x in groups %} not closed [template/syntax]');

    writeFileSync(path.join(program, 'templates/onboarding/mentor/role.md'), '# Role\n\n{% include "../../program.yaml" %}\n');
    const escape = await cohort(['onboard', '--program', program, ...TODAY]);
    expect(escape.exitCode).toBe(1);
    expect(escape.stderr).toContain('templates/onboarding/mentor/role.md:3:1 error template path outside the template folders: "../../program.yaml" [template/include]');
    expect(snapshot(program)).toEqual(before);
  });

  it('a code of conduct file that does not exist is an error at the setting', async () => {
    const program = copyOfExample();
    const file = path.join(program, 'program.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('codeOfConduct: docs/code-of-conduct.md', 'codeOfConduct: docs/missing.md'));
    const result = await cohort(['onboard', '--program', program, ...TODAY]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/^program\.yaml:\d+:18 error code of conduct "docs\/missing\.md" does not exist \[ref\/file\]/m);
  });
});
