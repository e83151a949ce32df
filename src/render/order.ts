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
    if (x === y) continue;
    const digits = /^\d/.test(x) && /^\d/.test(y);
    if (digits) {
      const nx = x.replace(/^0+/, '');
      const ny = y.replace(/^0+/, '');
      if (nx.length !== ny.length) return nx.length - ny.length;
      if (nx !== ny) return compareText(nx, ny);
      continue;
    }
    return compareText(x, y);
  }
  return pa.length - pb.length || compareText(a, b);
}

/** Runs of digits and of other characters, memoised: sorting compares the same few group ids again and again. */
const tokenMemo = new Map<string, readonly string[]>();

function tokens(text: string): readonly string[] {
  let found = tokenMemo.get(text);
  if (found === undefined) {
    if (tokenMemo.size >= 10_000) tokenMemo.clear();
    tokenMemo.set(text, (found = text.match(/\d+|\D+/g) ?? []));
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
