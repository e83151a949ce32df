import type { GlobalOptions, Io } from '../context.js';
import { EXIT } from '../errors.js';
import type { FormatName } from '../format/index.js';
import type { ValidationResult } from '../validate/index.js';
import { type Validated, loadAndValidate, renderFindings } from './validate-first.js';

export interface ValidateCommandOptions extends GlobalOptions {
  format: FormatName;
  maxWarnings?: number;
}

/** `cohort validate`: pretty findings on stderr, machine formats on stdout; exit 1 on errors. */
export async function validateCommand(options: ValidateCommandOptions, io: Io): Promise<number> {
  const started = performance.now();
  const validated = loadAndValidate(options);
  if (options.verbose) io.stderr(readingSummary(validated, performance.now() - started));
  const text = renderFindings(validated, options, options.format);
  if (options.format !== 'pretty') io.stdout(text);
  else if (!options.quiet || validated.result.summary.errors > 0) io.stderr(text);
  const limit = warningLimitNote(validated.result, options.maxWarnings);
  // On stderr in every format, so json/sarif/github on stdout stay machine-readable; even --quiet says why it failed.
  if (limit) io.stderr(limit);
  return exitCode(validated.result, options.maxWarnings);
}

/** Exit 1 for warnings alone would otherwise look like a success that failed. */
export function warningLimitNote(result: ValidationResult, maxWarnings: number | undefined): string | undefined {
  const { warnings } = result.summary;
  if (maxWarnings === undefined || warnings <= maxWarnings) return undefined;
  return `${warnings} warning${warnings === 1 ? ' is' : 's are'} more than --max-warnings ${maxWarnings}\n`;
}

export function exitCode(result: ValidationResult, maxWarnings: number | undefined): number {
  if (result.summary.errors > 0) return EXIT.findings;
  if (maxWarnings !== undefined && result.summary.warnings > maxWarnings) return EXIT.findings;
  return EXIT.ok;
}

/** --verbose: what was read, and how long loading and checking took. */
function readingSummary({ program }: Validated, ms: number): string {
  const documents = program.files.reduce((n, f) => n + f.docs.length, 0);
  const files = program.files.map((f) => `  ${f.rel} (${f.docs.length} document${f.docs.length === 1 ? '' : 's'})`).join('\n');
  return `program root: ${program.root}\n${files}\nread and checked ${program.files.length} files, ${documents} documents in ${ms.toFixed(0)} ms\n`;
}
