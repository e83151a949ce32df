import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Io } from '../../src/context.js';
import type { InitCommandOptions } from '../../src/commands/init.js';
import { listFiles } from '../../src/io/output.js';

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'cohort-init-'));
}

/** Every file below a folder with its text, for "nothing changed" checks. */
export function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((rel) => [rel, readFileSync(path.join(dir, rel), 'utf8')]));
}

export function isEmpty(dir: string): boolean {
  return readdirSync(dir).length === 0;
}

/** An Io that records what the command prints. */
export function captureIo(interactive: boolean): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, interactive, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) };
}

export function initOptions(cwd: string, extra: Partial<InitCommandOptions> = {}): InitCommandOptions {
  return { cwd, quiet: false, verbose: false, debug: false, color: false, yes: false, force: false, ...extra };
}
