import type { Document, Node } from 'yaml';
import { yamlLib } from './yaml-lib.js';

/** A problem found while reading a file, located by character offset. */
export interface YamlFinding {
  rule: string;
  offset: number;
  endOffset?: number;
  message: string;
  hint?: string;
}

/** Aliases allowed per document before we call it an alias bomb. */
const MAX_ALIASES = 100;

/** Options shared with the locator so both read a file the same way. */
export const YAML_OPTIONS = {
  version: '1.2',
  schema: 'core',
  uniqueKeys: true,
  strict: true,
  prettyErrors: false,
  keepSourceTokens: false,
} as const;

const SYNTAX_HINTS: Record<string, { rule: string; hint: string }> = {
  DUPLICATE_KEY: { rule: 'yaml/duplicate-key', hint: 'remove or rename one of the two keys' },
  TAB_AS_INDENT: { rule: 'yaml/syntax', hint: 'indent with spaces; YAML does not allow tabs for indentation' },
  RESOURCE_EXHAUSTION: { rule: 'yaml/too-deep', hint: 'flatten the structure; program documents never nest this deep' },
};

/**
 * The careful path: the `yaml` package with its guards, reporting every
 * syntax error, directive, explicit tag, alias bomb, undefined alias and
 * self-reference.
 * Returns the documents' values, or none when there were findings.
 */
export function parseFully(text: string, findings: YamlFinding[], maxDepth: number): unknown[] {
  let docs: Document.Parsed[];
  try {
    docs = yamlLib().parseAllDocuments(text, YAML_OPTIONS) as Document.Parsed[];
  } catch (error) {
    findings.push({ rule: 'yaml/too-deep', offset: 0, message: `file could not be parsed: ${String(error)}` });
    return [];
  }
  const values: unknown[] = [];
  if (docs.some((doc) => doc.directives?.yaml.explicit)) findings.push(directiveFinding(docs[0]!, text));
  for (const doc of docs) {
    const before = findings.length;
    collectSyntaxErrors(doc, text, findings);
    const firstAlias = collectTagsAndAliases(doc, text, findings);
    if (findings.length > before || doc.contents === null) continue;
    const value = toValue(doc, findings, maxDepth, firstAlias);
    if (value !== undefined && value !== null) values.push(value);
  }
  return findings.length > 0 ? [] : values;
}

/**
 * After the first real syntax error the parser's later complaints are mostly
 * echoes of it, so only that one is kept; every duplicate key is kept.
 */
function collectSyntaxErrors(doc: Document.Parsed, text: string, findings: YamlFinding[]): void {
  let syntaxSeen = false;
  for (const error of doc.errors) {
    if (error.code !== 'DUPLICATE_KEY') {
      if (syntaxSeen) continue;
      syntaxSeen = true;
    }
    const known = SYNTAX_HINTS[error.code];
    findings.push({
      rule: known?.rule ?? 'yaml/syntax',
      offset: error.pos[0],
      endOffset: error.pos[1],
      message: syntaxMessage(error.code, error.message, /^[^:\n]*/.exec(text.slice(error.pos[0]))![0]),
      ...(known ? { hint: known.hint } : {}),
    });
  }
}

function directiveFinding(doc: Document.Parsed, text: string): YamlFinding {
  const offset = Math.max(0, text.search(/^%YAML/m));
  return {
    rule: 'yaml/directive',
    offset,
    endOffset: offset + 9,
    message: `%YAML ${doc.directives.yaml.version} directive: cohort reads YAML 1.2 (core schema) only`,
    hint: 'delete the %YAML line; write yes/no as true/false and quote values that must stay text',
  };
}

/**
 * Reports tags, and aliases that refer to their own container or to no
 * anchor; returns where the first alias is, if any. Anchors are tracked in
 * document order, as the parser resolves them (the last one before an alias wins).
 */
