import { createHmac } from 'node:crypto';
import { sortedParticipants } from './render-format.js';
import { compareText } from '../render/order.js';
import type { ReportModel } from './types.js';

/** A person's stand-in in a redacted report. */
export interface Pseudonym {
  /** `person-<hex>` */
  id: string;
  /** `Person <hex>` */
  name: string;
  /** `person-<hex>@redacted.invalid` (RFC 2606: `.invalid` never resolves). */
  email: string;
}

/** Hex characters of a pseudonym; more only where two people would otherwise share one. */
const SHORT = 8;
const LONG = 16;

/**
 * The hex behind a person's pseudonym: HMAC-SHA256 keyed by the program id
 * over the person id. Stable across runs and outputs, different per program,
 * and not reversible without guessing the id.
 */
export function pseudonymHex(programId: string, personId: string): string {
  return createHmac('sha256', programId).update(personId, 'utf8').digest('hex');
}

export function pseudonym(hex: string): Pseudonym {
  return { id: `person-${hex}`, name: `Person ${hex}`, email: `person-${hex}@redacted.invalid` };
}

/**
 * The report with every person replaced by a stable pseudonym, for sharing
 * beyond the program team (`--redact`): participants (id, name, email),
 * group leads, mentors (id, name). The same person id gives the same
 * pseudonym everywhere (a mentor who is also a participant stays one
 * person) and in every run; cohort, module, credential and project ids stay.
 *
 * Pseudonyms use the first 8 hex characters of {@link pseudonymHex}; if two
 * people of this report would share those, both get 16 instead (once in
 * about 10⁴ programs of a thousand people).
 *
 * Free text that could quote a person (at-risk reasons, what a credential
 * still misses, project titles) has their full name, email and id replaced
 * too, as whole words. Participants are re-sorted by their new ids (cohort
 * order first), mentors by theirs, so row order does not hint at the
 * original names.
 */
export function redact(report: ReportModel, programId: string): ReportModel {
  const out = structuredClone(report);

  const ids = new Set<string>();
  for (const p of out.participants) ids.add(p.participant);
  for (const m of out.mentors) ids.add(m.mentor);
  for (const c of out.cohorts) for (const g of c.groups) if (g.lead) ids.add(g.lead);

  const full = new Map([...ids].map((id) => [id, pseudonymHex(programId, id)]));
  const prefixCount = new Map<string, number>();
  for (const hex of full.values()) prefixCount.set(hex.slice(0, SHORT), (prefixCount.get(hex.slice(0, SHORT)) ?? 0) + 1);
  const names = new Map<string, Pseudonym>();
  for (const [id, hex] of full) names.set(id, pseudonym(hex.slice(0, prefixCount.get(hex.slice(0, SHORT))! > 1 ? LONG : SHORT)));
  const alias = (id: string) => names.get(id) ?? pseudonym(pseudonymHex(programId, id).slice(0, SHORT));

  // What free text could quote: full names and emails (from the report) and ids, each with its stand-in.
  const stand = new Map<string, string>();
  const quote = (original: string, by: string) => {
    const key = original.trim().toLowerCase();
    if (key.length >= 2 && !stand.has(key)) stand.set(key, by);
  };
  for (const p of out.participants) {
    const a = alias(p.participant);
    quote(p.email, a.email);
    quote(p.name, a.name);
  }
  for (const m of out.mentors) quote(m.name, alias(m.mentor).name);
  for (const id of ids) quote(id, alias(id).id);
  const scrub = textScrubber(stand);

  for (const p of out.participants) {
    const a = alias(p.participant);
    p.participant = a.id;
    p.name = a.name;
    p.email = a.email;
    p.atRiskReasons = p.atRiskReasons.map(scrub);
    for (const c of p.credentials) c.missing = c.missing.map(scrub);
  }
  for (const c of out.cohorts) for (const g of c.groups) if (g.lead) g.lead = alias(g.lead).id;
  const mentorLists = [out.mentors, ...Object.values(out.byCohort).map((c) => c.mentors)];
  for (const m of mentorLists.flat()) {
    const a = alias(m.mentor);
    m.mentor = a.id;
    m.name = a.name;
  }
  for (const list of mentorLists) list.sort((a, b) => compareText(a.mentor, b.mentor));
  for (const p of out.projects) p.title = scrub(p.title);

  out.participants = sortedParticipants(out);
  return out;
}

/**
 * Replaces every whole-word occurrence (case-insensitive) of a key by its
 * stand-in, in one pass, longest key first, so a replacement is never
 * scanned again and "Anna Schmidt-Lopez" wins over "Anna Schmidt".
 */
function textScrubber(stand: ReadonlyMap<string, string>): (text: string) => string {
  if (stand.size === 0) return (text) => text;
  const keys = [...stand.keys()].sort((a, b) => b.length - a.length || compareText(a, b));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${keys.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_-])`, 'giu');
  return (text) => text.replace(pattern, (match) => stand.get(match.toLowerCase()) ?? match);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
