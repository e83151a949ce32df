import { input, select } from '@inquirer/prompts';
import { render } from '@inquirer/testing';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { initCommand } from '../../src/commands/init.js';
import { defaultTimezone } from '../../src/init/answers.js';
import { type Ask, type Prompts, inquirerAsk } from '../../src/init/ask.js';
import { loadProgram } from '../../src/program/load.js';
import { validateProgram } from '../../src/validate/index.js';
import { captureIo, initOptions, isEmpty, tempDir } from './helpers.js';

type Rendered = Awaited<ReturnType<typeof render>>;
/** What the person at the keyboard does while one prompt is on screen. */
type Turn = (prompt: Rendered) => Promise<void>;

/** Lets the prompt re-render after a keypress (validation runs asynchronously). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

/**
 * The real @inquirer/prompts, each rendered on a fake terminal by
 * @inquirer/testing and driven by the next turn of the script. Screens are
 * kept for assertions.
 */
function scripted(turns: Turn[]): { prompts: Prompts; screens: string[] } {
  const screens: string[] = [];
  const drive = async (rendered: Rendered) => {
    const turn = turns.shift();
    if (!turn) throw new Error(`unexpected question: ${rendered.getScreen()}`);
    screens.push(rendered.getScreen());
    await turn(rendered);
    return rendered.answer as Promise<string>;
  };
  return {
    screens,
    prompts: {
      input: async (config) => drive(await render(input, config)),
      select: async (config) => drive(await render(select, config)),
    },
  };
}

const type = (text: string): Turn => async ({ events }) => {
  events.type(text);
  events.keypress('enter');
};
const enter: Turn = async ({ events }) => events.keypress('enter');
/** Clears what the input holds (a rejected answer is kept for editing). */
const erase = (count: number): Turn => async ({ events }) => {
  for (let i = 0; i < count; i++) events.keypress('backspace');
};

async function askedInit(turns: Turn[], extra: Parameters<typeof initOptions>[1] = {}) {
  const dir = tempDir();
  const { prompts, screens } = scripted(turns);
  const io = captureIo(true);
  const code = await initCommand(initOptions(dir, { today: '2026-02-18', ...extra }), io, await inquirerAsk({ prompts }));
  return { dir, code, io, screens, left: turns.length };
}

function validated(dir: string) {
  return validateProgram(loadProgram(dir, { out: path.join(dir, 'out') }), { today: '2026-02-18' });
}

