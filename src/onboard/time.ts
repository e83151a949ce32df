import { DateTime } from 'luxon';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A session's times as one person sees them, in their own zone. */
export interface LocalTimes {
  /** "Tue 3 Mar 2026, 08:00–08:30 (America/New_York)". */
  label: string;
  /** Local date, `YYYY-MM-DD`. */
  date: string;
  /** "Tue 3 Mar 2026". */
  day: string;
  start: string;
  end: string;
  timezone: string;
}

/**
 * An interval of exact instants in a zone. English names are spelled out
 * here rather than taken from Intl, so output never depends on the machine's
 * locale; a zone Luxon does not know falls back to UTC.
 */
export function localTimes(startUtc: string, endUtc: string, zone: string): LocalTimes {
  let start = DateTime.fromISO(startUtc, { zone: 'utc' }).setZone(zone);
  let end = DateTime.fromISO(endUtc, { zone: 'utc' }).setZone(zone);
  let shownZone = zone;
  if (!start.isValid || !end.isValid) {
    start = DateTime.fromISO(startUtc, { zone: 'utc' });
    end = DateTime.fromISO(endUtc, { zone: 'utc' });
    shownZone = 'UTC';
  }
  const day = dayLabel(start);
  const sameDay = start.toISODate() === end.toISODate();
  const until = sameDay ? end.toFormat('HH:mm') : `${dayLabel(end)}, ${end.toFormat('HH:mm')}`;
  const dash = sameDay ? '–' : ' – ';
  return {
    label: `${day}, ${start.toFormat('HH:mm')}${dash}${until} (${shownZone})`,
    date: start.toISODate() ?? '',
    day,
    start: start.toFormat('HH:mm'),
    end: end.toFormat('HH:mm'),
    timezone: shownZone,
  };
}

/** "Mon 2 Mar 2026" for a `YYYY-MM-DD` date ('' when it is not one). */
export function dateLabel(date: string): string {
  const parsed = DateTime.fromISO(date, { zone: 'utc' });
  return parsed.isValid ? dayLabel(parsed) : '';
}

/** "Wednesday" for `wed`. */
export function weekdayName(weekday: string): string {
  const index = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(weekday);
  return index === -1 ? weekday : WEEKDAY_NAMES[index]!;
}

function dayLabel(at: DateTime): string {
  return `${WEEKDAYS[at.weekday - 1]} ${at.day} ${MONTHS[at.month - 1]} ${at.year}`;
}
