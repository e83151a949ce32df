import { mdEscape } from '../render/markdown.js';

/**
 * The `outputEscape` of every `{{ }}` in an onboarding template: text from
 * the YAML shows exactly as written and cannot start a heading, list, table
 * cell, link or HTML. Liquid's `nil` prints nothing, as it would unescaped;
 * a list prints its items one after another, each escaped.
 */
export function markdownOutput(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(markdownOutput).join('');
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return mdEscape(String(value));
}

const LINK_SCHEMES = /^(?:https?:\/\/|mailto:)/i;

/**
 * `{{ title | link: url }}`: a Markdown link with the title escaped and the
 * address made safe for a link destination. An address that is not http(s)
 * or mailto (say `javascript:`) is shown as text, not linked. With no title
 * the address is the text.
 */
export function markdownLink(title: unknown, url: unknown): string {
  const href = typeof url === 'string' ? url.trim() : '';
  const text = markdownOutput(title === null || title === undefined || title === '' ? href : title);
  if (!LINK_SCHEMES.test(href)) return href === '' ? text : `${text} (${markdownOutput(href)})`;
  return `[${text}](${linkDestination(href)})`;
}

/** Characters that could end or break a link destination (spaces, brackets, parentheses) become percent escapes. */
function linkDestination(href: string): string {
  return href.replace(/[\u0000-\u0020<>()[\]\\`\u007F]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** `{{ id | code }}`: inline code that holds any text, fenced with more backticks than it contains. */
export function markdownCode(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value).replace(/[\r\n]+/g, ' ');
  if (text.trim() === '') return '';
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
