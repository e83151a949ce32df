import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics.js';
import { pretty } from '../../src/format/pretty.js';

function render(line: string, column: number, endColumn: number): string[] {
  const finding: Diagnostic = { file: 'cohorts/a.yaml', line: 2, column, endLine: 2, endColumn, severity: 'error', rule: 'schema/type', message: 'bad' };
  const text = ['before: 1', line, 'after: 2'];
  return pretty({ diagnostics: [finding], summary: { errors: 1, warnings: 0, files: 1 }, rules: [], lineText: (_, n) => text[n - 1] ?? '', color: false, toolVersion: '0' }).split('\n');
}

describe('pretty code frames', () => {
  it('show a short line whole, with the carets under the finding', () => {
    const [, , shown, carets] = render('key: value', 6, 11);
    expect(shown).toBe('> 2 | key: value');
    expect(carets).toBe('    |      ^^^^^');
  });

  it('cut a very long line around the finding, keeping the carets under it', () => {
    const long = `${'x'.repeat(5_000)}BAD${'y'.repeat(5_000_000)}`;
    const frame = render(long, 5_001, 5_004);
    const [, , shown, carets] = frame;
    expect(frame.join('\n').length).toBeLessThan(1_000);
    expect(shown).toMatch(/^> 2 \| …x{40}BADy+…$/);
    expect(shown!.indexOf('BAD')).toBe(carets!.indexOf('^^^'));
  });

  it('never print control characters, which could move the terminal cursor', () => {
    const [, , shown] = render('name: "a\u0000b\u001b[2Jc"', 7, 8);
    expect(shown).toBe('> 2 | name: "a\uFFFDb\uFFFD[2Jc"');
  });
});
