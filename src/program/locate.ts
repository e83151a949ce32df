import type { Document, Node, Pair } from 'yaml';
import { YAML_OPTIONS } from './full-parse.js';
import { yamlLib } from './yaml-lib.js';

export type PathSegment = string | number;

export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * Turns (document, path) into a line and column. The full parse that knows
 * positions is expensive (about 3 MB/s), so it happens only the first time a
 * file has something to report, and once per file.
 */
export class Locator {
  private lineStarts: number[] | undefined;
  private docs: Document.Parsed[] | undefined;

  constructor(private readonly text: string) {}

  /** The span of a value (or of its key, with at = 'key'); the nearest existing ancestor when the path is missing. */
  locate(docIndex: number, path: readonly PathSegment[], at: 'key' | 'value' = 'value'): Span {
    const doc = this.documents()[docIndex];
    const range = doc ? findRange(doc, path, at) : undefined;
    return this.span(range?.[0] ?? 0, range?.[1]);
  }

  span(offset: number, endOffset?: number): Span {
    const start = this.position(offset);
    const end = this.position(Math.max(offset, endOffset ?? lineEnd(this.text, offset)));
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  }

  /** The text of a 1-based line, for code frames. */
  lineText(line: number): string {
    const starts = this.starts();
    const from = starts[line - 1];
    if (from === undefined) return '';
    return this.text.slice(from, lineEnd(this.text, from));
  }

  private position(offset: number): { line: number; column: number } {
    const starts = this.starts();
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  }

  private starts(): number[] {
    if (!this.lineStarts) {
      const starts = [0];
      for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
    }
    return this.lineStarts;
  }

  private documents(): Document.Parsed[] {
    if (!this.docs) {
      const all = yamlLib().parseAllDocuments(this.text, YAML_OPTIONS);
      // Empty documents are skipped, as when the values were read.
      this.docs = (Array.isArray(all) ? all : [all]).filter((doc) => doc.contents !== null) as Document.Parsed[];
    }
    return this.docs;
  }
}

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  const stop = end === -1 ? text.length : end;
  return text[stop - 1] === '\r' ? stop - 1 : stop;
}

function findRange(doc: Document.Parsed, path: readonly PathSegment[], at: 'key' | 'value'): [number, number] | undefined {
  const { isAlias } = yamlLib();
  let node: unknown = doc.contents;
  let keyNode: unknown;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(doc);
    const next = child(node, segment);
    if (!next) break;
    keyNode = next.key;
    node = next.value;
  }
  const target = (at === 'key' && keyNode) || node;
  const range = (target as Node | undefined)?.range;
  return range ? [range[0], range[1]] : undefined;
}

function child(node: unknown, segment: PathSegment): { key?: unknown; value: unknown } | undefined {
  const { isMap, isScalar, isSeq } = yamlLib();
  if (isMap(node)) {
    const pair = node.items.find((item: Pair) => (isScalar(item.key) ? item.key.value : item.key) === segment);
    return pair ? { key: pair.key, value: pair.value ?? pair.key } : undefined;
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment];
    return item === undefined ? undefined : { value: item };
  }
  return undefined;
}
