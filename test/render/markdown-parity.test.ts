import { describe, expect, it } from 'vitest';
import { type MdCell, mdEscape, mdTable } from '../../src/render/markdown.js';
import { prng } from '../plan/people.js';

// The escaping as first written, before plain text got a fast path: the fast path must never change a byte.
function escapeInline(text: string): string {
  return text
    .replace(/[\\`*[\]<>|~$]/g, (ch) => `\\${ch}`)
    .replace(/_/g, (ch, at: number, all: string) => (isWordChar(all[at - 1]) && isWordChar(all[at + 1]) ? ch : `\\${ch}`))
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}
const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const escapeLeading = (text: string) =>
  text.replace(/^(\s*)(?:([#>+=|-])|(\d+)([.)]))/, (_all, space: string, mark?: string, digits?: string, dot?: string) =>
    mark !== undefined ? `${space}\\${mark}` : `${space}${digits}\\${dot}`,
  );
const referenceEscape = (text: string) => escapeLeading(escapeInline(text.replace(/\r\n|\r|\n/g, ' ')));
const referenceCell = (value: MdCell) => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return value
    .trim()
    .split(/\r\n|\r|\n/)
    .map((part) => escapeLeading(escapeInline(part.trim())))
    .join('<br>');
};
const referenceTable = (header: readonly string[], rows: ReadonlyArray<ReadonlyArray<MdCell>>) => {
  const line = (cells: readonly MdCell[]) => `| ${cells.map(referenceCell).join(' | ')} |`;
  const out = [line(header), `|${header.map(() => ' --- ').join('|')}|`];
  for (const row of rows) out.push(line(Array.from({ length: header.length }, (_, i) => row[i])));
  return out.join('\n') + '\n';
};

describe('Markdown escaping with its plain-text fast path', () => {
  const random = prng(3);
  const alphabet = ['a', 'Z', '1', '9', ' ', '\u00A0', '_', '-', '#', '>', '+', '=', '|', '.', ')', '*', '`', '[', '&', ';', '<', '\\', '~', '$', '\n', '\r', '\t', '\u0001', 'é', '😀', '(', '@', "'", ','];
  const text = () => Array.from({ length: random.int(8) }, () => alphabet[random.int(alphabet.length)]).join('');

  it('escapes exactly as before', () => {
    for (let i = 0; i < 3000; i++) {
      const sample = text();
      expect(mdEscape(sample), JSON.stringify(sample)).toBe(referenceEscape(sample));
    }
  });

  it('writes tables exactly as before', () => {
    for (let i = 0; i < 300; i++) {
      const header = Array.from({ length: 1 + random.int(4) }, text);
      const rows = Array.from({ length: random.int(4) }, () => Array.from({ length: random.int(6) }, (): MdCell => (random.int(5) === 0 ? random.int(100) : text())));
      expect(mdTable(header, rows)).toBe(referenceTable(header, rows));
    }
  });
});
