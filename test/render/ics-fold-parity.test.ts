import { describe, expect, it } from 'vitest';
import { fold } from '../../src/render/ics.js';
import { prng } from '../plan/people.js';

// Folding one character at a time, as first written: the ASCII fast path must give the same lines.
function referenceFold(line: string): string {
  if (line.length <= 75 && !/[^\x00-\x7f]/.test(line)) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

describe('fold', () => {
  it('folds as before, ASCII or not', () => {
    const random = prng(9);
    for (let i = 0; i < 2000; i++) {
      const ascii = random.int(2) === 0;
      const line = Array.from({ length: random.int(320) }, () => (ascii || random.int(8) > 0 ? 'abcXYZ09;:,\\ '[random.int(13)] : ['é', '€', '😀'][random.int(3)])).join('');
      expect(fold(line), JSON.stringify(line)).toBe(referenceFold(line));
    }
  });
});
