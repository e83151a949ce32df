import { createHash, createHmac } from 'node:crypto';
import type { OutputFile } from '../io/output.js';
import type { ProgramSpec } from '../program/model.js';
import { compareText } from '../render/order.js';
import { sortedParticipants } from './render-format.js';
import type { CredentialResult, ParticipantReport, ReportModel } from './types.js';

/**
 * Open Badges 2.0 export (https://www.imsglobal.org/sites/default/files/Badges/OBv2p0Final/index.html),
 * hosted verification. Files, relative to the report folder:
 *
 * - `badges/issuer.json`: the Issuer profile;
 * - `badges/classes/<credential>.json`: one BadgeClass per credential;
 * - `badges/assertions/<assertion-id>.json`: one Assertion per earned (or since
 *   expired) credential, recipient as a salted SHA-256 hash of the email;
 * - `badges/index.json`: what is there, for importing into a badge platform.
 *
 * Every URL lives under `Program.spec.badges.baseUrl`: the program publishes
 * the `badges/` folder there (and the badge images, `images/<credential>.png`,
 * which `cohort` does not make).
 */

export const OB2_CONTEXT = 'https://w3id.org/openbadges/v2';

/** What a badge class needs to know about one credential of a curriculum. */
export interface BadgeCredential {
  /** Credential id (unique within its curriculum). */
  id: string;
  name: string;
  /** The credential's `description`; without it one is written from the name and curriculum. */
  description?: string;
  /** Id of the curriculum the credential belongs to (matches `CohortReport.curriculum`). */
  curriculum: string;
  /** The criteria narrative: what earning it takes, in words (Markdown allowed by OB 2.0). */
  criteriaText: string;
}

export interface BadgesInput {
  programId: string;
  /** `Program.spec.badges`; without it no badges are exported (an empty list). */
  badges: ProgramSpec['badges'];
  credentials: readonly BadgeCredential[];
}

/** The JSON of one Assertion (the fields this export writes). */
export interface AssertionDocument {
  '@context': typeof OB2_CONTEXT;
  type: 'Assertion';
  id: string;
  recipient: { type: 'email'; hashed: true; salt: string; identity: string };
  badge: string;
  verification: { type: 'hosted' };
  issuedOn: string;
  expires?: string;
}

/**
 * The Open Badges files for a report, sorted by path. An assertion is written
 * for every participant credential whose status is `earned` or `expired`
 * (the latter with its `expires` in the past); a participant without an
 * email gets none (there is nothing to hash). The same person earning the
 * same credential in two cohorts gets one assertion: the most recent earning.
 *
 * Pass the report *before* `redact()`: assertions hold only salted hashes,
 * and hashing pseudonymous addresses would make them useless.
 */
