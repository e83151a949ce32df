import { createReadStream } from 'node:fs';

/** Bytes read at a time: large enough that per-chunk work vanishes, small enough to keep memory flat. */
export const CHUNK_BYTES = 256 * 1024;

/** The file is not UTF-8. `newlinesBefore`: line breaks in the failing chunk before the first bad byte. */
export class Utf8Error extends Error {
  override name = 'Utf8Error';
  constructor(readonly newlinesBefore: number) {
    super('not valid UTF-8');
  }
}

/**
 * The file as UTF-8 text, chunk by chunk. A leading BOM is dropped (the
 * TextDecoder default); bytes that are not UTF-8 throw a Utf8Error, so a
 * Latin-1 or UTF-16 export is reported instead of read as mojibake. I/O
 * errors (ENOENT, EISDIR, EACCES) are thrown as they come.
 */
export async function* decodeFile(abs: string): AsyncGenerator<string, void, undefined> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let last: Buffer | undefined;
  for await (const chunk of createReadStream(abs, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>) {
    last = chunk;
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      const at = invalidUtf8At(chunk);
      throw new Utf8Error(countByte(chunk, 0x0a, at < 0 ? 0 : at));
    }
    if (text.length > 0) yield text;
  }
  let tail: string;
  try {
    tail = decoder.decode();
  } catch {
    // A multi-byte sequence cut off by the end of the file: it sits after the last chunk's line breaks.
    throw new Utf8Error(last ? countByte(last, 0x0a, last.length) : 0);
  }
  if (tail.length > 0) yield tail;
}

function countByte(bytes: Uint8Array, byte: number, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === byte) n++;
  return n;
}

/**
 * Index of the first byte that cannot be UTF-8, or -1. Up to three leading
 * continuation bytes are taken to finish a sequence begun in the previous
 * chunk; a sequence cut off at the end is left to the next chunk.
 */
export function invalidUtf8At(b: Uint8Array): number {
  let i = 0;
  while (i < 3 && i < b.length && (b[i]! & 0xc0) === 0x80) i++;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= n; k++) {
      if (i + k >= b.length) return -1;
      const d = b[i + k]!;
      if (k === 1 ? d < lo || d > hi : (d & 0xc0) !== 0x80) return i;
    }
    i += n + 1;
  }
  return -1;
}
