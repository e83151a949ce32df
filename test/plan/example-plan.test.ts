import { describe, expect, it } from 'vitest';
import { fitsWorkingHours } from '../../src/plan/hours.js';
import { type ProgramPlan, planProgram } from '../../src/plan/index.js';
import { planParticipant, programDefaults } from '../../src/plan/people.js';
import { closedDays } from '../../src/plan/sessions.js';
import { loadProgram } from '../../src/program/load.js';
import { parseDate } from '../../src/util/dates.js';
import { validateProgram } from '../../src/validate/index.js';
import { EXAMPLE } from '../helpers/cli.js';

const { model } = validateProgram(loadProgram(EXAMPLE), { today: '2026-11-26' });
const plan: ProgramPlan = planProgram(model, { locks: {} });
const mentors = new Map(plan.mentors.map((m) => [m.id, m]));

describe('planning the example program', () => {
  it('plans without problems', () => {
    expect(plan.problems).toEqual([]);
    expect(plan.cohorts.map((c) => c.cohort)).toEqual(['spring-2026', 'autumn-2026', 'winter-2027']);
  });

  it('gives every group a lead mentor, within capacity on every day', () => {
    const load = new Map<string, Array<{ from: number; to: number }>>();
    for (const cohort of plan.cohorts) {
      for (const group of cohort.groups) {
        expect(mentors.get(group.lead)?.tier, `${cohort.cohort}/${group.id}`).toBe('lead');
        load.set(group.lead, [...(load.get(group.lead) ?? []), { from: cohort.calendar.start, to: cohort.calendar.end }]);
      }
    }
    for (const [id, spans] of load) {
      for (const { from } of spans) {
        const onThatDay = spans.filter((s) => s.from <= from && from <= s.to).length;
        expect(onThatDay, id).toBeLessThanOrEqual(mentors.get(id)!.capacity);
      }
    }
  });

  it('keeps groups within groups.min..max and keeps every pin', () => {
    for (const cohort of plan.cohorts) {
      const spec = model.cohorts.find((c) => c.value.metadata.id === cohort.cohort)!.value.spec;
      for (const group of cohort.groups) {
        expect(group.members.length).toBeGreaterThanOrEqual(spec.groups.min ?? 1);
        expect(group.members.length).toBeLessThanOrEqual(spec.groups.max);
      }
      for (const pin of spec.pins ?? []) {
        const group = cohort.groups.find((g) => g.id === pin.group)!;
        if ('participant' in pin && pin.participant) expect(group.members).toContain(pin.participant);
        if ('lead' in pin && pin.lead) expect(group.lead).toBe(pin.lead);
      }
    }
  });

  it("puts every group session inside every expected member's and the lead's working hours, across DST changes", () => {
    const defaults = programDefaults(model.program!.value.spec);
    let checked = 0;
    for (const cohort of plan.cohorts) {
      const spec = model.cohorts.find((c) => c.value.metadata.id === cohort.cohort)!.value.spec;
      const people = new Map(spec.participants.map((p) => [p.id, planParticipant(p, spec, defaults, cohort.calendar)]));
      for (const session of cohort.sessions.filter((s) => s.group !== 'all')) {
        const group = cohort.groups.find((g) => g.id === session.group)!;
        const day = parseDate(session.date)!;
        const expected = group.members.map((id) => people.get(id)!).filter((p) => p.from <= day && day <= p.to);
        for (const person of [...expected, mentors.get(session.lead)!]) {
          expect(fitsWorkingHours(person, Date.parse(session.startUtc), Date.parse(session.endUtc)), `${session.id} ${person.id}`).toBe(true);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('puts no session on a holiday or a non-working day', () => {
    const closed = closedDays(model.program!.value.spec);
    for (const cohort of [...plan.cohorts, plan.communities!]) {
      for (const session of cohort.sessions) expect(closed(parseDate(session.date)!), session.id).toBe(false);
    }
  });

  it('names sessions cohort/group/type/date, uniquely', () => {
    const ids = plan.cohorts.flatMap((c) => c.sessions.map((s) => s.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+\/(all|g\d+)\/[a-z0-9-]+\/\d{4}-\d{2}-\d{2}$/);
  });

  it('never gives a lead two sessions at once', () => {
    const byLead = new Map<string, Array<[number, number, string]>>();
    for (const s of [...plan.cohorts, plan.communities!].flatMap((c) => c.sessions)) {
      if (s.lead) byLead.set(s.lead, [...(byLead.get(s.lead) ?? []), [Date.parse(s.startUtc), Date.parse(s.endUtc), s.id]]);
    }
    for (const [lead, spans] of byLead) {
      spans.sort((a, b) => a[0] - b[0]);
      for (let i = 1; i < spans.length; i++) expect(spans[i]![0], `${lead}: ${spans[i - 1]![2]} and ${spans[i]![2]}`).toBeGreaterThanOrEqual(spans[i - 1]![1]);
    }
  });
});
