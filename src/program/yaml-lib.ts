import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let lib: typeof import('yaml') | undefined;

/**
 * The `yaml` package, loaded on first need. Plain files are read by js-yaml,
 * so most runs never pay for loading the careful parser at all.
 */
export function yamlLib(): typeof import('yaml') {
  return (lib ??= require('yaml') as typeof import('yaml'));
}
