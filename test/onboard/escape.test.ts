import { describe, expect, it } from 'vitest';
import { markdownCode, markdownLink, markdownOutput } from '../../src/onboard/escape.js';
import { defaultCodeOfConduct, onboardingPacks, renderPacks } from '../../src/onboard/packs.js';
import { planProgram } from '../../src/plan/index.js';
import { MINIMAL, edit } from '../helpers/program.js';
import { engine, memoryModel } from './helpers.js';

/** Split a table row on unescaped pipes the way GFM does (a backslash escapes the next character). */
function cells(row: string): string[] {
  const out = [''];
  for (let i = 0; i < row.length; i++) {
    const ch = row[i]!;
    if (ch === '\\') {
      out[out.length - 1] += ch + (row[i + 1] ?? '');
      i++;
    } else if (ch === '|') out.push('');
    else out[out.length - 1] += ch;
  }
  return out.slice(1, -1).map((c) => c.trim());
}

describe('markdownOutput', () => {
  it.each([
    ['plain', 'plain'],
    ['*bold* and _em_', '\\*bold\\* and \\_em\\_'],
    ['a | b', 'a \\| b'],
    ['# heading', '\\# heading'],
    ['<script>x</script>', '\\<script\\>x\\</script\\>'],
    ['- item', '\\- item'],
    ['1. item', '1\\. item'],
    ['two\nlines', 'two lines'],
    ['America/New_York', 'America/New_York'],
  ])('%j → %j', (input, expected) => expect(markdownOutput(input)).toBe(expected));

  it('prints nil as nothing, numbers as they are, and lists item by item', () => {
    expect([null, undefined, 4, 0.5, true, ['a*', 'b']].map(markdownOutput)).toEqual(['', '', '4', '0.5', 'true', 'a\\*b']);
  });

  it('links only http(s) and mailto addresses', () => {
    expect(markdownLink('Guide', 'https://x.example/guide')).toBe('[Guide](https://x.example/guide)');
    expect(markdownLink('Mail', 'mailto:a@x.example')).toBe('[Mail](mailto:a@x.example)');
    expect(markdownLink('Bad', 'javascript:alert(1)')).toBe('Bad (javascript:alert(1))');
    expect(markdownLink(null, 'https://x.example/')).toBe('[https://x.example/](https://x.example/)');
    expect(markdownCode('`tick`')).toBe('`` `tick` ``');
  });
});

const HOSTILE = '- *Ana* _x_ | y # <b>z</b>';
const files = edit(
  'cohorts/spring.yaml',
  '{ id: ana, name: Ana, email: ana@acme.example, department: Finance }',
  `{ id: ana, name: "${HOSTILE}", email: ana@acme.example, department: "# Finance | HQ" }`,
  edit('program.yaml', '  holidays: [2026-04-03]\n', '  holidays: [2026-04-03]\n  glossary:\n    - { term: "| Flow *", definition: "> quoted <i>text</i>\\n# not a heading" }\n  channels: { support: "#help", incidents: "- sec@acme.example" }\n', MINIMAL),
);

describe('text from the YAML cannot break the Markdown of the built-in templates', () => {
  const model = memoryModel(files);
  const builtin = engine();
  const packs = onboardingPacks(planProgram(model, { locks: {} }), model, defaultCodeOfConduct(builtin, model));
  const rendered = renderPacks(packs, builtin, 'acme-academy');
  const page = (rel: string) => rendered.find((f) => f.path === rel)!.content as string;

  it('keeps the group table to its three columns', () => {
    const lines = page('spring-2026/ana/welcome.md').split('\n');
    const header = lines.indexOf('| Name | Department | Time zone |');
    const end = lines.indexOf('', header);
    const table = lines.slice(header + 2, end);
    expect(table.length).toBeGreaterThan(1);
    for (const row of table) expect(cells(row)).toHaveLength(3);
    expect(table).toContain('| \\- \\*Ana\\* \\_x\\_ \\| y # \\<b\\>z\\</b\\> (you) | \\# Finance \\| HQ | Europe/Berlin |');
  });

  it('escapes names in headings and lists, and glossary entries', () => {
    expect(page('spring-2026/ana/welcome.md').split('\n')[0]).toBe('# Welcome to Spring 2026, \\- \\*Ana\\* \\_x\\_ \\| y # \\<b\\>z\\</b\\>!');
    expect(page('spring-2026/ana/glossary.md')).toContain('- **\\| Flow \\***: \\> quoted \\<i\\>text\\</i\\> # not a heading\n');
    expect(page('spring-2026/ana/welcome.md')).toContain('- Questions about the tools or the course: \\#help\n');
    expect(page('spring-2026/ana/welcome.md')).toContain('- Data or security went wrong (even a little): \\- sec@acme.example, straight away\n');
  });

  it('never lets YAML text start a line of its own', () => {
    for (const file of rendered.filter((f) => f.path.endsWith('.md'))) {
      for (const line of (file.content as string).split('\n')) {
        expect(line, file.path).not.toMatch(/^(?:- \*Ana|#help|> quoted|# not|<b>|- sec@)/);
      }
    }
  });

  it('uses the built-in code of conduct text when the program names none', () => {
    const text = page('spring-2026/ana/code-of-conduct.md');
    expect(text).toMatch(/^# Code of conduct\n\nThe Acme Academy brings together/);
    expect(text).toContain('Security or data-handling incidents go to \\- sec@acme.example straight away. Questions about tools go to \\#help.');
  });
});
