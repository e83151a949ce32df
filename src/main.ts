import { CommanderError } from 'commander';
import { buildCli } from './cli.js';
import { type Io, processIo } from './context.js';
import { EXIT, IoError, UsageError } from './errors.js';

/** The one try/catch: every failure becomes an exit code and a plain message. */
export async function main(args: readonly string[], io: Io = processIo(), cwd = process.cwd()): Promise<number> {
  const debug = args.includes('--debug');
  let exitCode: number = EXIT.ok;
  try {
    const cli = buildCli(io, cwd, (code) => (exitCode = code));
    await cli.parseAsync([...args], { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportFailure(error, io, debug);
  }
}

function reportFailure(error: unknown, io: Io, debug: boolean): number {
  if (error instanceof CommanderError) {
    // --help and --version end here with exit code 0; usage mistakes with 2.
    return error.exitCode === 0 ? EXIT.ok : EXIT.failure;
  }
  if (error instanceof UsageError || error instanceof IoError) {
    io.stderr(`cohort: ${error.message}\n${error.hint ? `  hint: ${error.hint}\n` : ''}`);
    if (debug) io.stderr(`${error.stack}\n`);
    return EXIT.failure;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`cohort: internal error: ${message}\n  This is a bug in cohort; please report it with the command you ran.${debug ? '' : ' Run again with --debug to see the stack trace.'}\n`);
  if (debug && error instanceof Error) io.stderr(`${error.stack}\n`);
  return EXIT.failure;
}
