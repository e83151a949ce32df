import { describe, expect, it } from 'vitest';
import type { CsvEngine } from '../../src/records/csv.js';
import { fastRows, splitQuoted } from '../../src/records/csv-fast.js';
import { streamRows } from '../../src/records/csv-stream.js';
import { CHUNK_BYTES, incompleteTail, invalidUtf8At } from '../../src/records/decode.js';
import { csvFile } from './helpers.js';

interface Rows {
  rows: Array<[number, string[]]>;
  problems: string[];
}

async function rowsOf(content: string | Buffer, engine: CsvEngine): Promise<Rows> {
  const file = csvFile(content, 'rows.csv');
  const result: Rows = { rows: [], problems: [] };
  const onRow = (fields: string[], line: number): void => void result.rows.push([line, [...fields]]); // engines may reuse the array
  const problem = (line: number, message: string): void => void result.problems.push(`${line} ${message}`);
  for await (const _ of (engine === 'fast' ? fastRows : streamRows)(file.abs, onRow, problem));
  return result;
}

/** Both engines, which must agree; the fast one's rows. */
async function rows(content: string | Buffer): Promise<Rows> {
  const fast = await rowsOf(content, 'fast');
  expect(await rowsOf(content, 'csv-parse')).toEqual(fast);
  return fast;
}

