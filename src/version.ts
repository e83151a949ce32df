import { createRequire } from 'node:module';

/** cohort's own version, from its package.json (the one place it is read at run time). */
export function packageVersion(): string {
  const require = createRequire(import.meta.url);
  return (require('../package.json') as { version: string }).version;
}
