import { execa } from 'execa';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = `${REPO}bin/cohort.js`;
export const EXAMPLE = `${REPO}fixtures/example`;

/** Runs the real binary the way a user or CI would: no TTY, no colour, no stdin. */
export async function cohort(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const result = await execa(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO,
    env: { NO_COLOR: '1', CI: 'true', ...options.env },
    reject: false,
    stdin: 'ignore',
    stripFinalNewline: false,
  });
  return { exitCode: result.exitCode ?? -1, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** Compares text with a committed golden file; UPDATE_GOLDEN=1 rewrites it instead. */
export function expectGolden(actual: string, goldenPath: string): void {
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(goldenPath)) {
    if (process.env.CI && !existsSync(goldenPath)) throw new Error(`missing golden file ${goldenPath}`);
    mkdirSync(path.dirname(goldenPath), { recursive: true });
    writeFileSync(goldenPath, actual);
    return;
  }
  expect(actual).toBe(readFileSync(goldenPath, 'utf8'));
}

/** Moves the first participant of g1 to g2 in a published groups.csv, as a lead may do by hand; returns their id. */
export function moveFirstOfG1ToG2(groupsCsv: string): string {
  const lines = readFileSync(groupsCsv, 'utf8').split('\n');
  const at = lines.findIndex((l) => l.includes(',participant,') && l.includes(',g1,'));
  lines[at] = lines[at]!.replace(',g1,', ',g2,');
  writeFileSync(groupsCsv, lines.join('\n'));
  return lines[at]!.split(',')[3]!;
}
