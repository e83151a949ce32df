import { readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import type { ProgramModel } from '../program/model.js';
import { MAX_TEMPLATE_BYTES } from './sources.js';
import type { CodeOfConductView } from './views/types.js';

export type CodeOfConduct = { ok: true; view: CodeOfConductView | undefined } | { ok: false; diagnostic: Diagnostic };

/**
 * The program's own code of conduct (`Program.spec.codeOfConduct`, a
 * Markdown file inside the program folder), or `view: undefined` when it
 * names none and the built-in text applies. A file that is missing, outside
 * the program or not text is a finding located at the setting.
 */
/**
 * Where the code of conduct file is (links followed), or what is wrong with
 * the setting short of reading the file: `onboard` stops on these, and
 * validate's ref/file reports the very same, so CI catches them first.
 */
export function codeOfConductFile(root: string, rel: string): { real: string } | { message: string; hint: string } {
  const hint = 'write a path relative to the program root, such as docs/code-of-conduct.md, or remove codeOfConduct to use the built-in text';
  const problem = (what: string, otherHint = hint) => ({ message: `code of conduct "${rel}" ${what}`, hint: otherHint });
  let real: string;
  try {
    real = realpathSync(path.resolve(root, rel));
  } catch {
    return problem('does not exist');
  }
  if (path.isAbsolute(rel) || !real.startsWith(realpathSync(root) + path.sep)) return problem('is outside the program folder');
  const stat = statSync(real);
  if (!stat.isFile()) return problem('is not a file');
  if (stat.size > MAX_TEMPLATE_BYTES) return problem(`is larger than ${MAX_TEMPLATE_BYTES / 1024} KiB`, 'keep the code of conduct to a readable page');
  return { real };
}

export function readCodeOfConduct(model: ProgramModel): CodeOfConduct {
  const program = model.program!;
  const rel = program.value.spec.codeOfConduct;
  if (rel === undefined) return { ok: true, view: undefined };
  const fail = (message: string, hint: string): CodeOfConduct => {
    const span = program.source.file.locator.locate(program.source.index, ['spec', 'codeOfConduct']);
    return { ok: false, diagnostic: { file: program.source.file.rel, ...span, severity: 'error', rule: 'onboard/code-of-conduct', message, hint } };
  };
  const found = codeOfConductFile(model.root, rel);
  if ('message' in found) return fail(found.message, found.hint);
  const bytes = readFileSync(found.real);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(`code of conduct "${rel}" is not UTF-8 text`, 'save the file as UTF-8');
  }
  const markdown = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return { ok: true, view: { source: rel.replace(/\\/g, '/'), markdown: markdown.endsWith('\n') ? markdown : `${markdown}\n` } };
}
