import { describe, expect, it } from 'vitest';
import { stringify } from 'csv-stringify/sync';
import { joinList, safeCell, toCsv, type CsvCell } from '../../src/render/csv.js';
import { parseStrict } from './strict-csv.js';

const BOM = '\uFEFF';

describe('safeCell', () => {
  it.each<[CsvCell, string]>([
    ['=SUM(1)', "'=SUM(1)"],
    ['+49 30 1234567', "'+49 30 1234567"],
    ['-3', "'-3"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['\nx', "'\nx"],
    ['\uFF1D1+1', "'\uFF1D1+1"],
    ['plain', 'plain'],
    ['a=b', 'a=b'],
    ['', ''],
    [null, ''],
    [undefined, ''],
    [-3, '-3'],
    [0, '0'],
    [2.5, '2.5'],
    [Number.NaN, ''],
    [Number.NEGATIVE_INFINITY, ''],
  ])('%j → %j', (input, expected) => {
    expect(safeCell(input)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('writes a BOM, LF line endings and quotes only where needed', () => {
    const csv = toCsv(['id', 'name', 'note', 'n'], [
      ['p1', 'Inês Costa', 'plain; list', 3],
      ['p2', 'Smith, Jo', 'say "hi"', -3],
      ['p3', '=HYPERLINK("x")', 'two\nlines', null],
    ]);
    expect(csv).toBe(
      BOM +
        'id,name,note,n\n' +
        'p1,Inês Costa,plain; list,3\n' +
        'p2,"Smith, Jo","say ""hi""",-3\n' +
        `p3,"'=HYPERLINK(""x"")","two\nlines",\n`,
    );
    expect(csv.includes('\r')).toBe(false);
  });

  it('writes the header alone for no rows', () => {
    expect(toCsv(['a', 'b'], [])).toBe(`${BOM}a,b\n`);
  });

  it('quotes a cell holding a lone CR so it stays one record', () => {
    const csv = toCsv(['a', 'b'], [['x\ry', 'z']]);
    expect(csv).toBe(`${BOM}a,b\n"x\ry",z\n`);
    expect(parseStrict(csv)).toEqual([['a', 'b'], ['x\ry', 'z']]);
  });

  it('round-trips through a strict parser', () => {
    const rows: CsvCell[][] = [
      ['Inês', '-3', -3, 'a,b', 'q"uote', '  padded  ', ''],
      ['+49 30', '@x', 1e21, 'multi\r\nline', '\ttab', 'ok', null],
      ['', undefined, 0, ',', '"', '; ', 'é😀'],
    ];
    const parsed = parseStrict(toCsv(['a', 'b', 'c', 'd', 'e', 'f', 'g'], rows));
    expect(parsed[0]).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(parsed.slice(1)).toEqual(rows.map((row) => row.map(safeCell)));
  });

  it('writes the same bytes as csv-stringify with the conventions, on hostile cells', () => {
    // A seeded mix of the characters that matter to quoting and formula guards.
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const pieces = ['a', 'é', '😀', ',', '"', '""', '\r', '\n', '\r\n', '\t', '=', '+', '-', '@', "'", ' ', ';', '０', '＝', 'x y'];
    const cell = (): CsvCell => {
      const kind = random(10);
      if (kind === 0) return null;
      if (kind === 1) return undefined;
      if (kind === 2) return [0, -3, 1.5, 1e21, Number.NaN, Infinity][random(6)]!;
      return Array.from({ length: random(5) }, () => pieces[random(pieces.length)]).join('');
    };
    for (let trial = 0; trial < 200; trial++) {
      const width = 1 + random(6);
      const header = Array.from({ length: width }, () => String(cell() ?? 'h'));
      const rows = Array.from({ length: random(6) }, () => Array.from({ length: width }, cell));
      const reference = stringify([header.map((h) => safeCell(h)), ...rows.map((row) => row.map((c) => safeCell(c)))], {
        bom: true,
        delimiter: ',',
        quote: '"',
        escape: '"',
        record_delimiter: '\n',
        quote_record_delimiter: true,
        eof: true,
        escape_formulas: false,
      });
      expect(toCsv(header, rows), `trial ${trial}`).toBe(reference);
    }
  });

  it('joins lists with "; "', () => {
    expect(joinList(['a', 'b', 'c'])).toBe('a; b; c');
  });
});
