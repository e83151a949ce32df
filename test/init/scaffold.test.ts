import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { InitAnswers } from '../../src/init/answers.js';
import { type ScaffoldFile, scaffold } from '../../src/init/scaffold.js';
import { readStarters, starterInfo } from '../../src/init/starters.js';
import { COHORT_PACKAGE } from '../../src/init/yaml-text.js';
import { planProgram } from '../../src/plan/index.js';
import { loadFromMemory } from '../../src/program/memory.js';
import { validateProgram } from '../../src/validate/index.js';

const STARTERS = readStarters();
const TODAY = '2026-02-18';
const ANSWERS: InitAnswers = { name: 'Contoso Academy', id: 'contoso-academy', timezone: 'Europe/Berlin', curriculum: 'foundations', start: '2026-03-02' };

function build(answers: Partial<InitAnswers> = {}): ScaffoldFile[] {
  return scaffold({ ...ANSWERS, ...answers }, { version: '0.1.0', today: TODAY, starters: STARTERS });
}

/** The program documents as `cohort validate` would find them (dot-folders are not program documents). */
function programDocs(files: readonly ScaffoldFile[]): Record<string, string> {
  return Object.fromEntries(files.filter((f) => /\.ya?ml$/.test(f.path) && !f.path.startsWith('.')).map((f) => [f.path, f.content]));
}

function validate(files: readonly ScaffoldFile[]) {
  return validateProgram(loadFromMemory(programDocs(files)), { today: TODAY });
}

