import type { PlannedSession } from '../plan/types.js';

/** Code-unit order: the same on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Text with numbers compared by value, so `g2` sorts before `g10`; ties fall back to code-unit order. */
export function naturalCompare(a: string, b: string): number {
  const pa = tokens(a);
  const pb = tokens(b);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x.text === y.text) continue;
    if (x.number !== undefined && y.number !== undefined) {
      if (x.number.length !== y.number.length) return x.number.length - y.number.length;
      if (x.number !== y.number) return compareText(x.number, y.number);
      continue;
    }
    return compareText(x.text, y.text);
  }
  return pa.length - pb.length || compareText(a, b);
}

/** A run of digits or of other characters; a run of digits also without its leading zeros. */
interface Token {
  text: string;
  number?: string;
}

/** Tokens per text, memoised: sorting compares the same few group ids again and again. */
const tokenMemo = new Map<string, readonly Token[]>();

function tokens(text: string): readonly Token[] {
  let found = tokenMemo.get(text);
  if (found === undefined) {
    if (tokenMemo.size >= 10_000) tokenMemo.clear();
    found = (text.match(/\d+|\D+/g) ?? []).map((run) => (/^\d/.test(run) ? { text: run, number: run.replace(/^0+/, '') } : { text: run }));
    tokenMemo.set(text, found);
  }
  return found;
}

/** The one session order of every output: date, start time, group (`all` first), type, then id. */
export function compareSessions(a: PlannedSession, b: PlannedSession): number {
  return (
    compareText(a.date, b.date) ||
    compareText(a.start, b.start) ||
    compareGroups(a.group, b.group) ||
    compareText(a.type, b.type) ||
    compareText(a.id, b.id)
  );
}

/** Cohort-wide (`all`) first, then groups in natural order. */
export function compareGroups(a: string, b: string): number {
  if (a === b) return 0;
  if (a === 'all') return -1;
  if (b === 'all') return 1;
  return naturalCompare(a, b);
}
