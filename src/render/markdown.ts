import type { Milestone } from '../plan/types.js';
import { compareText } from './order.js';

/** A Markdown table cell as renderers hand it over. */
export type MdCell = string | number | null | undefined;

/**
 * Inline Markdown text that shows exactly as written: characters that would
 * start emphasis, code, links, HTML, strikethrough, math or a table cell are
 * backslash-escaped (`_` only where it could start emphasis, not in
 * `New_York`); `&` only where it would start an entity; line breaks
 * become spaces; a leading `#`, `>`, `-`, `+`, `=`, `|` or `1.`/`1)` is
 * escaped so the text cannot become a heading, quote, list or rule when it
 * begins a line.
 */
export function mdEscape(text: string): string {
  if (isPlain(text)) return text;
  return memoised(escapedTexts, text, () => escapeLeading(escapeInline(text.replace(/\r\n|\r|\n/g, ' '))));
}

/** Every character escapeInline may change, line breaks and all control characters included. */
const SPECIAL = '\\`*[]<>|~$_&';
/** What escapeLeading escapes. */
const LEADING = /^\s*(?:[#>+=|-]|\d+[.)])/;

/** 1 for each ASCII code escapeInline may change (SPECIAL and the control characters); nothing above ASCII is special. */
const SPECIAL_CODES = new Uint8Array(128);
for (let code = 0; code < 0x20; code++) SPECIAL_CODES[code] = 1;
SPECIAL_CODES[0x7f] = 1;
for (const ch of SPECIAL) SPECIAL_CODES[ch.charCodeAt(0)] = 1;

/**
 * True when escaping leaves the text as it is: most names, ids and dates (a
 * large plan has a million cells), so this is a plain character scan rather
 * than regular expressions.
 */
function isPlain(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128 && SPECIAL_CODES[code] === 1) return false;
  }
  return startsPlain(text);
}

