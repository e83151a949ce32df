import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pseudonymHex, redact } from '../../src/report/redact.js';
import { credentialsCsv, participantsCsv } from '../../src/report/render-csv.js';
import { metricsJson } from '../../src/report/render-json.js';
import { reportMarkdown } from '../../src/report/render-markdown.js';
import { parseStrict } from '../render/strict-csv.js';
import { FIXTURE_PEOPLE, PROGRAM_ID, fixtureReport } from './report-fixture.js';

const hex8 = (id: string) => createHmac('sha256', PROGRAM_ID).update(id).digest('hex').slice(0, 8);

/** Every string in a value, keys included. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)]);
  return [];
}

function expectNoPerson(texts: readonly string[]): void {
  const all = texts.join('\n').toLowerCase();
  for (const person of FIXTURE_PEOPLE) {
    expect(all, person.id).not.toContain(person.id);
    expect(all, person.name).not.toContain(person.name.toLowerCase());
    if (person.email) expect(all, person.email).not.toContain(person.email.toLowerCase());
  }
}

describe('redact', () => {
  const redacted = redact(fixtureReport(), PROGRAM_ID);

  it('leaves no name, email or id of any person anywhere in the model', () => {
    expectNoPerson(strings(redacted));
    expectNoPerson([JSON.stringify(redacted)]);
  });

  it('leaves none in any rendered output either', () => {
    expectNoPerson([participantsCsv(redacted), credentialsCsv(redacted), metricsJson(redacted), reportMarkdown(redacted)]);
  });

  it('replaces a person with person-<hex>, Person <hex>, person-<hex>@redacted.invalid from HMAC(program id, person id)', () => {
    const h = hex8('zoe-sum');
    expect(pseudonymHex(PROGRAM_ID, 'zoe-sum').slice(0, 8)).toBe(h);
    const zoe = redacted.participants.find((p) => p.participant === `person-${h}`)!;
    expect(zoe).toMatchObject({ cohort: 'autumn-2026', name: `Person ${h}`, email: `person-${h}@redacted.invalid`, group: 'g2', department: 'Sales' });
  });

  it('gives the same person the same pseudonym everywhere and in every run', () => {
    const anna = `person-${hex8('anna-schmidt')}`;
    expect(redacted.participants.filter((p) => p.participant === anna).map((p) => p.cohort)).toEqual(['spring-2026', 'autumn-2026']);
    const omar = `person-${hex8('omar-haddad')}`;
    expect(redacted.mentors.find((m) => m.mentor === omar)!.name).toBe(`Person ${hex8('omar-haddad')}`);
    expect(redacted.cohorts[0]!.groups[0]!.lead).toBe(omar);
    expect(redacted.cohorts[1]!.groups.map((g) => g.lead)).toEqual([`person-${hex8('sam-reed')}`, omar]);
    expect(redact(fixtureReport(), PROGRAM_ID)).toEqual(redacted);
    expect(redact(fixtureReport(), 'another-program').participants[0]!.participant).not.toBe(redacted.participants[0]!.participant);
  });

  it('replaces people quoted in free text, and keeps the rest', () => {
    const anna = redacted.participants.find((p) => p.cohort === 'autumn-2026' && p.participant === `person-${hex8('anna-schmidt')}`)!;
    expect(anna.atRiskReasons).toEqual([`no attendance recorded; mentor Person ${hex8('omar-haddad')} to follow up`]);
    expect(redacted.projects.find((p) => p.project === 'invoice-approvals')!.title).toBe(`Invoice approval flow for Person ${hex8('anna-schmidt')}`);
    expect(redacted.participants.flatMap((p) => p.atRiskReasons)).toContain('module data-basics overdue');
  });

  it('keeps cohort, module, credential and project ids and every figure', () => {
    const original = fixtureReport();
    expect(redacted.cohorts.map((c) => c.cohort)).toEqual(original.cohorts.map((c) => c.cohort));
    expect(redacted.modules).toEqual(original.modules);
    expect(redacted.criteria).toEqual(original.criteria);
    expect(redacted.feedback).toEqual(original.feedback);
    expect(redacted.projects.map((p) => p.project)).toEqual(original.projects.map((p) => p.project));
    expect(redacted.participants.flatMap((p) => p.credentials.map((c) => c.credential)).sort()).toEqual(
      original.participants.flatMap((p) => p.credentials.map((c) => c.credential)).sort(),
    );
  });

  it('lengthens the pseudonyms of two people whose first 8 hex characters collide', () => {
    // Found by trying p-0, p-1, … until two HMACs shared their first 8 hex characters.
    const pair = ['p-19831', 'p-78685'] as const;
    expect(hex8(pair[0])).toBe(hex8(pair[1]));
    const report = fixtureReport();
    report.participants[0]!.participant = pair[0];
    report.participants[1]!.participant = pair[1];
    const out = redact(report, PROGRAM_ID);
    const ids = out.participants.map((p) => p.participant);
    expect(ids).toContain(`person-${pseudonymHex(PROGRAM_ID, pair[0]).slice(0, 16)}`);
    expect(ids).toContain(`person-${pseudonymHex(PROGRAM_ID, pair[1]).slice(0, 16)}`);
    expect(ids).toContain(`person-${hex8('anna-schmidt')}`);
  });

  it('does not change its input', () => {
    const report = fixtureReport();
    const before = JSON.stringify(report);
    redact(report, PROGRAM_ID);
    expect(JSON.stringify(report)).toBe(before);
  });

  it('re-sorts participants by their new ids within cohort order', () => {
    const keys = redacted.participants.map((p) => [p.cohort, p.participant] as const);
    const cohortRank = (c: string) => redacted.cohorts.findIndex((x) => x.cohort === c);
    const sorted = [...keys].sort((a, b) => cohortRank(a[0]) - cohortRank(b[0]) || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    expect(keys).toEqual(sorted);
  });

  it('writes redacted CSVs that round-trip through a strict parser', () => {
    for (const csv of [participantsCsv(redacted), credentialsCsv(redacted)]) {
      const rows = parseStrict(csv);
      expect(rows.length).toBeGreaterThan(1);
      expect(new Set(rows.map((r) => r.length)).size).toBe(1);
      for (const row of rows.slice(1)) {
        expect(row[1]).toMatch(/^person-[0-9a-f]{8}$/);
        expect(row[2]).toMatch(/^Person [0-9a-f]{8}$/);
        expect(row[3]).toMatch(/^person-[0-9a-f]{8}@redacted\.invalid$/);
      }
    }
  });
});

describe('CSV formula safety with formula-looking names', () => {
  it('neutralises =, @, + and - at the start of text cells and round-trips', () => {
    const report = fixtureReport();
    report.participants[1]!.department = '+49 Sales';
    report.participants[2]!.department = '-Ops';
    const rows = parseStrict(participantsCsv(report));
    const cells = rows.slice(1).flatMap((r) => [r[2], r[3], r[4]]);
    expect(cells).toEqual(expect.arrayContaining([`'=HYPERLINK("x")`, "'@SUM(1)", "'+49 Sales", "'-Ops", "'=Ops"]));
    for (const cell of rows.slice(1).flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
