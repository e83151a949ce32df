import { execa } from 'execa';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REPO, cohort } from '../helpers/cli.js';
import { tempDir } from './helpers.js';

/** NODE_OPTIONS that make any import of an @inquirer package fail loudly. */
function forbidInquirer(): string {
  const dir = tempDir();
  writeFileSync(
    path.join(dir, 'resolve.mjs'),
    `export async function resolve(specifier, context, next) {
  if (specifier.startsWith('@inquirer/')) throw new Error('loaded ' + specifier);
  return next(specifier, context);
}\n`,
  );
  writeFileSync(path.join(dir, 'hook.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(path.join(dir, 'resolve.mjs')).href)});\n`);
  return `--import ${pathToFileURL(path.join(dir, 'hook.mjs')).href}`;
}

describe('@inquirer/prompts is loaded only to ask', () => {
  const NODE_OPTIONS = forbidInquirer();

  it('the guard works: importing it fails', async () => {
    const result = await execa(process.execPath, ['--input-type=module', '-e', "await import('@inquirer/prompts')"], { cwd: REPO, env: { NODE_OPTIONS }, reject: false });
    expect(result.exitCode).not.toBe(0);
    expect(result.stderr).toContain('loaded @inquirer/prompts');
  });

  it('init --yes and validate run without it', async () => {
    const cwd = tempDir();
    const init = await cohort(['init', '--yes', '--today', '2026-02-18', '--quiet'], { cwd, env: { NODE_OPTIONS } });
    expect([init.exitCode, init.stderr]).toEqual([0, '']);
    const validate = await cohort(['validate', '--today', '2026-02-18'], { cwd, env: { NODE_OPTIONS } });
    expect(validate.exitCode).toBe(0);
  });
});
