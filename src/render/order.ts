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

/**
 * Sessions in {@link compareSessions} order: the array itself when it
 * already is (one linear check: cohortFiles sorts once, and each page asks
 * again), else a sorted copy (see sortByGroupRank).
 */
export function inSessionOrder(sessions: readonly PlannedSession[]): readonly PlannedSession[] {
  return isInSessionOrder(sessions) ? sessions : sortByGroupRank(sessions);
}

/**
 * Most neighbours share date and start, so the group decides, and natural
 * order is the costly part of a comparison: each group's place is worked out
 * once (a rank), and comparisons use that instead.
 */
function sortByGroupRank(sessions: readonly PlannedSession[]): PlannedSession[] {
  const rank = groupRanks(sessions);
  return sessions
    .map((session) => ({ session, group: rank.get(session.group)! }))
    .sort((x, y) => {
      const a = x.session;
      const b = y.session;
      return compareText(a.date, b.date) || compareText(a.start, b.start) || x.group - y.group || compareText(a.type, b.type) || compareText(a.id, b.id);
    })
    .map((keyed) => keyed.session);
}

function isInSessionOrder(sessions: readonly PlannedSession[]): boolean {
  for (let i = 1; i < sessions.length; i++) if (compareSessions(sessions[i - 1]!, sessions[i]!) > 0) return false;
  return true;
}

/** Each group's position in compareGroups order (a total order: equal only when identical). */
function groupRanks(sessions: readonly PlannedSession[]): Map<string, number> {
  const groups = [...new Set(sessions.map((s) => s.group))].sort(compareGroups);
  return new Map(groups.map((group, i) => [group, i]));
}

/** Cohort-wide (`all`) first, then groups in natural order. */
export function compareGroups(a: string, b: string): number {
  if (a === b) return 0;
  if (a === 'all') return -1;
  if (b === 'all') return 1;
  return naturalCompare(a, b);
}