describe('the CSV layer (both engines)', () => {
  it('splits plain lines, LF or CRLF or both, and numbers them', async () => {
    const expected = [
      [1, ['a', 'b', 'c']],
      [2, ['1', '2', '3']],
      [3, ['4', '', '6']],
    ];
    expect((await rows('a,b,c\n1,2,3\n4,,6\n')).rows).toEqual(expected);
    expect((await rows('a,b,c\r\n1,2,3\r\n4,,6\r\n')).rows).toEqual(expected);
    expect((await rows('a,b,c\r\n1,2,3\n4,,6\r\n')).rows).toEqual(expected);
    expect((await rows('a,b,c\n1,2,3\r\n4,,6')).rows).toEqual(expected);
  });

  it('drops a BOM', async () => {
    expect((await rows('\uFEFFparticipant,date\r\nanna,2026-03-03\r\n')).rows).toEqual([
      [1, ['participant', 'date']],
      [2, ['anna', '2026-03-03']],
    ]);
  });

  it('skips comment lines (# first) and empty lines anywhere, keeping line numbers', async () => {
    const text = '# export of 2026-03-10\n\na,b\r\n# a note, with "quotes\n\r\n1,2\n   \n3,# not a comment\n# last';
    expect((await rows(text)).rows).toEqual([
      [3, ['a', 'b']],
      [6, ['1', '2']],
      [7, ['   ']], // white space is not empty: the table layer skips blank rows
      [8, ['3', '# not a comment']],
    ]);
  });

  it('reads quoted commas, doubled quotes and line breaks, with the line a record starts on', async () => {
    const text = [
      'id,comment,n',
      '1,"Smith, Anna",x',
      '2,"she said ""hi""",y',
      '3,"two',
      'lines",z',
      '# between',
      '4,"crlf\r\ninside",w',
      '5,"""",""',
      '6,"# not a comment',
      '# still the field",v',
      '7,last,"no newline at the end"',
    ].join('\n');
    expect((await rows(text)).rows).toEqual([
      [1, ['id', 'comment', 'n']],
      [2, ['1', 'Smith, Anna', 'x']],
      [3, ['2', 'she said "hi"', 'y']],
      [4, ['3', 'two\nlines', 'z']],
      [7, ['4', 'crlf\r\ninside', 'w']],
      [9, ['5', '"', '']],
      [10, ['6', '# not a comment\n# still the field', 'v']],
      [12, ['7', 'last', 'no newline at the end']],
    ]);
  });

  it('counts lines right after CRLF line breaks inside quotes (csv-parse alone counts them twice)', async () => {
    const text = 'a,b\r\n"1\r\n2\r\n3",x\r\nnext,y\r\n';
    expect((await rows(text)).rows).toEqual([
      [1, ['a', 'b']],
      [2, ['1\r\n2\r\n3', 'x']],
      [5, ['next', 'y']],
    ]);
  });

  it('keeps a lone CR as text', async () => {
    expect((await rows('a,b\nx\ry,"p\rq"\n')).rows).toEqual([
      [1, ['a', 'b']],
      [2, ['x\ry', 'p\rq']],
    ]);
  });

  it('gives nothing for an empty file, a BOM alone, or comments alone', async () => {
    for (const text of ['', '\uFEFF', '# only a comment\n\n# and another\r\n', '\n\n\r\n']) expect(await rows(text)).toEqual({ rows: [], problems: [] });
  });

  it('reports a quote that is never closed at the line it opens, after the rows before it', async () => {
    const fast = await rowsOf('a,b\n1,2\n3,"open\n4,5\n6,7\n', 'fast');
    expect(fast.rows).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
    ]);
    expect(fast.problems).toEqual(['3 the quoted field opened on line 3 is not closed; the rest of the file is not read']);
    expect(await rowsOf('a,b\n1,2\n# note\n\n3,"open\n4,5\n6,7\n', 'csv-parse')).toEqual({
      rows: fast.rows,
      problems: ['5 the quoted field opened on line 5 is not closed; the rest of the file is not read'],
    });
    expect((await rows('a,b\n"x')).problems).toEqual(['2 the quoted field opened on line 2 is not closed; the rest of the file is not read']);
  });

  it('reports a stray quote in a field, and reads no further', async () => {
    const result = await rows('a,b\n1,2\n3,ab"c\n4,5\n');
    expect(result.rows).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
    ]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/^3 a quote inside a field that does not start with one \(field 2\)/);
    const after = await rows('a,b\n"x"y,2\n4,5\n');
    expect(after.rows).toEqual([[1, ['a', 'b']]]);
    expect(after.problems[0]).toMatch(/^2 text after a closing quote/);
  });

  it('reports bytes that are not UTF-8 at their line', async () => {
    const latin1 = Buffer.concat([Buffer.from('participant,name\nanna,Anna\nines,'), Buffer.from([0x49, 0x6e, 0xea, 0x73]), Buffer.from('\nzoe,Zoe\n')]);
    const result = await rows(latin1);
    expect(result.rows).toEqual([
      [1, ['participant', 'name']],
      [2, ['anna', 'Anna']],
    ]);
    expect(result.problems).toEqual(['3 the file is not UTF-8; it is not read from here on']);
    // UTF-16 (Excel's "Unicode text") starts with FF FE.
    expect((await rows(Buffer.from('\uFEFFa,b\n', 'utf16le'))).problems).toEqual(['1 the file is not UTF-8; it is not read from here on']);
    // A sequence cut off by the end of the file.
    expect((await rows(Buffer.concat([Buffer.from('a,b\nx,'), Buffer.from([0xc5])]))).problems).toEqual(['2 the file is not UTF-8; it is not read from here on']);
  });

  it('decodes characters split across chunks', async () => {
    for (const ch of ['ł', '€', '😀']) {
      // Put the character right across the first chunk boundary, at each possible offset.
      for (let shift = 0; shift < Buffer.byteLength(ch); shift++) {
        const head = 'name,note\n';
        const pad = 'x'.repeat(CHUNK_BYTES - head.length - 6 - shift - 1);
        const text = `${head}${pad},a${ch}b\nIn${ch}s,${ch}\n`;
        const result = await rowsOf(text, 'fast');
        expect(result.problems).toEqual([]);
        expect(result.rows).toEqual([
          [1, ['name', 'note']],
          [2, [pad, `a${ch}b`]],
          [3, [`In${ch}s`, ch]],
        ]);
      }
    }
  });

  it('decodes characters cut by a chunk boundary, wherever it falls in a line longer than a chunk', async () => {
    const chars = 'ł€😀x'; // 2, 3, 4 and 1 bytes: boundaries land on every offset within a character
    const long = chars.repeat(Math.ceil((2.5 * CHUNK_BYTES) / Buffer.byteLength(chars)));
    for (let shift = 0; shift < 4; shift++) {
      const lead = 'y'.repeat(shift);
      expect((await rows(`name,note\n${lead},${long}\nIn€s,😀\n`)).rows).toEqual([
        [1, ['name', 'note']],
        [2, [lead, long]],
        [3, ['In€s', '😀']],
      ]);
    }
  });

  it('reads a CRLF line end cut by a chunk boundary', async () => {
    // Lines about one chunk long: for some of them the CR ends a chunk and the LF starts the next.
    for (let n = CHUNK_BYTES - 10; n <= CHUNK_BYTES + 10; n++) {
      const x = 'x'.repeat(n);
      expect((await rows(`a,b\r\n${x},y\r\nlast,z\r\n`)).rows).toEqual([
        [1, ['a', 'b']],
        [2, [x, 'y']],
        [3, ['last', 'z']],
      ]);
    }
  });

  it('reads a quoted field cut by a chunk boundary, within a line or across lines', async () => {
    for (const n of [CHUNK_BYTES - 20, CHUNK_BYTES - 3, CHUNK_BYTES + 7, 2 * CHUNK_BYTES]) {
      const inside = `${'q'.repeat(n)}\r\n"${'r'.repeat(n >> 1)}\n,s`;
      const text = `a,b\n1,"${inside.replace(/"/g, '""')}"\r\n# note\n2,"x\ny"\n`;
      expect((await rows(text)).rows).toEqual([
        [1, ['a', 'b']],
        [2, ['1', inside]],
        [6, ['2', 'x\ny']],
      ]);
    }
  });

  it('agrees with csv-parse on lines with quotes, well-formed or not', async () => {
    const lines = [
      '"a","b,c",d',
      '"a",b"c,d',
      'a,"b",c"d',
      '"a",b,c"d"',
      'a,b,"c"',
      'a,"b"""',
      '"""a""",""',
      '",",","',
      ',"",',
      '"a"" b","c"',
      '"a" ,b',
      '"a"b,c',
      'a"b,"c',
      '"a"",b',
      'x,"a""\n""b",y',
      'x,"a\r\n""b""\r\nc",y',
      '"open\nstill "" open\r\nclosed",z',
      '"a"\r\n"b"',
    ];
    for (const line of lines) await rows(`h1,h2,h3\n${line}\nlast,1,2\n`);
    expect((await rows('h1,h2,h3\nx,"a""\n""b",y\nlast,1,2\n')).rows).toEqual([
      [1, ['h1', 'h2', 'h3']],
      [2, ['x', 'a"\n"b', 'y']],
      [4, ['last', '1', '2']],
    ]);
  });

  it('agrees with csv-parse on files of many chunks, with a BOM or without', async () => {
    for (const bom of [true, false]) {
      const { text, expected } = generate(4, 300_000, bom);
      expect(text.startsWith('\uFEFF')).toBe(bom);
      const result = await rows(text);
      expect(result.problems).toEqual([]);
      expect(result.rows).toEqual(expected);
    }
  });

  it('reports a record over 1 MiB (an unclosed quote, or lone-CR line ends) without reading it all', async () => {
    const crOnly = `a,b\r${'1,2\r'.repeat(300_000)}`;
    const result = await rowsOf(crOnly, 'fast');
    expect(result.rows).toEqual([]);
    expect(result.problems).toEqual(['1 a record longer than 1 MiB; the rest of the file is not read']);
    const open = await rowsOf(`a,b\n"${'x,\n'.repeat(400_000)}`, 'fast');
    expect(open.rows).toEqual([[1, ['a', 'b']]]);
    expect(open.problems).toEqual(['2 a record longer than 1 MiB; the rest of the file is not read']);
  });

  it('agrees with csv-parse, and with the writer, on generated files across chunk boundaries', async () => {
    for (const seed of [1, 2, 3]) {
      const { text, expected } = generate(seed, 300_000); // several 64 KiB chunks
      const result = await rows(text);
      expect(result.problems).toEqual([]);
      expect(result.rows.length).toBe(expected.length);
      expect(result.rows).toEqual(expected);
    }
  });
});

