/**
 * Errors are types: each maps to an exit code in main. Anything else that
 * escapes a command is a bug (exit 2, "please report", stack with --debug).
 */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(message: string, readonly hint?: string) {
    super(message);
  }
}

/** A file or folder could not be read or written. */
export class IoError extends Error {
  override name = 'IoError';
  constructor(message: string, readonly hint?: string) {
    super(message);
  }
}

export const EXIT = { ok: 0, findings: 1, failure: 2 } as const;
