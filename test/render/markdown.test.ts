import { describe, expect, it } from 'vitest';
import { mdEscape, mdTable, mermaidGantt, mermaidText } from '../../src/render/markdown.js';

/** Split a table row on unescaped pipes the way GFM does: a backslash escapes the next character. */
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
  // A row starts and ends with a pipe: drop the empty text outside them.
  return out.slice(1, -1);
}

describe('mdEscape', () => {
  it.each([
    ['plain text', 'plain text'],
    ['a | b', 'a \\| b'],
    ['back\\slash', 'back\\\\slash'],
    ['*bold* _em_ `code` [link](x) <b>html</b> ~~s~~ $x$', '\\*bold\\* \\_em\\_ \\`code\\` \\[link\\](x) \\<b\\>html\\</b\\> \\~\\~s\\~\\~ \\$x\\$'],
    ['snake_case and America/New_York', 'snake_case and America/New_York'],
    ['R&D &amp; more', 'R&D \\&amp; more'],
    ['# not a heading', '\\# not a heading'],
    ['> not a quote', '\\> not a quote'],
    ['- not a list', '\\- not a list'],
    ['+ not a list', '\\+ not a list'],
    ['1. not a list', '1\\. not a list'],
    ['=== not a rule', '\\=== not a rule'],
    ['two\nlines', 'two lines'],
  ])('%j → %j', (input, expected) => {
    expect(mdEscape(input)).toBe(expected);
  });
});

describe('mdTable', () => {
  it('writes a header, a delimiter row and escaped cells', () => {
    const table = mdTable(['Name', 'Note', 'N'], [
      ['Inês | Costa', 'line one\nline two', 3],
      ['# head', 'back\\slash', null],
      ['- item', undefined, -2],
    ]);
    expect(table).toBe(
      [
        '| Name | Note | N |',
        '| --- | --- | --- |',
        '| Inês \\| Costa | line one<br>line two | 3 |',
        '| \\# head | back\\\\slash |  |',
        '| \\- item |  | -2 |',
        '',
      ].join('\n'),
    );
  });

  it('keeps every row at the header width, whatever the text', () => {
    const nasty = ['a|b', '|', '\\|', '\\', '| x |', 'a\n|b', '`|`', '<td>|</td>'];
    const table = mdTable(['A', 'B'], nasty.map((text) => [text, text]));
    const lines = table.trimEnd().split('\n');
    expect(lines).toHaveLength(nasty.length + 2);
    for (const line of lines) {
      expect(line.startsWith('| ') && line.endsWith(' |')).toBe(true);
      expect(cells(line)).toHaveLength(2);
    }
  });

  it('pads short rows and cuts long ones', () => {
    expect(mdTable(['A', 'B'], [['x'], ['1', '2', '3']])).toBe('| A | B |\n| --- | --- |\n| x |  |\n| 1 | 2 |\n');
  });
});

describe('mermaidGantt', () => {
  it('writes sections for modules, capstone and milestones', () => {
    const text = mermaidGantt({
      title: 'Spring 2026',
      modules: [
        { id: 'foundations', name: 'Foundations', start: '2026-03-02', end: '2026-03-15' },
        { id: 'flows', name: 'Flows', start: '2026-03-16', end: '2026-03-22' },
      ],
      capstone: { name: 'Capstone project', start: '2026-03-23', end: '2026-04-05' },
      milestones: [
        { date: '2026-04-05', title: 'Demo day' },
        { date: '2026-04-02', title: 'Midpoint review' },
      ],
    });
    expect(text.split('\n')).toEqual([
      '```mermaid',
      'gantt',
      '    title Spring 2026',
      '    dateFormat YYYY-MM-DD',
      '    section Modules',
      '    Foundations :mod1, 2026-03-02, 14d',
      '    Flows :mod2, 2026-03-16, 7d',
      '    section Capstone',
      '    Capstone project :cap, 2026-03-23, 14d',
      '    section Milestones',
      '    Midpoint review :milestone, m1, 2026-04-02, 0d',
      '    Demo day :milestone, m2, 2026-04-05, 0d',
      '```',
      '',
    ]);
  });

  it('leaves out empty sections', () => {
    const text = mermaidGantt({ title: 'T', modules: [{ id: 'a', name: 'A', start: '2026-01-05', end: '2026-01-11' }], milestones: [] });
    expect(text).not.toContain('section Capstone');
    expect(text).not.toContain('section Milestones');
  });

  it('sanitises task names so YAML text cannot break the syntax', () => {
    const text = mermaidGantt({
      title: 'Cohort #1; spring: 100%',
      modules: [
        { id: 'm1', name: 'Module 1: C# basics; part\n2', start: '2026-03-02', end: '2026-03-08' },
        { id: 'm2', name: 'Title page design', start: '2026-03-09', end: '2026-03-15' },
        { id: 'm3', name: 'section two', start: '2026-03-16', end: '2026-03-22' },
        { id: 'm4', name: '5% rollout', start: '2026-03-23', end: '2026-03-29' },
        { id: 'm5', name: ' :;# ', start: '2026-03-30', end: '2026-04-05' },
      ],
      milestones: [{ date: '2026-04-05', title: 'Call for demos' }],
    });
    const body = text.split('\n').slice(4, -2);
    for (const line of body.filter((l) => !l.includes('section '))) {
      // One `:` separating name and data; no comment or statement separators.
      expect(line.split(':')).toHaveLength(2);
      expect(line).not.toMatch(/[#;%]/);
    }
    expect(text).toContain('    title Cohort ＃1； spring： 100％\n');
    expect(text).toContain('    Module 1： C＃ basics； part 2 :mod1, 2026-03-02, 7d\n');
    expect(text).toContain('    "Title page design" :mod2,');
    expect(text).toContain('    "section two" :mod3,');
    expect(text).toContain('    5％ rollout :mod4,');
    expect(text).toContain('    ：；＃ :mod5,');
    expect(text).toContain('    "Call for demos" :milestone, m1, 2026-04-05, 0d\n');
  });

  it('mermaidText collapses whitespace and falls back to nothing for blank text', () => {
    expect(mermaidText('  a\t\nb  ')).toBe('a b');
    expect(mermaidText('   ')).toBe('');
  });
});