describe('starters', () => {
  it('offers at least three, including the default', () => {
    expect(Object.keys(STARTERS)).toEqual(expect.arrayContaining(['foundations', 'automation', 'quick-wins']));
  });

  it.each(Object.entries(STARTERS))('%s: metadata.id is the file name, with a one-line description and competencies', (id, text) => {
    const info = starterInfo(id, text);
    expect(text.split('\n')[0]).toMatch(/^# starter: \S/);
    expect((parse(text) as { metadata: { id: string } }).metadata.id).toBe(id);
    expect(info.description.length).toBeGreaterThan(10);
    expect(info.competencies.length).toBeGreaterThan(0);
  });
});

describe('scaffold', () => {
  it.each(Object.keys(STARTERS))('with the %s starter: validates with no errors and no warnings, and plans', (curriculum) => {
    const result = validate(build({ curriculum }));
    expect(result.diagnostics).toEqual([]);
    const plan = planProgram(result.model, { locks: {} });
    expect(plan.problems).toEqual([]);
    expect(plan.cohorts).toHaveLength(1);
    expect(plan.cohorts[0]!.cohort).toBe(`${curriculum}-2026-03`);
  });

  it('writes the whole program, in a fixed order', () => {
    expect(build().map((f) => f.path)).toEqual([
      'program.yaml',
      'curricula/foundations.yaml',
      'cohorts/foundations-2026-03.yaml',
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
    ]);
  });

  it('is a pure function of its inputs', () => {
    expect(build()).toEqual(build());
  });

  it('starts every program document with a $schema line into the installed package, relative to the file', () => {
    const docs = programDocs(build());
    expect(Object.keys(docs)).toHaveLength(5);
    const kinds: Record<string, string> = { Program: 'program', Curriculum: 'curriculum', Cohort: 'cohort', MentorRoster: 'mentor-roster', Governance: 'governance' };
    for (const [file, text] of Object.entries(docs)) {
      const up = '../'.repeat(file.split('/').length - 1);
      const kind = kinds[(parse(text) as { kind: string }).kind];
      expect(text.split('\n')[0], file).toBe(`# yaml-language-server: $schema=${up}node_modules/cohort/schemas/${kind}.schema.json`);
    }
  });

  it('points at schemas this package ships, under the name it is published as', () => {
    const own = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; files: string[] };
    expect(COHORT_PACKAGE).toBe(own.name);
    expect(own.files).toContain('schemas');
    for (const text of Object.values(programDocs(build()))) {
      const schema = /node_modules\/[^/]+\/(schemas\/.+\.json)$/m.exec(text.split('\n')[0]!)![1]!;
      expect(existsSync(new URL(`../../${schema}`, import.meta.url)), schema).toBe(true);
    }
  });

  it('puts the answers where they belong', () => {
    const files = build({ name: 'Académie: "Nord" #1', id: 'academie-nord-1', timezone: 'America/Montreal', start: '2026-09-07' });
    const program = parse(files.find((f) => f.path === 'program.yaml')!.content) as { metadata: { id: string; name: string }; spec: { timezone: string } };
    expect(program.metadata).toEqual({ id: 'academie-nord-1', name: 'Académie: "Nord" #1' });
    expect(program.spec.timezone).toBe('America/Montreal');
    const cohort = parse(files.find((f) => f.path.startsWith('cohorts/'))!.content) as { metadata: { id: string; name: string }; spec: { start: string; curriculum: string } };
    expect(cohort.metadata).toEqual({ id: 'foundations-2026-09', name: 'September 2026 (Citizen Developer Foundations)' });
    expect(cohort.spec).toMatchObject({ start: '2026-09-07', curriculum: 'foundations' });
    const governance = parse(files.find((f) => f.path === 'governance.yaml')!.content) as { spec: { lastReviewed: string } };
    expect(governance.spec.lastReviewed).toBe(TODAY);
    expect(validate(files).diagnostics).toEqual([]);
  });

  it('quotes names that would not read back as themselves', () => {
    for (const name of ['2026', 'true', 'Null', '- dash', 'Trailing space ', 'a: b', "it's #1", '[x]', '*ref', '日本アカデミー']) {
      const program = parse(build({ name }).find((f) => f.path === 'program.yaml')!.content) as { metadata: { name: string } };
      expect(program.metadata.name).toBe(name);
    }
  });

  it('gives mentors the skills of the chosen curriculum', () => {
    const mentors = parse(build({ curriculum: 'quick-wins' }).find((f) => f.path === 'mentors.yaml')!.content) as { spec: { mentors: Array<{ skills: string[]; tier: string }> } };
    expect(mentors.spec.mentors.map((m) => m.tier)).toEqual(['lead', 'lead', 'community']);
    for (const m of mentors.spec.mentors) expect(m.skills).toEqual(['app-building', 'automation', 'governance']);
  });

  it('pins cohort as a dev dependency and wires the npm scripts', () => {
    const pkg = JSON.parse(build().find((f) => f.path === 'package.json')!.content) as Record<string, unknown>;
    expect(pkg).toMatchObject({ name: 'contoso-academy', private: true, devDependencies: { cohort: '^0.1.0' } });
    expect(pkg.scripts).toEqual({ validate: 'cohort validate', plan: 'cohort plan', report: 'cohort report', onboard: 'cohort onboard' });
  });

  it('runs cohort validate in CI on pull_request (never pull_request_target)', () => {
    const workflow = build().find((f) => f.path === '.github/workflows/cohort.yml')!.content;
    const parsed = parse(workflow) as { on: Record<string, unknown>; jobs: { validate: { steps: Array<{ uses?: string; run?: string; with?: Record<string, unknown> }> } } };
    expect(Object.keys(parsed.on)).toEqual(['pull_request']);
    expect(workflow).not.toContain('pull_request_target');
    const steps = parsed.jobs.validate.steps;
    expect(steps.map((s) => s.uses ?? s.run)).toEqual(['actions/checkout@v4', 'actions/setup-node@v4', 'npm ci', 'npx cohort validate --format github']);
    expect(steps[1]!.with).toEqual({ 'node-version': 20 });
  });

  it('runs the workflow in the program folder of a larger repository, and says it belongs at the root', () => {
    const files = scaffold(ANSWERS, { version: '0.1.0', today: TODAY, starters: STARTERS, repoFolder: 'teams/our academy: 2026' });
    const workflow = files.find((f) => f.path === '.github/workflows/cohort.yml')!.content;
    const parsed = parse(workflow) as { jobs: { validate: { defaults: unknown } } };
    expect(parsed.jobs.validate.defaults).toEqual({ run: { 'working-directory': 'teams/our academy: 2026' } });
    expect(workflow).toContain("GitHub runs only the\n    # workflows in the repository root's .github/workflows/: move this file there.");
    expect(files.find((f) => f.path === 'README.md')!.content).toContain('This program is the folder `teams/our academy: 2026/` of a larger repository');
    expect(validate(files).diagnostics).toEqual([]);
  });

  it('creates header-only record CSVs with the FORMAT.md columns', () => {
    const csv = Object.fromEntries(build().filter((f) => f.path.startsWith('records/')).map((f) => [f.path, f.content]));
    expect(csv).toEqual({
      'records/attendance.csv': '\uFEFFparticipant,date,type,status,cohort,group,minutes\n',
      'records/assessments.csv': '\uFEFFparticipant,module,score,date,assessor\n',
      'records/projects.csv': '\uFEFFproject,status,date,planned_days,actual_days,rework_count,satisfaction\n',
      'records/feedback.csv': '\uFEFFfrom,to,rating,date,comment,kind\n',
    });
  });

  it('ignores node_modules/ and out/', () => {
    expect(build().find((f) => f.path === '.gitignore')!.content).toBe('node_modules/\nout/\n');
  });
});
