import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { OB2_CONTEXT, assertionKeys, hashEmail, openBadges, type BadgesInput } from '../../src/report/badges.js';
import type { OutputFile } from '../../src/io/output.js';
import { FIXTURE_BADGES, FIXTURE_CREDENTIALS, FIXTURE_PEOPLE, PROGRAM_ID, fixtureReport } from './report-fixture.js';

const BASE = 'https://academy.contoso.example/badges';
const input = (): BadgesInput => ({ programId: PROGRAM_ID, badges: FIXTURE_BADGES, credentials: FIXTURE_CREDENTIALS });

type Doc = Record<string, unknown>;
const parse = (file: OutputFile): Doc => JSON.parse(String(file.content)) as Doc;
const byPath = (files: OutputFile[]) => new Map(files.map((f) => [f.path, parse(f)]));

describe('openBadges', () => {
  const files = openBadges(fixtureReport(), input());
  const docs = byPath(files);
  const assertions = files.filter((f) => f.path.startsWith('badges/assertions/'));

  it('writes the issuer, one class per credential, one assertion per earned or expired credential, and an index', () => {
    expect(files.map((f) => f.path).filter((p) => !p.startsWith('badges/assertions/'))).toEqual([
      'badges/classes/automation-pro.json',
      'badges/classes/foundations-badge.json',
      'badges/index.json',
      'badges/issuer.json',
    ]);
    // anna (spring) foundations, ines foundations (expired) + automation-pro, li-wei foundations
    expect(assertions).toHaveLength(4);
    expect(files.map((f) => f.path)).toEqual([...files.map((f) => f.path)].sort());
    for (const f of files) expect(String(f.content).endsWith('}\n')).toBe(true);
  });

  it('writes an OB 2.0 Issuer', () => {
    const issuer = docs.get('badges/issuer.json')!;
    expect(issuer).toEqual({
      '@context': OB2_CONTEXT,
      type: 'Issuer',
      id: `${BASE}/issuer.json`,
      name: 'Contoso Academy',
      url: 'https://academy.contoso.example',
      email: 'academy@contoso.example',
    });
  });

  it('writes OB 2.0 BadgeClasses with every required field', () => {
    for (const c of FIXTURE_CREDENTIALS) {
      const doc = docs.get(`badges/classes/${c.id}.json`)!;
      for (const key of ['@context', 'id', 'type', 'name', 'description', 'image', 'criteria', 'issuer']) expect(doc).toHaveProperty(key);
      expect(doc['@context']).toBe(OB2_CONTEXT);
      expect(doc.type).toBe('BadgeClass');
      expect(doc.id).toBe(`${BASE}/classes/${c.id}.json`);
      expect(doc.image).toBe(`${BASE}/images/${c.id}.png`);
      expect(doc.criteria).toEqual({ narrative: c.criteriaText });
      expect(doc.issuer).toBe(`${BASE}/issuer.json`);
      expect(typeof doc.description).toBe('string');
      expect((doc.description as string).length).toBeGreaterThan(0);
    }
    expect(docs.get('badges/classes/foundations-badge.json')!.description).toBe('Builds safe low-code apps on internal data.');
    expect(docs.get('badges/classes/automation-pro.json')!.description).toContain('Automation Practitioner');
  });

  it('writes OB 2.0 Assertions whose recipient hash recomputes from email and salt', () => {
    const emails = FIXTURE_PEOPLE.flatMap((p) => (p.email ? [p.email] : []));
    const recipients = new Set<string>();
    for (const f of assertions) {
      const doc = parse(f);
      for (const key of ['@context', 'id', 'type', 'recipient', 'badge', 'verification', 'issuedOn']) expect(doc).toHaveProperty(key);
      expect(doc['@context']).toBe(OB2_CONTEXT);
      expect(doc.type).toBe('Assertion');
      const name = f.path.slice('badges/assertions/'.length, -'.json'.length);
      expect(name).toMatch(/^[0-9a-f]{16}$/);
      expect(doc.id).toBe(`${BASE}/assertions/${name}.json`);
      expect(doc.verification).toEqual({ type: 'hosted' });
      expect(doc.issuedOn).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
      const recipient = doc.recipient as { type: string; hashed: boolean; salt: string; identity: string };
      expect(recipient.type).toBe('email');
      expect(recipient.hashed).toBe(true);
      expect(recipient.salt).toMatch(/^[0-9a-f]{16}$/);
      const match = emails.find(
        (e) => recipient.identity === `sha256$${createHash('sha256').update(e.toLowerCase() + recipient.salt).digest('hex')}`,
      );
      expect(match).toBeDefined();
      recipients.add(match!);
      expect([`${BASE}/classes/foundations-badge.json`, `${BASE}/classes/automation-pro.json`]).toContain(doc.badge);
    }
    expect([...recipients].sort()).toEqual(['Li.Wei@Contoso.example', 'anna.schmidt@contoso.example', 'ines.costa@contoso.example']);
  });

  it('derives the assertion id and salt from an HMAC keyed by the program id', () => {
    const hex = createHmac('sha256', PROGRAM_ID).update('anna-schmidt/foundations-badge').digest('hex');
    expect(assertionKeys(PROGRAM_ID, 'anna-schmidt', 'foundations-badge')).toEqual({ assertionId: hex.slice(0, 16), salt: hex.slice(16, 32) });
    const doc = docs.get(`badges/assertions/${hex.slice(0, 16)}.json`)!;
    expect(doc).toEqual({
      '@context': OB2_CONTEXT,
      type: 'Assertion',
      id: `${BASE}/assertions/${hex.slice(0, 16)}.json`,
      recipient: { type: 'email', hashed: true, salt: hex.slice(16, 32), identity: hashEmail('anna.schmidt@contoso.example', hex.slice(16, 32)) },
      badge: `${BASE}/classes/foundations-badge.json`,
      verification: { type: 'hosted' },
      issuedOn: '2026-05-20T00:00:00Z',
      expires: '2028-05-20T00:00:00Z',
    });
    expect(assertionKeys('other-program', 'anna-schmidt', 'foundations-badge').assertionId).not.toBe(hex.slice(0, 16));
  });

  it('gives an expired credential its expiry and a non-expiring one none', () => {
    const ines = docs.get(`badges/assertions/${assertionKeys(PROGRAM_ID, 'ines-costa', 'foundations-badge').assertionId}.json`)!;
    expect(ines.issuedOn).toBe('2026-04-20T00:00:00Z');
    expect(ines.expires).toBe('2026-10-20T00:00:00Z');
    const li = docs.get(`badges/assertions/${assertionKeys(PROGRAM_ID, 'li-wei', 'foundations-badge').assertionId}.json`)!;
    expect(li).not.toHaveProperty('expires');
  });

  it('puts no name, email or person id in any assertion or the index', () => {
    const text = files.filter((f) => f.path !== 'badges/issuer.json').map((f) => String(f.content)).join('\n').toLowerCase();
    for (const person of FIXTURE_PEOPLE) {
      expect(text).not.toContain(person.id);
      expect(text).not.toContain(person.name.toLowerCase());
      if (person.email) expect(text).not.toContain(person.email.toLowerCase());
    }
  });

  it('lists the assertions in the index, sorted by id', () => {
    const index = docs.get('badges/index.json') as { issuer: string; badgeClasses: Array<{ id: string }>; assertions: Array<{ id: string; file: string; badge: string }> };
    expect(index.issuer).toBe(`${BASE}/issuer.json`);
    expect(index.badgeClasses.map((c) => c.id)).toEqual([`${BASE}/classes/automation-pro.json`, `${BASE}/classes/foundations-badge.json`]);
    expect(index.assertions.map((a) => `badges/${a.file}`)).toEqual(assertions.map((f) => f.path));
    expect(index.assertions.map((a) => a.id)).toEqual([...index.assertions.map((a) => a.id)].sort());
  });

  it('is deterministic and independent of the order of the model', () => {
    const report = fixtureReport();
    const again = openBadges({ ...report, participants: [...report.participants].reverse() }, { ...input(), credentials: [...FIXTURE_CREDENTIALS].reverse() });
    expect(again).toEqual(files);
  });

  it('writes one assertion per person and credential: the latest earning', () => {
    const report = fixtureReport();
    const autumnAnna = report.participants.find((p) => p.cohort === 'autumn-2026' && p.participant === 'anna-schmidt')!;
    autumnAnna.credentials[0] = { credential: 'foundations-badge', name: 'Low-code Foundations', status: 'earned', earnedOn: '2026-11-20', expiresOn: null, missing: [] };
    const out = byPath(openBadges(report, input()));
    const doc = out.get(`badges/assertions/${assertionKeys(PROGRAM_ID, 'anna-schmidt', 'foundations-badge').assertionId}.json`)!;
    expect(doc.issuedOn).toBe('2026-11-20T00:00:00Z');
    expect(doc).not.toHaveProperty('expires');
    expect([...out.keys()].filter((p) => p.startsWith('badges/assertions/'))).toHaveLength(4);
  });

  it('writes that assertion once, from the latest award and its expiry, whichever cohort the model lists first', () => {
    const report = fixtureReport();
    const autumnAnna = report.participants.find((p) => p.cohort === 'autumn-2026' && p.participant === 'anna-schmidt')!;
    autumnAnna.credentials[0] = { credential: 'foundations-badge', name: 'Low-code Foundations', status: 'earned', earnedOn: '2026-11-20', expiresOn: '2028-11-20', missing: [] };
    const id = assertionKeys(PROGRAM_ID, 'anna-schmidt', 'foundations-badge').assertionId;
    for (const cohorts of [report.cohorts, [...report.cohorts].reverse()]) {
      const files = openBadges({ ...report, cohorts }, input());
      expect(files.filter((f) => f.path === `badges/assertions/${id}.json`)).toHaveLength(1);
      const out = byPath(files);
      expect(out.get(`badges/assertions/${id}.json`)).toMatchObject({ issuedOn: '2026-11-20T00:00:00Z', expires: '2028-11-20T00:00:00Z' });
      const index = out.get('badges/index.json') as { assertions: Array<{ file: string; issuedOn: string; expires?: string }> };
      expect(index.assertions.filter((a) => a.file === `assertions/${id}.json`)).toEqual([
        { id: `${BASE}/assertions/${id}.json`, badge: `${BASE}/classes/foundations-badge.json`, file: `assertions/${id}.json`, issuedOn: '2026-11-20T00:00:00Z', expires: '2028-11-20T00:00:00Z' },
      ]);
    }
  });

  it('keeps classes apart when two curricula share a credential id', () => {
    const report = fixtureReport();
    report.cohorts[1]!.curriculum = 'advanced';
    const credentials = [...FIXTURE_CREDENTIALS, { id: 'foundations-badge', name: 'Advanced Foundations', curriculum: 'advanced', criteriaText: 'More.' }];
    const out = byPath(openBadges(report, { ...input(), credentials }));
    expect(out.has('badges/classes/foundations.foundations-badge.json')).toBe(true);
    expect(out.has('badges/classes/advanced.foundations-badge.json')).toBe(true);
    const li = [...out.entries()].find(([p, d]) => p.startsWith('badges/assertions/') && d.issuedOn === '2026-11-02T00:00:00Z')![1];
    expect(li.badge).toBe(`${BASE}/classes/advanced.foundations-badge.json`);
  });

  it('writes nothing without badge settings, and no assertion without an email', () => {
    expect(openBadges(fixtureReport(), { ...input(), badges: undefined })).toEqual([]);
    const report = fixtureReport();
    for (const p of report.participants) p.email = '';
    expect(openBadges(report, input()).filter((f) => f.path.startsWith('badges/assertions/'))).toEqual([]);
  });

  it('leaves out the issuer email when the program has none', () => {
    const out = byPath(openBadges(fixtureReport(), { ...input(), badges: { issuer: { name: 'X', url: 'https://x.example' }, baseUrl: 'https://x.example/b' } }));
    expect(out.get('badges/issuer.json')).not.toHaveProperty('email');
    expect(out.get('badges/issuer.json')!.id).toBe('https://x.example/b/issuer.json');
  });
});