/** True when LEADING does not match: decided by the first character (or digit run), the regex only for whitespace and non-ASCII starts. */
function startsPlain(text: string): boolean {
  const first = text.charCodeAt(0);
  if (isDigit(first)) {
    let end = 1;
    while (isDigit(text.charCodeAt(end))) end++;
    return text[end] !== '.' && text[end] !== ')';
  }
  const asciiWithoutSpace = first > 0x20 && first < 0x7f;
  if (asciiWithoutSpace) return !'#>+=|-'.includes(text[0]!);
  return !LEADING.test(text);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * Escaped forms of texts that needed escaping, by text: the same few time
 * zones (`America/New_York`), titles and names come back on every page.
 */
const escapedTexts = new Map<string, string>();
const escapedCells = new Map<string, string>();

function memoised(memo: Map<string, string>, text: string, escape: () => string): string {
  let escaped = memo.get(text);
  if (escaped === undefined) {
    if (memo.size >= 10_000) memo.clear();
    escaped = escape();
    memo.set(text, escaped);
  }
  return escaped;
}

/**
 * A GitHub-flavoured Markdown table. Cells are escaped like {@link mdEscape}
 * (pipes included), line breaks inside a cell become `<br>`, and an empty cell
 * stays empty. Every row is padded or cut to the header's width.
 */
export function mdTable(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<MdCell>>): string {
  const width = header.length;
  // Every piece of every row in one array, joined once into a flat string: no
  // rope per row to flatten later, and each character is copied only once.
  const pieces = new Array<string>((rows.length + 1) * (2 * width + 1) + 1);
  let at = putRow(pieces, 0, header, width);
  pieces[at++] = `|${header.map(() => ' --- ').join('|')}|\n`;
  for (const row of rows) at = putRow(pieces, at, row, width);
  return pieces.join('');
}

/** Puts `| a | b |` and its line break into `pieces` from `at` (the first `width` cells, missing ones empty); returns where it stopped. */
function putRow(pieces: string[], at: number, cells: ReadonlyArray<MdCell>, width: number): number {
  pieces[at++] = '| ';
  for (let i = 0; i < width; i++) {
    if (i > 0) pieces[at++] = ' | ';
    pieces[at++] = mdCell(cells[i]);
  }
  pieces[at++] = ' |\n';
  return at;
}

function mdCell(value: MdCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = value.trim();
  if (isPlain(text)) return text;
  return memoised(escapedCells, text, () =>
    text
      .split(/\r\n|\r|\n/)
      .map((part) => escapeLeading(escapeInline(part.trim())))
      .join('<br>'),
  );
}

function escapeInline(text: string): string {
  return text
    .replace(/[\\`*[\]<>|~$]/g, (ch) => `\\${ch}`)
    // `_` between letters or digits never starts emphasis (snake_case, America/New_York).
    .replace(/_/g, (ch, at: number, all: string) => (isWordChar(all[at - 1]) && isWordChar(all[at + 1]) ? ch : `\\${ch}`))
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

function escapeLeading(text: string): string {
  return text.replace(/^(\s*)(?:([#>+=|-])|(\d+)([.)]))/, (_all, space: string, mark?: string, digits?: string, dot?: string) =>
    mark !== undefined ? `${space}\\${mark}` : `${space}${digits}\\${dot}`,
  );
}

export interface GanttModule {
  id: string;
  name: string;
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day (inclusive), `YYYY-MM-DD`. */
  end: string;
}

export interface GanttInput {
  title: string;
  modules: readonly GanttModule[];
  capstone?: { name: string; start: string; end: string };
  milestones: readonly Milestone[];
}

/**
 * A fenced Mermaid `gantt` block: sections Modules, Capstone (when there is
 * one) and Milestones (when there are any). Bars cover their last day (written
 * as a length in days); milestones are `:milestone, m1, 2026-04-02, 0d`,
 * sorted by date then title. Task ids are generated (`mod1`, `cap`, `m1`), so
 * ids from YAML never meet Mermaid keywords.
 */
export function mermaidGantt(input: GanttInput): string {
  const lines = ['```mermaid', 'gantt', `    title ${mermaidText(input.title) || 'Schedule'}`, '    dateFormat YYYY-MM-DD'];
  if (input.modules.length > 0) {
    lines.push('    section Modules');
    input.modules.forEach((m, i) => lines.push(`    ${mermaidTask(m.name, m.id)} :mod${i + 1}, ${m.start}, ${days(m.start, m.end)}d`));
  }
  if (input.capstone) {
    const c = input.capstone;
    lines.push('    section Capstone');
    lines.push(`    ${mermaidTask(c.name, 'Capstone')} :cap, ${c.start}, ${days(c.start, c.end)}d`);
  }
  if (input.milestones.length > 0) {
    lines.push('    section Milestones');
    const sorted = [...input.milestones].sort((a, b) => compareText(a.date, b.date) || compareText(a.title, b.title));
    sorted.forEach((m, i) => lines.push(`    ${mermaidTask(m.title, 'Milestone')} :milestone, m${i + 1}, ${m.date}, 0d`));
  }
  lines.push('```');
  return lines.join('\n') + '\n';
}

/**
 * Text that cannot break a Mermaid gantt line: `:` `;` `#` `%` (task separator,
 * statement end, comment, `%%` comment) become their full-width forms, line
 * breaks and runs of spaces one space, backticks a quote.
 */
export function mermaidText(text: string): string {
  return text
    .replace(/:/g, '\uFF1A')
    .replace(/;/g, '\uFF1B')
    .replace(/#/g, '\uFF03')
    .replace(/%/g, '\uFF05')
    .replace(/`/g, "'")
    .replace(/[\u0000-\u001F\u007F]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Mermaid's gantt lexer reads these words (case-insensitively) at the start
 * of a line as statements rather than task names; so does a leading date.
 */
const GANTT_KEYWORD =
  /^(?:gantt|dateformat\s|inclusiveenddates|topaxis|axisformat\s|tickinterval\s|includes\s|excludes\s|todaymarker\s|weekday\s|weekend\s|title\s|accdescription\s|acctitle\s*:|accdescr\s*[:{]|section\s|click\s|call\s|href\s|\d{4}-\d{2}-\d{2})/i;

function mermaidTask(name: string, fallback: string): string {
  const text = mermaidText(name) || fallback;
  return GANTT_KEYWORD.test(text) ? `"${text}"` : text;
}

/** Inclusive length in days of `start`..`end` (at least 1). */
function days(start: string, end: string): number {
  const ms = Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`);
  const n = Math.round(ms / 86_400_000) + 1;
  return Number.isFinite(n) && n > 0 ? n : 1;
}
