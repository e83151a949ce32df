import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { IoError } from '../errors.js';
import { type DocumentRules, PROGRAM_FILE, discoverFiles, documentRules, insideRoot } from './discover.js';
import { type SourceDoc, type SourceFile, readSource } from './source.js';

export interface LoadedProgram {
  root: string;
  files: SourceFile[];
  docs: SourceDoc[];
}

export interface LoadOptions {
  /** Absolute output folder; skipped when it lies inside the root. */
  out?: string;
}

/**
 * Read every program document once. program.yaml is read first because its
 * `exclude` and `records` settings decide which other files are documents.
 */
export function loadProgram(root: string, options: LoadOptions = {}): LoadedProgram {
  const programFile = read(root, PROGRAM_FILE);
  const settings = discoverySettings(programFile);
  const outFolder = options.out ? insideRoot(root, options.out) : undefined;
  const rels = discoverFiles(root, {
    exclude: settings.exclude,
    skipFolders: [settings.records, ...(outFolder ? [outFolder] : [])],
  });
  const files = rels.map((rel) => (rel === PROGRAM_FILE ? programFile : read(root, rel)));
  return { root, files, docs: files.flatMap((file) => file.docs) };
}

function read(root: string, rel: string): SourceFile {
  const abs = path.join(root, rel);
  let bytes: Buffer;
  try {
    // A pipe, socket or device named *.yaml would block the read for ever (or never end): only regular files are read.
    if (!statSync(abs).isFile()) throw new IoError(`cannot read ${rel}: not a regular file (a pipe, socket or device)`, `remove it, or add it to Program.spec.exclude`);
    bytes = readFileSync(abs);
  } catch (error) {
    if (error instanceof IoError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new IoError(`cannot read ${rel}: ${code ?? String(error)}`, code === 'ENOENT' ? 'a link that points nowhere? fix or remove it' : code === 'EACCES' ? 'check the file\'s permissions' : undefined);
  }
  return readSource(rel, abs, bytes);
}

/** Which paths below `root` its program reads as documents, by the program.yaml there (an IoError when it cannot be read). */
export function programDocumentRules(root: string): DocumentRules {
  const settings = discoverySettings(read(root, PROGRAM_FILE));
  return documentRules({ exclude: settings.exclude, skipFolders: [settings.records] });
}

/** exclude/records as written in program.yaml, read leniently: the schema check reports malformed values. */
function discoverySettings(file: SourceFile): { exclude: string[]; records: string } {
  const doc = file.docs.find((d) => isRecord(d.value) && d.value.kind === 'Program');
  const spec = isRecord(doc?.value) && isRecord(doc.value.spec) ? doc.value.spec : {};
  const exclude = Array.isArray(spec.exclude) ? spec.exclude.filter((g): g is string => typeof g === 'string') : [];
  const records = typeof spec.records === 'string' ? spec.records : 'records';
  return { exclude, records };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
