/**
 * Participant pins as the planner keeps them, the one reading that
 * `plan` (grouping.ts) and `validate` (pins/conflict) share, so a warning
 * in validate names exactly the pins the planner will set aside.
 */

/** A pin with its place in the cohort's pins list. */
export interface PinAt<P> {
  pin: P;
  index: number;
}

export interface ParticipantPinLike {
  participant: string;
  group: string;
}

/** A participant pin the planner does not keep, and why. */
export type ParticipantPinSetAside<P extends ParticipantPinLike> =
  | { why: 'no-group'; at: PinAt<P> }
  | { why: 'participant-twice'; at: PinAt<P>; kept: PinAt<P> }
  | { why: 'group-full'; at: PinAt<P> };

export interface KeptParticipantPins<P extends ParticipantPinLike> {
  /** Participant id → the pin kept for them, in list order. */
  kept: Map<string, PinAt<P>>;
  /** In list order. */
  setAside: Array<ParticipantPinSetAside<P>>;
}

/**
 * In list order: a pin of someone not in the cohort is left out (validate's
 * ref/participant names it); a pin to a group the cohort does not make
 * (g1…g`groupCount`) is set aside; a participant's first pin wins (the same
 * pin again changes nothing); a group takes at most `max` pinned people.
 */
export function keptParticipantPins<P extends ParticipantPinLike>(pins: ReadonlyArray<PinAt<P>>, inCohort: (id: string) => boolean, groupCount: number, max: number): KeptParticipantPins<P> {
  const result: KeptParticipantPins<P> = { kept: new Map(), setAside: [] };
  const perGroup = new Map<string, number>();
  for (const at of pins) {
    const { participant, group } = at.pin;
    if (!inCohort(participant)) continue;
    const kept = result.kept.get(participant);
    if (groupIndex(group, groupCount) === undefined) result.setAside.push({ why: 'no-group', at });
    else if (kept !== undefined) {
      if (kept.pin.group !== group) result.setAside.push({ why: 'participant-twice', at, kept });
    } else if ((perGroup.get(group) ?? 0) >= max) result.setAside.push({ why: 'group-full', at });
    else {
      result.kept.set(participant, at);
      perGroup.set(group, (perGroup.get(group) ?? 0) + 1);
    }
  }
  return result;
}

/** `g3` → 2 when the cohort has at least 3 groups; undefined for any other id. */
export function groupIndex(id: string, count: number): number | undefined {
  const match = /^g([1-9]\d*)$/.exec(id);
  const index = match ? Number(match[1]) - 1 : -1;
  return index >= 0 && index < count ? index : undefined;
}