export function openBadges(report: ReportModel, input: BadgesInput): OutputFile[] {
  const settings = input.badges;
  if (!settings) return [];
  const base = settings.baseUrl.replace(/\/+$/, '');
  const issuerUrl = `${base}/issuer.json`;
  const files: OutputFile[] = [];

  const issuer: Record<string, unknown> = { '@context': OB2_CONTEXT, type: 'Issuer', id: issuerUrl, name: settings.issuer.name, url: settings.issuer.url };
  if (settings.issuer.email) issuer.email = settings.issuer.email;
  files.push(json('badges/issuer.json', issuer));

  // Credential ids are unique per curriculum only; where two curricula share one, the class key gains the curriculum.
  const idCount = new Map<string, number>();
  for (const c of input.credentials) idCount.set(c.id, (idCount.get(c.id) ?? 0) + 1);
  const classKey = (c: BadgeCredential) => ((idCount.get(c.id) ?? 0) > 1 ? `${c.curriculum}.${c.id}` : c.id);
  const classUrl = (key: string) => `${base}/classes/${key}.json`;

  const classes = [...input.credentials].sort((a, b) => compareText(classKey(a), classKey(b)));
  const indexClasses: Array<Record<string, unknown>> = [];
  for (const c of classes) {
    const key = classKey(c);
    const description = c.description?.trim() || `${c.name}: awarded by ${settings.issuer.name} for meeting every requirement of the credential in the ${c.curriculum} curriculum.`;
    files.push(
      json(`badges/classes/${key}.json`, {
        '@context': OB2_CONTEXT,
        type: 'BadgeClass',
        id: classUrl(key),
        name: c.name,
        description,
        image: `${base}/images/${key}.png`,
        criteria: { narrative: c.criteriaText },
        issuer: issuerUrl,
      }),
    );
    indexClasses.push({ id: classUrl(key), name: c.name, file: `classes/${key}.json` });
  }

  // Which class a participant's credential is: by the cohort's curriculum, else by a credential id that is unique.
  const curriculumOf = new Map(report.cohorts.map((c) => [c.cohort, c.curriculum]));
  const findClass = (p: ParticipantReport, credential: string): BadgeCredential | undefined =>
    input.credentials.find((c) => c.id === credential && c.curriculum === curriculumOf.get(p.cohort)) ??
    ((idCount.get(credential) ?? 0) === 1 ? input.credentials.find((c) => c.id === credential) : undefined);

  // One assertion per person and class: the latest earning wins (a retake after expiry re-issues it).
  const chosen = new Map<string, { p: ParticipantReport; c: CredentialResult; key: string }>();
  for (const p of sortedParticipants(report)) {
    if (p.email.trim() === '') continue;
    for (const c of p.credentials) {
      if ((c.status !== 'earned' && c.status !== 'expired') || !c.earnedOn) continue;
      const cls = findClass(p, c.credential);
      if (!cls) continue;
      const key = classKey(cls);
      const slot = `${p.participant}/${key}`;
      const earlier = chosen.get(slot);
      if (!earlier || compareText(c.earnedOn, earlier.c.earnedOn ?? '') > 0) chosen.set(slot, { p, c, key });
    }
  }

  const assertions = [...chosen.values()].map(({ p, c, key }) => {
    const { assertionId, salt } = assertionKeys(input.programId, p.participant, key);
    const doc: AssertionDocument = {
      '@context': OB2_CONTEXT,
      type: 'Assertion',
      id: `${base}/assertions/${assertionId}.json`,
      recipient: { type: 'email', hashed: true, salt, identity: hashEmail(p.email, salt) },
      badge: classUrl(key),
      verification: { type: 'hosted' },
      issuedOn: isoMidnight(c.earnedOn!),
    };
    if (c.expiresOn) doc.expires = isoMidnight(c.expiresOn);
    return { assertionId, doc };
  });
  assertions.sort((a, b) => compareText(a.assertionId, b.assertionId));
  for (const { assertionId, doc } of assertions) files.push(json(`badges/assertions/${assertionId}.json`, doc));

  files.push(
    json('badges/index.json', {
      issuer: issuerUrl,
      badgeClasses: indexClasses,
      assertions: assertions.map(({ assertionId, doc }) => ({
        id: doc.id,
        badge: doc.badge,
        file: `assertions/${assertionId}.json`,
        issuedOn: doc.issuedOn,
        ...(doc.expires ? { expires: doc.expires } : {}),
      })),
    }),
  );
  return files.sort((a, b) => compareText(a.path, b.path));
}

/**
 * Assertion id and recipient salt for one person's credential.
 *
 * Both must be stable across runs (so `--check` stays quiet and a hosted
 * assertion URL never changes) and must not reveal who the person is. They
 * come from HMAC-SHA256 keyed by the program id over `<participant id>/<credential>`
 * (`/` cannot occur in ids, so the message is unambiguous): the first 16 hex
 * characters are the assertion id, the next 16 the salt. No clock, no
 * randomness; no name or email in the URL. The key is not secret, so this
 * hides people from casual readers, not from someone who already knows the
 * program id and can guess participant ids; the salted email hash in the
 * recipient is, by Open Badges design, checkable by anyone who knows the email.
 */
export function assertionKeys(programId: string, participant: string, credential: string): { assertionId: string; salt: string } {
  const hex = createHmac('sha256', programId).update(`${participant}/${credential}`, 'utf8').digest('hex');
  return { assertionId: hex.slice(0, 16), salt: hex.slice(16, 32) };
}

/**
 * The Open Badges recipient identity: `sha256$` + hex SHA-256 of the email and
 * the salt. The email is trimmed and lower-cased first, so the way the YAML
 * happens to capitalise an address does not change the hash (a platform that
 * matches recipients must hash the lower-cased address too).
 */
export function hashEmail(email: string, salt: string): string {
  return `sha256$${createHash('sha256').update(email.trim().toLowerCase() + salt, 'utf8').digest('hex')}`;
}

function isoMidnight(date: string): string {
  return `${date}T00:00:00Z`;
}

function json(path: string, value: unknown): OutputFile {
  return { path, content: JSON.stringify(value, null, 2) + '\n' };
}
