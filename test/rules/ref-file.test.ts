import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFromMemory } from '../../src/program/memory.js';
import { validateProgram } from '../../src/validate/index.js';
import { MINIMAL, TODAY, edit } from '../helpers/program.js';

const RULE = 'ref/file';
const PROGRAM = 'program.yaml';

/**
 * The rule looks at the disk, so the program's root is a real folder: it
 * holds docs/code-of-conduct.md, and its parent holds outside.md. The
 * documents themselves stay in memory.
 */
const parent = mkdtempSync(path.join(tmpdir(), 'cohort-ref-file-'));
const root = path.join(parent, 'program');
mkdirSync(path.join(root, 'docs'), { recursive: true });
writeFileSync(path.join(root, 'docs', 'code-of-conduct.md'), '# How we work together\n');
writeFileSync(path.join(parent, 'outside.md'), '# Not ours\n');
// A link inside the program that leads out of it, as onboard refuses to follow.
symlinkSync(path.join(parent, 'outside.md'), path.join(root, 'docs', 'linked-out.md'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

/** MINIMAL with codeOfConduct on line 7, its value at column 18. */
const conduct = (value: string) => edit(PROGRAM, '  holidays: [2026-04-03]\n', `  holidays: [2026-04-03]\n  codeOfConduct: ${value}\n`);
const findings = (files: Record<string, string>) => validateProgram(loadFromMemory(files, root), { today: TODAY }).diagnostics.filter((d) => d.rule === RULE);
const whereRule = (files: Record<string, string>) => findings(files).map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`);

describe(RULE, () => {
  const cases = [
    { name: 'no code of conduct (the built-in text)', files: MINIMAL, expected: [] },
    { name: 'a file that exists', files: conduct('docs/code-of-conduct.md'), expected: [] },
    { name: 'a file that exists, written with ./', files: conduct('./docs/code-of-conduct.md'), expected: [] },
    { name: 'a file that does not exist', files: conduct('docs/missing.md'), expected: [`${PROGRAM}:7:18 ${RULE}`] },
    { name: 'a file in the folder above the program', files: conduct('../outside.md'), expected: [`${PROGRAM}:7:18 ${RULE}`] },
    { name: 'a folder, not a file', files: conduct('docs'), expected: [`${PROGRAM}:7:18 ${RULE}`] },
    { name: 'a link inside the program that leads out of it', files: conduct('docs/linked-out.md'), expected: [`${PROGRAM}:7:18 ${RULE}`] },
    { name: 'an absolute path to a file inside the program', files: conduct(path.join(root, 'docs', 'code-of-conduct.md')), expected: [`${PROGRAM}:7:18 ${RULE}`] },
  ];
  it.each(cases)('$name', ({ files, expected }) => {
    expect(whereRule(files)).toEqual(expected);
  });

  it('is an error in the words `onboard` uses, since it stops onboard', () => {
    const hint = 'write a path relative to the program root, such as docs/code-of-conduct.md, or remove codeOfConduct to use the built-in text';
    expect(findings(conduct('docs/missing.md'))).toMatchObject([{ severity: 'error', message: 'code of conduct "docs/missing.md" does not exist', hint }]);
    expect(findings(conduct('../outside.md'))).toMatchObject([{ severity: 'error', message: 'code of conduct "../outside.md" is outside the program folder', hint }]);
  });
});