function collectTagsAndAliases(doc: Document.Parsed, text: string, findings: YamlFinding[]): number | undefined {
  const { isAlias, isNode, visit } = yamlLib();
  const anchors = new Map<string, Node>();
  const unresolved: Array<{ name: string; range: [number, number] }> = [];
  let firstAlias: number | undefined;
  visit(doc, (_key, node) => {
    if (!isNode(node)) return;
    const [start, end] = (node as Node).range ?? [0, 0];
    if (isAlias(node)) {
      firstAlias ??= start;
      const target = anchors.get(node.source);
      if (!target) unresolved.push({ name: node.source, range: [start, end] });
      else if (target.range && start >= target.range[0] && start <= target.range[2]) {
        findings.push({ rule: 'yaml/alias', offset: start, endOffset: end, message: `alias *${node.source} refers to a node that contains it`, hint: 'replace the alias with the value it should hold' });
      }
      return;
    }
    if (node.anchor) anchors.set(node.anchor, node as Node);
    if (node.tag) findings.push(tagFinding(node.tag, text, start, end));
  });
  for (const alias of unresolved) findings.push(undefinedAlias(alias.name, alias.range, anchors.has(alias.name)));
  return firstAlias;
}

/** An alias must follow its anchor; one that comes first reads as "not defined" to the parser too. */
function undefinedAlias(name: string, [offset, endOffset]: [number, number], definedLater: boolean): YamlFinding {
  return {
    rule: 'yaml/alias',
    offset,
    endOffset,
    message: definedLater ? `alias *${name} is used before its anchor &${name} is defined` : `alias *${name} is not defined`,
    hint: definedLater ? `move the value marked &${name} above its first use, or write the value` : `define &${name} before it is used, or write the value`,
  };
}

/**
 * The node's range starts at its value, after the tag; the caret belongs
 * under the tag, which is the part to remove. The tag (possibly followed by
 * an anchor) is the last thing written before the value.
 */
function tagFinding(tag: string, text: string, start: number, end: number): YamlFinding {
  const before = /(!<[^>]*>|![^\s,[\]{}]*)(?:\s+&[^\s,[\]{}]+)?\s*$/.exec(text.slice(Math.max(0, start - 1024), start));
  const tagStart = before ? start - before[0].length : start;
  return {
    rule: 'yaml/tag',
    offset: tagStart,
    endOffset: before ? tagStart + before[1]!.length : end,
    message: `explicit tag ${tag.replace('tag:yaml.org,2002:', '!!')} is not allowed`,
    hint: 'remove the tag; cohort reads plain YAML 1.2 values (quote a value to keep it text)',
  };
}

function toValue(doc: Document.Parsed, findings: YamlFinding[], maxDepth: number, firstAlias: number | undefined): unknown {
  const start = doc.contents?.range?.[0] ?? 0;
  try {
    const value: unknown = doc.toJS({ maxAliasCount: MAX_ALIASES });
    if (depthWithin(value, maxDepth)) return value;
    findings.push({ rule: 'yaml/too-deep', offset: start, message: `document nests deeper than ${maxDepth} levels`, hint: 'flatten the structure; program documents never nest this deep' });
  } catch (error) {
    const bomb = /alias/i.test(String(error));
    findings.push({
      rule: bomb ? 'yaml/alias' : 'yaml/syntax',
      offset: bomb ? (firstAlias ?? start) : start,
      message: bomb ? `more than ${MAX_ALIASES} alias expansions (an "alias bomb")` : firstLine(String(error)),
      hint: bomb ? 'write the values out instead of nesting aliases' : undefined,
    } as YamlFinding);
  }
  return undefined;
}

function syntaxMessage(code: string, message: string, source: string): string {
  if (code === 'DUPLICATE_KEY') return `duplicate key "${source.trim()}"`;
  if (code === 'RESOURCE_EXHAUSTION') return 'nesting is too deep to read';
  return firstLine(message);
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '');
}

/** True when the value nests no deeper than `limit` levels (checked iteratively by recursion on objects only). */
export function depthWithin(value: unknown, limit: number): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (limit <= 0) return false;
  for (const child of Object.values(value)) if (!depthWithin(child, limit - 1)) return false;
  return true;
}
