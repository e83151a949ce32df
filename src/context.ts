/** What every command receives: global options already parsed, and where to write. */
export interface GlobalOptions {
  cwd: string;
  program?: string;
  out?: string;
  today?: string;
  quiet: boolean;
  verbose: boolean;
  debug: boolean;
  /** Colour for stderr, decided once from --no-color, NO_COLOR and the TTY. */
  color: boolean;
}

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when the user can answer prompts. */
  interactive: boolean;
}

export function processIo(): Io {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    interactive: Boolean(process.stdin.isTTY) && !process.env.CI,
  };
}
