import { github } from './github.js';
import { json } from './json.js';
import { pretty } from './pretty.js';
import { sarif } from './sarif.js';
import type { Formatter } from './types.js';

/** The formatters `--format` accepts. pretty goes to stderr; the rest are data on stdout. */
export const FORMATTERS = { pretty, json, github, sarif } satisfies Record<string, Formatter>;
export type FormatName = keyof typeof FORMATTERS;

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATTERS, name);
}
