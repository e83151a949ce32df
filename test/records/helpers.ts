import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect } from 'vitest';
import { flatten } from '../../src/records/flatten.js';
import type { CsvEngine, RecordContext, RecordFile, RecordFinding } from '../../src/records/index.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed after the test file. */
export function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cohort-records-'));
  dirs.push(dir);
  return dir;
}

/** `content` written to a temporary `records/<name>`; findings name it `records/<name>`. */
export function csvFile(content: string | Buffer, name = 'attendance.csv'): RecordFile {
  const abs = path.join(tempDir(), name);
  writeFileSync(abs, content);
  return { abs, rel: `records/${name}` };
}

export const CTX: RecordContext = {
  participants: new Set(['anna-schmidt', 'ben-okafor', 'chloe-martin']),
  participantEmails: new Map([
    ['anna.schmidt@contoso.example', 'anna-schmidt'],
    ['ben.okafor@contoso.example', 'ben-okafor'],
  ]),
  modules: new Set(['intro', 'data-basics']),
  projects: new Set(['invoice-approvals', 'travel-form']),
  mentors: new Set(['omar-haddad', 'lena-vogel']),
  mentorEmails: new Map([['omar.haddad@contoso.example', 'omar-haddad']]),
  cohorts: new Set(['spring-2026', 'autumn-2026']),
};

type Reader<T> = (file: RecordFile, ctx: RecordContext, findings: RecordFinding[], options?: { engine?: CsvEngine }) => AsyncGenerator<T, void, undefined>;

type BatchReader<T> = (file: RecordFile, ctx: RecordContext, findings: RecordFinding[], options?: { engine?: CsvEngine }) => AsyncGenerator<T[], void, undefined>;

/** A batch reader's records one at a time, for tests that list them. */
export function oneByOne<T>(read: BatchReader<T>): Reader<T> {
  return (file, ctx, findings, options) => flatten(read(file, ctx, findings, options));
}

export interface Read<T> {
  records: T[];
  findings: RecordFinding[];
}

export async function readWith<T>(read: Reader<T>, file: RecordFile, engine: CsvEngine = 'fast', ctx: RecordContext = CTX): Promise<Read<T>> {
  const findings: RecordFinding[] = [];
  const records: T[] = [];
  for await (const record of read(file, ctx, findings, { engine })) records.push(record);
  return { records, findings };
}

/** Read with both engines; they must agree on records and findings. The fast engine's result. */
export async function readBoth<T>(read: Reader<T>, file: RecordFile, ctx: RecordContext = CTX): Promise<Read<T>> {
  const fast = await readWith(read, file, 'fast', ctx);
  const reference = await readWith(read, file, 'csv-parse', ctx);
  expect(fast).toEqual(reference);
  return fast;
}

/** Findings as `line severity message` strings, for compact assertions. */
export function brief(findings: RecordFinding[]): string[] {
  return findings.map((f) => `${f.line} ${f.severity} ${f.column ? `[${f.column}] ` : ''}${f.message}`);
}
