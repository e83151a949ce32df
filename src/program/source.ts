import { isUtf8 } from 'node:buffer';
import jsyaml from 'js-yaml';
import { type YamlFinding, parseFully } from './full-parse.js';
import { Locator } from './locate.js';

/** Files above this size are refused before parsing (a guard against runaway input). */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;
/** Deeper nesting than any program document needs; deeper input is refused. */
export const MAX_DEPTH = 64;

/** One YAML document of a file, as plain data plus where it came from. */
export interface SourceDoc {
  file: SourceFile;
  /** Position among the file's non-empty documents (0-based). */
  index: number;
  value: unknown;
}

export interface SourceFile {
  /** Path relative to the program root, forward slashes. */
  rel: string;
  abs: string;
  text: string;
  docs: SourceDoc[];
  /** Problems found while reading or parsing; a file with errors has no docs. */
  findings: YamlFinding[];
  locator: Locator;
}

/**
 * Text that the fast parser could read differently from the YAML 1.2 core
 * rules, or that needs the full parser's guards: directives, anchors, aliases,
 * tags and `__proto__` keys. A false positive only costs speed.
 */
const NEEDS_FULL_PARSE = /^%|(?:^|[\s[{,])[&*!][^\s,\]}]|__proto__/m;

/**
 * Read one file. Plain files go through js-yaml (about ten times faster than
 * the `yaml` package); anything unusual, or anything js-yaml rejects, goes
 * through the full parser, which reports located errors. Source positions are
 * computed lazily by the locator, only for files that have findings.
 */
export function readSource(rel: string, abs: string, bytes: Buffer): SourceFile {
  const file: SourceFile = { rel, abs, text: '', docs: [], findings: [], locator: new Locator('') };
  if (bytes.length > MAX_FILE_BYTES) {
    file.findings.push(tooLarge(bytes.length));
    return file;
  }
  const decoded = decode(bytes);
  file.text = decoded.text;
  file.locator = new Locator(decoded.text);
  if (decoded.badByte !== undefined) {
    file.findings.push(badEncoding(decoded.badByte));
    return file;
  }
  const values = parseFast(decoded.text) ?? parseFully(decoded.text, file.findings, MAX_DEPTH);
  if (file.findings.length > 0) return file;
  if (values.length === 0) {
    file.findings.push({ rule: 'yaml/empty', offset: 0, message: 'file holds no YAML document', hint: 'add a program document (apiVersion, kind, metadata, spec) or delete the file' });
  }
  file.docs = values.map((value, index) => ({ file, index, value }));
  return file;
}

function parseFast(text: string): unknown[] | undefined {
  if (NEEDS_FULL_PARSE.test(text)) return undefined;
  try {
    // js-yaml's own depth guard stands in for a walk over the values; deeper
    // input falls through to the careful parser, which reports it.
    const values = jsyaml.loadAll(text, undefined, { schema: jsyaml.CORE_SCHEMA, maxDepth: MAX_DEPTH } as jsyaml.LoadOptions);
    return values.filter((v) => v !== null && v !== undefined);
  } catch {
    return undefined;
  }
}

function decode(bytes: Buffer): { text: string; badByte?: number } {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: '', badByte: 0 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: '', badByte: 0 };
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  if (isUtf8(body)) return { text: body.toString('utf8') };
  const lossy = body.toString('utf8');
  return { text: lossy, badByte: Math.max(0, lossy.indexOf('\uFFFD')) };
}

function tooLarge(size: number): YamlFinding {
  const mib = (n: number) => (n / 1024 / 1024).toFixed(1);
  return {
    rule: 'yaml/too-large',
    offset: 0,
    message: `file is ${mib(size)} MiB, over the ${mib(MAX_FILE_BYTES)} MiB limit for a program document`,
    hint: 'split it into several files (a cohort per file), or add it to Program.spec.exclude if it is not a program document',
  };
}

function badEncoding(offset: number): YamlFinding {
  return {
    rule: 'yaml/encoding',
    offset,
    message: 'file is not valid UTF-8',
    hint: 'save the file as UTF-8 (most editors offer "Save with encoding")',
  };
}
