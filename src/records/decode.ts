import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';

/** Bytes read at a time: per-chunk work (an async step, a batch of records) stays negligible, and the batch of records alive at once stays small for the garbage collector (64 KiB measured a little faster than 256 KiB and 1 MiB). */
export const CHUNK_BYTES = 64 * 1024;

/** The file is not UTF-8; the text before the first bad byte has been yielded, so the bad byte is on the line being read. */
export class Utf8Error extends Error {
  override name = 'Utf8Error';
  constructor() {
    super('not valid UTF-8');
  }
}

/**
 * The file as UTF-8 text, chunk by chunk. A leading BOM is dropped; bytes
 * that are not UTF-8 throw a Utf8Error, so a Latin-1 or UTF-16 export is
 * reported instead of read as mojibake. I/O errors (ENOENT, EISDIR, EACCES)
 * are thrown as they come.
 *
 * Each chunk is checked with buffer.isUtf8 (simdutf: ~8 ms for 64 MiB) and
 * decoded with toString; a multi-byte sequence cut by the chunk's end is
 * carried to the next. Twice as fast as a fatal TextDecoder (~180 ms).
 */
export async function* decodeFile(abs: string): AsyncGenerator<string, void, undefined> {
  let carry: Buffer | undefined; // the start of a sequence cut off by the previous chunk's end
  let first = true;
  const decoded = (bytes: Buffer): string => {
    const text = bytes.toString('utf8');
    if (!first) return text;
    first = false;
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  };
  for await (const chunk of createReadStream(abs, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>) {
    const tail = incompleteTail(chunk);
    const whole = chunk.subarray(0, chunk.length - tail);
    const body = carry === undefined ? whole : Buffer.concat([carry, whole]);
    carry = tail > 0 ? Buffer.from(chunk.subarray(chunk.length - tail)) : undefined;
    if (isUtf8(body)) {
      const text = decoded(body);
      if (text.length > 0) yield text;
      continue;
    }
    // The text before the first bad byte is read (its rows count); the error is on the line that byte is in.
    const at = invalidUtf8At(body);
    const text = decoded(body.subarray(0, at < 0 ? 0 : at));
    if (text.length > 0) yield text;
    throw new Utf8Error();
  }
  // A multi-byte sequence cut off by the end of the file: after the last line break.
  if (carry !== undefined) throw new Utf8Error();
}

/** How many bytes at the end of `b` begin a multi-byte sequence that `b` does not finish (0..3). */
export function incompleteTail(b: Uint8Array): number {
  for (let k = 1; k <= 3 && k <= b.length; k++) {
    const c = b[b.length - k]!;
    if ((c & 0xc0) === 0x80) continue; // a continuation byte: its lead is further back
    if (c < 0xc0) return 0; // ASCII
    const length = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
    return length > k ? k : 0;
  }
  return 0;
}

/** Index of the first byte that cannot be UTF-8 (a sequence cut off at the end included), or -1. */
export function invalidUtf8At(b: Uint8Array): number {
  let i = 0;
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
      if (i + k >= b.length) return i;
      const d = b[i + k]!;
      if (k === 1 ? d < lo || d > hi : (d & 0xc0) !== 0x80) return i;
    }
    i += n + 1;
  }
  return -1;
}
