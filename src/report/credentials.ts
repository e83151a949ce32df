import type { Credential } from '../program/model.js';
import { type DayNumber, addMonths, formatDate, parseDate } from '../util/dates.js';
import type { AttendanceTimeline } from './attendance.js';
import type { CredentialResult, ModuleResult } from './types.js';
import { attendanceShort } from './words.js';

/**
 * One credential for one participant (FORMAT.md "Credentials"): earned on
 * the first day every requirement holds, with attendance measured as of that
 * day. Attendance can rise after the other requirements are met, so when it
 * falls short on that day, each later counted session day is tried in turn.
 */
export interface CredentialFacts {
  /** Module id → result, for the modules of their curriculum. */
  modules: ReadonlyMap<string, ModuleResult>;
  /** Day a capstone project with them in its team was first accepted. */
  capstoneOn: DayNumber | undefined;
  attendance: AttendanceTimeline;
  /** Nothing is earned before the cohort begins. */
  cohortStart: DayNumber;
  today: DayNumber;
}

export function evaluateCredential(credential: Credential, facts: CredentialFacts): CredentialResult {
  const requires = credential.requires;
  const missing: string[] = [];
  let candidate = facts.cohortStart;
  for (const id of requires.modules ?? []) {
    const result = facts.modules.get(id);
    const passedOn = result?.passedOn ? parseDate(result.passedOn) : undefined;
    if (passedOn === undefined) missing.push(moduleMissing(id, result));
    else candidate = Math.max(candidate, passedOn);
  }
  if (requires.capstone) {
    if (facts.capstoneOn === undefined) missing.push('capstone accepted');
    else candidate = Math.max(candidate, facts.capstoneOn);
  }
  let earned: DayNumber | undefined = candidate <= facts.today ? candidate : undefined;
  if (earned === undefined && missing.length === 0) missing.push(`cohort starts ${formatDate(facts.cohortStart)}`);
  const threshold = requires.attendance;
  if (threshold !== undefined) {
    const t = facts.attendance;
    const last = t.day.length - 1;
    if (missing.length === 0 && earned !== undefined) {
      earned = attendanceMet(t, threshold, earned);
      if (earned === undefined) missing.push(attendanceMissing(t, threshold));
    } else if (last < 0 || t.present[last]! / t.expected[last]! < threshold) {
      // Not earned for other reasons; attendance is reported as it stands today.
      missing.push(attendanceMissing(t, threshold));
    }
  }
  const base = { credential: credential.id, name: credential.name };
  if (missing.length > 0 || earned === undefined) return { ...base, status: 'in-progress', earnedOn: null, expiresOn: null, missing };
  const expires = credential.validFor !== undefined ? addMonths(earned, credential.validFor) : undefined;
  return {
    ...base,
    status: expires !== undefined && expires <= facts.today ? 'expired' : 'earned',
    earnedOn: formatDate(earned),
    expiresOn: expires !== undefined ? formatDate(expires) : null,
    missing: [],
  };
}

/**
 * The first day on or after `from` on which the attendance rate so far is at
 * least `threshold`: `from` itself when it holds there, else the first later
 * session day on which it does. Undefined when it never does (or nothing is recorded).
 */
export function attendanceMet(timeline: AttendanceTimeline, threshold: number, from: DayNumber): DayNumber | undefined {
  const n = timeline.day.length;
  let i = 0;
  while (i < n && timeline.day[i]! <= from) i++;
  // i - 1 is the last session on or before `from`: the rate as of that day.
  if (i > 0 && timeline.present[i - 1]! / timeline.expected[i - 1]! >= threshold) return from;
  for (; i < n; i++) if (timeline.present[i]! / timeline.expected[i]! >= threshold) return timeline.day[i]!;
  return undefined;
}

function attendanceMissing(timeline: AttendanceTimeline, threshold: number): string {
  const n = timeline.day.length;
  if (n === 0) return `attendance ${threshold} (none recorded yet)`;
  return attendanceShort(timeline.present[n - 1]!, timeline.expected[n - 1]!, threshold);
}

function moduleMissing(id: string, result: ModuleResult | undefined): string {
  if (!result) return `module ${id} (not in the curriculum)`;
  if (result.passScore === null) return `module ${id} (has no assessment)`;
  if (result.status === 'failed' && result.bestScore !== null) return `module ${id} (failed: best score ${result.bestScore}, pass mark ${result.passScore})`;
  return `module ${id}`;
}
