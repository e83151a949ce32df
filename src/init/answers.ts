import { formatDate, isTimeZone, nextWeekday, parseDate } from '../util/dates.js';
import { didYouMean } from '../util/suggest.js';

/** What `cohort init` needs to know; everything else in the scaffold is a placeholder to edit. */
export interface InitAnswers {
  name: string;
  /** Program id (a slug); also the package name. */
  id: string;
  timezone: string;
  /** A starter curriculum id (a file in templates/starters/). */
  curriculum: string;
  /** First cohort start, YYYY-MM-DD. */
  start: string;
}

export const DEFAULT_NAME = 'Citizen Developer Academy';
export const DEFAULT_STARTER = 'foundations';
/** When a name has no letters or digits to make an id from (e.g. only CJK characters). */
export const FALLBACK_ID = 'academy';

const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

// Letters that Unicode decomposition does not split into a base letter and a mark.
const FOLDS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i', ħ: 'h' };

/** A metadata id from a title: lower-case ASCII, diacritics folded, runs of anything else become one `-`, at most 63 characters. */
export function slugify(text: string): string {
  const folded = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøđðłþıħ]/g, (c) => FOLDS[c]!);
  return folded
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 63)
    .replace(/-+$/, '');
}

/** The program id for a name: its slug, or `academy` when nothing is left of it. */
export function idFromName(name: string): string {
  return slugify(name) || FALLBACK_ID;
}

/** This machine's IANA zone, or UTC when the runtime reports none (or an alias such as "EST"). */
export function defaultTimezone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isTimeZone(zone) ? zone : 'UTC';
}

/** The first Monday strictly after `today` (a Monday gives the next one): a week to prepare. */
export function firstMondayAfter(today: string): string {
  return formatDate(nextWeekday(parseDate(today)! + 1, 'mon'));
}

/** What is wrong with a value: the message names the value, the hint shows a fix. */
export interface Problem {
  message: string;
  hint: string;
}

/*
 * Each check returns a Problem, or undefined. The same words serve a usage
 * error for a flag and a prompt's inline validation message.
 */

export function nameProblem(name: string): Problem | undefined {
  if (name.trim() === '') return { message: 'the academy needs a name', hint: 'for example Contoso Citizen Developer Academy' };
  if (/\p{Cc}/u.test(name)) return { message: 'the name must be a single line of text', hint: 'leave out line breaks and tabs' };
  return undefined;
}

export function idProblem(id: string): Problem | undefined {
  if (SLUG.test(id)) return undefined;
  return { message: `"${id}" is not an id`, hint: 'use 1 to 63 lower-case letters, digits and hyphens, starting with a letter or digit, for example contoso-academy' };
}

export function timezoneProblem(zone: string): Problem | undefined {
  if (isTimeZone(zone)) return undefined;
  return { message: `"${zone}" is not an IANA time zone`, hint: 'write it as Area/City, for example Europe/Berlin or America/New_York, or UTC' };
}

export function startProblem(date: string): Problem | undefined {
  if (parseDate(date) !== undefined) return undefined;
  return { message: `"${date}" is not a date`, hint: 'write it as YYYY-MM-DD, for example 2026-03-02' };
}

export function starterProblem(id: string, starters: readonly string[]): Problem | undefined {
  if (starters.includes(id)) return undefined;
  return { message: `there is no starter curriculum "${id}"${didYouMean(id, starters)}`, hint: `choose one of ${starters.join(', ')}` };
}