describe('splitQuoted (the fast path for lines with quotes)', () => {
  it('splits well-formed RFC 4180 records', () => {
    expect(splitQuoted('"a","b,c",d')).toEqual(['a', 'b,c', 'd']);
    expect(splitQuoted('"",x,""')).toEqual(['', 'x', '']);
    expect(splitQuoted('"say ""hi""",')).toEqual(['say "hi"', '']);
    expect(splitQuoted('a,"multi\r\nline"')).toEqual(['a', 'multi\r\nline']);
  });

  it('leaves anything else to csv-parse', () => {
    for (const text of ['a"b,c', '"a"b,c', '"a" ,c', '"open', 'a,"b""']) expect(splitQuoted(text)).toBeUndefined();
  });
});

describe('UTF-8 helpers', () => {
  it('finds the first invalid byte', () => {
    expect(invalidUtf8At(Buffer.from('abc'))).toBe(-1);
    expect(invalidUtf8At(Buffer.from([0x61, 0xff]))).toBe(1);
    expect(invalidUtf8At(Buffer.from([0x61, 0xc3, 0x28]))).toBe(1);
    expect(invalidUtf8At(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // a surrogate
    expect(invalidUtf8At(Buffer.from([0xe0, 0x80, 0x80]))).toBe(0); // overlong
  });

  it('measures a sequence cut off at the end', () => {
    expect(incompleteTail(Buffer.from('ab'))).toBe(0);
    expect(incompleteTail(Buffer.from('é').subarray(0, 1))).toBe(1);
    expect(incompleteTail(Buffer.from('a😀').subarray(0, 4))).toBe(3);
    expect(incompleteTail(Buffer.from('a😀'))).toBe(0);
  });
});

/** mulberry32 */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A CSV of at least `size` characters, written the way exporters do (quoting
 * fields that need it, sometimes others), with comment and empty lines, LF and
 * CRLF line ends, and a BOM when `bom` (default: by chance): the text and the
 * rows a reader must find, with their lines.
 */
function generate(seed: number, size: number, bom?: boolean): { text: string; expected: Array<[number, string[]]> } {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const pieces = ['anna', 'Inês', 'Łukasz', '😀', ' ', ',', '"', '\n', '\r\n', '#', 'x', '2026-03-04', '88%', '\r', 'é'];
  let text = (bom ?? rnd() < 0.5) ? '\uFEFF' : '';
  let line = 1;
  const expected: Array<[number, string[]]> = [];
  while (text.length < size) {
    const end = rnd() < 0.3 ? '\r\n' : '\n';
    const r = rnd();
    if (r < 0.05) {
      text += `# comment ${pick(pieces).replace(/[\r\n]/g, '')} "${end}`;
      line++;
      continue;
    }
    if (r < 0.08) {
      text += end;
      line++;
      continue;
    }
    const width = 1 + Math.floor(rnd() * 6);
    const fields: string[] = [];
    for (let i = 0; i < width; i++) {
      let field = '';
      const n = Math.floor(rnd() * 4);
      for (let k = 0; k < n; k++) field += pick(pieces);
      fields.push(field);
    }
    if (width === 1 && fields[0] === '') fields[0] = 'x'; // an empty line is not a row
    const cells = fields.map((field, i) => {
      const must = /[",\r\n]/.test(field) || (i === 0 && field.startsWith('#'));
      return must || rnd() < 0.1 ? `"${field.replace(/"/g, '""')}"` : field;
    });
    const record = cells.join(',');
    expected.push([line, fields]);
    text += record + end;
    line += 1 + (record.match(/\n/g)?.length ?? 0);
  }
  return { text, expected };
}
