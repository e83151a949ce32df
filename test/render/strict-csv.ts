import { parse } from 'csv-parse/sync';

/** Parse the way a strict consumer would: a stray quote or a ragged row fails. */
export function parseStrict(text: string): string[][] {
  return parse(text, { bom: true, relax_quotes: false, relax_column_count: false, skip_empty_lines: false }) as string[][];
}
