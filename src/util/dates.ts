/**
 * Calendar dates as whole day numbers (days since 1970-01-01), so date
 * arithmetic never meets a time zone or a daylight-saving hour.
 */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A real calendar date in `YYYY-MM-DD`, or undefined (`2025-02-30` is not one). */
export function parseDate(text: string): DayNumber | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  return ms / MS_PER_DAY;
}

/** Formatted dates, memoised: a plan formats the same few hundred dates for every session and row. */
const formatted = new Map<DayNumber, string>();

export function formatDate(day: DayNumber): string {
  let text = formatted.get(day);
  if (text === undefined) {
    if (formatted.size >= 100_000) formatted.clear();
    text = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    formatted.set(day, text);
  }
  return text;
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayIndex(day: DayNumber): number {
  return (((day + 3) % 7) + 7) % 7;
}

export function weekdayOf(day: DayNumber): Weekday {
  return WEEKDAYS[weekdayIndex(day)]!;
}

/** The first date on or after `from` that falls on `weekday`. */
export function nextWeekday(from: DayNumber, weekday: Weekday): DayNumber {
  return from + ((WEEKDAYS.indexOf(weekday) - weekdayIndex(from) + 7) % 7);
}

/** Same day of month `months` later, clamped to the month's last day (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(day: DayNumber, months: number): DayNumber {
  const date = new Date(day * MS_PER_DAY);
  const target = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), target + 1, 0)).getUTCDate();
  return Date.UTC(date.getUTCFullYear(), target, Math.min(date.getUTCDate(), lastDay)) / MS_PER_DAY;
}

/** The last date of the calendar month holding `day`. */
export function endOfMonth(day: DayNumber): DayNumber {
  const date = new Date(day * MS_PER_DAY);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0) / MS_PER_DAY;
}

/** Today's date in an IANA time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): DayNumber {
  const text = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  return parseDate(text)!;
}

const zoneCache = new Map<string, boolean>();

/** True for names the runtime's IANA time-zone database knows. */
export function isTimeZone(name: string): boolean {
  let known = zoneCache.get(name);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: name });
      // Intl also takes lower-case spellings and abbreviations such as "EST";
      // only the Area/Location form (or UTC) is an IANA name as users write it.
      known = name === 'UTC' || /^[A-Z][A-Za-z_-]*(\/[A-Za-z0-9_+-]+)+$/.test(name);
    } catch {
      known = false;
    }
    zoneCache.set(name, known);
  }
  return known;
}

/** `HH:MM` for minutes since midnight (parseClock's inverse). */
export function formatClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Minutes since midnight for a valid `HH:MM`, else undefined. */
export function parseClock(text: string): number | undefined {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/** Minutes in a duration such as `30m`, `1h`, `1h30m`; undefined when malformed or zero. */
export function parseDuration(text: string): number | undefined {
  const match = /^(?:(\d+)h)?(?:(\d+)m)?$/.exec(text);
  if (!match || (match[1] === undefined && match[2] === undefined)) return undefined;
  const minutes = Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
  return minutes > 0 ? minutes : undefined;
}
