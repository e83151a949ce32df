import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';

/** Bytes read at a time (the buffer's size): per-chunk work (an async step, a batch of records) stays negligible, and the batch of records alive at once stays small for the garbage collector (64 KiB measured a little faster than 256 KiB and 1 MiB). */
export const CHUNK_BYTES = 64 * 1024;

/** The file is not UTF-8; the text before the first bad byte has been yielded, so the bad byte is on the line being read. */
export class Utf8Error extends Error {
  override name = 'Utf8Error';
  constructor() {
    super('not valid UTF-8');
  }
}

/**
 * The file as UTF-8 text, chunk by chunk, each chunk ending with a line end
 * (LF) unless a single line fills the whole buffer. A leading BOM is
 * dropped; bytes that are not UTF-8 throw a Utf8Error, so a Latin-1 or
 * UTF-16 export is reported instead of read as mojibake. I/O errors
 * (ENOENT, EISDIR, EACCES) are thrown as they come.
 *
 * Each chunk is checked with buffer.isUtf8 (simdutf: ~8 ms for 64 MiB) and
 * decoded with toString: twice as fast as a fatal TextDecoder (~180 ms).
 *
 * Why chunks end at a line end: the CSV engine then gets whole lines as one
 * flat string, instead of the previous chunk's unfinished line joined to
 * the next chunk (a string concatenation to flatten, per chunk). The bytes
 * after the last LF move to the front of the one buffer, reused, and the
 * next read appends to them. A chunk without an LF (a line longer than the
 * buffer) is decoded up to its last whole character and the rest carried:
 * the engines join partial lines themselves.
 *
 * Why readSync: a report reads its files one after another with nothing
 * else to do meanwhile, and a read through the thread pool per chunk left
 * the main thread waiting on it whenever the machine was busy.
 */
export async function* decodeFile(abs: string): AsyncGenerator<string, void, undefined> {
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let held = 0; // bytes at the front of `buffer` read but not decoded yet
  let first = true;
  const fd = openSync(abs, 'r');
  try {
    for (;;) {
      const n = readSync(fd, buffer, held, buffer.length - held, null);
      if (n === 0) break;
      held += n;
      const lf = buffer.lastIndexOf(10, held - 1);
      if (lf < 0 && held < buffer.length) continue; // a short read: fill the buffer first
      const end = lf >= 0 ? lf + 1 : held - incompleteTail(buffer.subarray(0, held));
      const { text, valid } = decodeChunk(buffer.subarray(0, end), first);
      first = false;
      if (text.length > 0) yield text;
      if (!valid) throw new Utf8Error();
      buffer.copy(buffer, 0, end, held);
      held -= end;
    }
    if (held > 0) {
      // The last line, without a line end; a character cut off by the end of the file is not UTF-8.
      const { text, valid } = decodeChunk(buffer.subarray(0, held), first);
      if (text.length > 0) yield text;
      if (!valid) throw new Utf8Error();
    }
  } finally {
    closeSync(fd);
  }
}

/** `bytes` as text, the BOM dropped when `first`; when they are not UTF-8, the text before the first bad byte (its rows count: the error is on the line that byte is in). */
function decodeChunk(bytes: Buffer, first: boolean): { text: string; valid: boolean } {
  const valid = isUtf8(bytes);
  const end = valid ? bytes.length : Math.max(0, invalidUtf8At(bytes));
  const text = bytes.toString('utf8', 0, end);
  return { text: first && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, valid };
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