describe('cohort init in a terminal', () => {
  it('asks the four questions, re-asks after a wrong answer, and writes a program that validates cleanly', async () => {
    const seen: string[] = [];
    const { dir, code, io, screens, left } = await askedInit([
      type('Contoso Citizen Developer Academy'),
      async (p) => {
        await type('Berlin')(p);
        await settle();
        seen.push(p.getScreen());
        await erase('Berlin'.length)(p);
        await type('Europe/Berlin')(p);
      },
      async (p) => {
        // Starters are listed by id; the cursor starts on the default, foundations.
        p.events.keypress('down');
        await settle();
        seen.push(p.getScreen());
        p.events.keypress('enter');
      },
      async (p) => {
        await type('2026-02-30')(p);
        await settle();
        seen.push(p.getScreen());
        await erase('2026-02-30'.length)(p);
        await type('2026-03-02')(p);
      },
    ]);
    expect(code).toBe(0);
    expect(left).toBe(0);
    expect(screens[0]).toContain('Academy name (Citizen Developer Academy)');
    expect(screens[1]).toMatch(/Time zone \(IANA, e\.g\. Europe\/Berlin\) \(.+\)/);
    expect(screens[2]).toContain('First curriculum');
    expect(screens[2]).toMatch(/❯ foundations: Citizen Developer Foundations/);
    expect(screens[3]).toContain('First cohort starts on (YYYY-MM-DD) (2026-02-23)');
    expect(seen[0]).toContain('"Berlin" is not an IANA time zone: write it as Area/City');
    expect(seen[1]).toMatch(/❯ quick-wins: Low-code Quick Wins/);
    expect(seen[1]).toContain('Quick wins: short, focused modules');
    expect(seen[2]).toContain('"2026-02-30" is not a date: write it as YYYY-MM-DD');

    const program = readFileSync(path.join(dir, 'program.yaml'), 'utf8');
    expect(program).toContain('  id: contoso-citizen-developer-academy\n  name: Contoso Citizen Developer Academy\n');
    expect(program).toContain('  timezone: Europe/Berlin\n');
    expect(readFileSync(path.join(dir, 'cohorts/quick-wins-2026-03.yaml'), 'utf8')).toContain('  start: 2026-03-02\n');
    expect(validated(dir).diagnostics).toEqual([]);
    expect(io.out.join('')).toContain('Created Contoso Citizen Developer Academy (contoso-citizen-developer-academy)');
  });

  it('takes every suggestion on Enter', async () => {
    const { dir, code, left } = await askedInit([enter, enter, enter, enter]);
    expect(code).toBe(0);
    expect(left).toBe(0);
    const program = readFileSync(path.join(dir, 'program.yaml'), 'utf8');
    expect(program).toContain('  id: citizen-developer-academy\n  name: Citizen Developer Academy\n');
    expect(program).toContain(`  timezone: ${defaultTimezone()}\n`);
    expect(readFileSync(path.join(dir, 'cohorts/foundations-2026-02.yaml'), 'utf8')).toContain('  start: 2026-02-23\n');
    expect(validated(dir).diagnostics).toEqual([]);
  });

  it('does not ask what a flag already answered', async () => {
    const { dir, code, screens, left } = await askedInit([enter, type('2026-04-06')], { name: 'Nord Academy', timezone: 'UTC' });
    expect(code).toBe(0);
    expect(left).toBe(0);
    expect(screens.map((s) => s.split('\n')[0])).toEqual([expect.stringContaining('First curriculum'), expect.stringContaining('First cohort starts on')]);
    expect(readFileSync(path.join(dir, 'program.yaml'), 'utf8')).toContain('  timezone: UTC\n');
    expect(validated(dir).diagnostics).toEqual([]);
  });

  it('writes nothing when the person presses Ctrl+C', async () => {
    const dir = tempDir();
    const { prompts } = scripted([enter, async ({ events }) => events.keypress({ name: 'c', ctrl: true })]);
    await expect(initCommand(initOptions(dir), captureIo(true), await inquirerAsk({ prompts }))).rejects.toThrow('cancelled; nothing was written');
    expect(isEmpty(dir)).toBe(true);
  });

  it('refuses before asking anything when a program is already there', async () => {
    const first = await askedInit([enter, enter, enter, enter]);
    const { prompts } = scripted([]);
    await expect(initCommand(initOptions(first.dir), captureIo(true), await inquirerAsk({ prompts }))).rejects.toThrow(/already has files that init would overwrite/);
  });

  it('names, before asking, every file init could overwrite, those an answer would name included', async () => {
    const first = await askedInit([enter, enter, enter, enter]);
    // Another starter's curriculum and cohort: an answer could name them.
    writeFileSync(path.join(first.dir, 'curricula/automation.yaml'), 'kept: true\n');
    writeFileSync(path.join(first.dir, 'cohorts/automation-2027-01.yaml'), 'kept: true\n');
    writeFileSync(path.join(first.dir, 'cohorts/spring.yaml'), 'kept: true\n');
    const { prompts } = scripted([]);
    const refused = initCommand(initOptions(first.dir), captureIo(true), await inquirerAsk({ prompts }));
    await expect(refused).rejects.toThrow(
      [
        'already has files that init would overwrite; nothing was written:',
        '  program.yaml',
        '  curricula/automation.yaml',
        '  curricula/foundations.yaml',
        '  cohorts/automation-2027-01.yaml',
        '  cohorts/foundations-2026-02.yaml',
        '  mentors.yaml',
        '  governance.yaml',
        '  records/attendance.csv',
        '  records/assessments.csv',
        '  records/projects.csv',
        '  records/feedback.csv',
        '  templates/README.md',
        '  package.json',
        '  .github/workflows/cohort.yml',
        '  .gitignore',
        '  README.md',
      ].join('\n'),
    );
  });
});

describe('cohort init without a terminal', () => {
  const never: Ask = {
    name: () => Promise.reject(new Error('asked for a name')),
    timezone: () => Promise.reject(new Error('asked for a time zone')),
    curriculum: () => Promise.reject(new Error('asked for a curriculum')),
    start: () => Promise.reject(new Error('asked for a start')),
  };

  it.each([
    ['--yes in a terminal', true, true],
    ['no TTY or CI set', false, false],
    ['every answer given as a flag', true, false],
  ])('asks nothing with %s', async (label, interactive, yes) => {
    const dir = tempDir();
    const flags = label.startsWith('every') ? { name: 'Nord', curriculum: 'automation', start: '2026-03-02' } : {};
    expect(await initCommand(initOptions(dir, { yes, today: '2026-02-18', timezone: 'Europe/Lisbon', ...flags }), captureIo(interactive), never)).toBe(0);
    expect(validated(dir).diagnostics).toEqual([]);
  });
});

describe('the real prompts on a terminal stream', () => {
  it('are loaded on demand and read keys from the given input', async () => {
    const { PassThrough, Writable } = await import('node:stream');
    const inputStream = new PassThrough();
    let screen = '';
    const output = new Writable({ write: (chunk: Buffer, _encoding, done) => void ((screen += chunk.toString()), done()) });
    // Each prompt pipes into the output and ends it when done; pipe never ends process.stdout, so neither may this stand-in.
    output.end = (() => output) as typeof output.end;
    const ask = await inquirerAsk({ context: { input: inputStream, output } });
    const waitFor = async (text: string) => {
      for (let i = 0; i < 200 && !screen.includes(text); i++) await settle();
      expect(screen).toContain(text);
    };
    const name = ask.name('Citizen Developer Academy');
    await waitFor('Academy name');
    inputStream.write('Nord\r');
    expect(await name).toBe('Nord');
    const starter = ask.curriculum(
      [
        { id: 'automation', name: 'Automation', description: 'a', competencies: [] },
        { id: 'foundations', name: 'Foundations', description: 'f', competencies: [] },
      ],
      'automation',
    );
    await waitFor('First curriculum');
    inputStream.write('\u001b[B');
    await settle();
    inputStream.write('\r');
    expect(await starter).toBe('foundations');
  });
});
