import { createRequire } from 'node:module';
import type { GlobalOptions, Io } from '../context.js';
import { EXIT } from '../errors.js';
import { FORMATTERS, type FormatName } from '../format/index.js';
import { openProgram } from '../program/open.js';
import { ALL_RULES, type ValidationResult, validateProgram } from '../validate/index.js';

export interface ValidateCommandOptions extends GlobalOptions {
  format: FormatName;
  maxWarnings?: number;
}

/** `cohort validate`: pretty findings on stderr, machine formats on stdout; exit 1 on errors. */
export async function validateCommand(options: ValidateCommandOptions, io: Io): Promise<number> {
  const loaded = openProgram(options);
  const result = validateProgram(loaded, { today: options.today });
  const text = render(result, options, (file, line) => lineOf(loaded.files, loaded.root, file, line));
  if (options.format === 'pretty') {
    if (!options.quiet || result.summary.errors > 0) io.stderr(text);
  } else {
    io.stdout(text);
  }
  return exitCode(result, options.maxWarnings);
}

export function exitCode(result: ValidationResult, maxWarnings: number | undefined): number {
  if (result.summary.errors > 0) return EXIT.findings;
  if (maxWarnings !== undefined && result.summary.warnings > maxWarnings) return EXIT.findings;
  return EXIT.ok;
}

function render(result: ValidationResult, options: ValidateCommandOptions, lineText: (file: string, line: number) => string): string {
  const diagnostics = options.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;
  return FORMATTERS[options.format]({
    diagnostics,
    summary: result.summary,
    rules: ALL_RULES,
    lineText,
    color: options.color,
    toolVersion: packageVersion(),
  });
}

function lineOf(files: ReturnType<typeof openProgram>['files'], _root: string, rel: string, line: number): string {
  const file = files.find((f) => f.rel === rel);
  return file ? file.locator.lineText(line) : '';
}

function packageVersion(): string {
  const require = createRequire(import.meta.url);
  return (require('../../package.json') as { version: string }).version;
}

