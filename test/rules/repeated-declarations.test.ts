import { describe, expect, it } from 'vitest';
import { MINIMAL, edit, where } from '../helpers/program.js';
import { withFile } from './reference.fixture.js';

/**
 * A repeated declaration is one finding (unique/id or program/singletons,
 * naming the first as the real one), and every other rule judges against
 * that first one: one mistake does not cascade into many.
 */
describe('rules judge a repeated declaration by its first', () => {
  it('a tool id declared twice: only unique/id, not the second tool\'s narrower data classes', () => {
    const files = edit('governance.yaml', '{ id: forms, name: Forms, dataClasses: [public] }', '{ id: power-apps, name: Forms, dataClasses: [public] }');
    expect(where(files)).toEqual(['governance.yaml:13:13 unique/id']);
  });

  it('a mentor id declared twice: only unique/id, not the second one\'s tier', () => {
    const files = edit('mentors.yaml', "    - { id: pia,", "    - { id: lena, name: Lena B, email: lena.b@acme.example, tier: community, capacity: 2 }\n    - { id: pia,");
    expect(where(files)).toEqual(['mentors.yaml:8:13 unique/id']);
  });

  it('a mentor id declared twice counts its capacity once, so a real shortfall still shows', () => {
    const oneEach = edit('cohorts/spring.yaml', 'groups: { min: 2, max: 3 }', 'groups: { min: 1, max: 1 }');
    const short = where(oneEach).filter((finding) => finding.endsWith('capacity/lead-mentors'));
    expect(short).toHaveLength(1);
    const repeated = edit('mentors.yaml', '    - { id: pia,', '    - { id: lena, name: Lena B, email: lena.b@acme.example, tier: lead, capacity: 5 }\n    - { id: pia,', oneEach);
    expect(where(repeated)).toEqual(expect.arrayContaining(['mentors.yaml:8:13 unique/id', ...short]));
  });

  it('a second Governance file that sorts first: only program/singletons, on it; references resolve against governance.yaml', () => {
    const second = `apiVersion: cohort/v1
kind: Governance
metadata: { id: other-policy, name: Other }
spec:
  lastReviewed: 2026-01-15
  reviewEvery: 6
  dataClasses: [{ id: public }]
  tools: []
  approvers: []
`;
    expect(where(withFile('a-governance.yaml', second, MINIMAL))).toEqual(['a-governance.yaml:2:7 program/singletons']);
  });
});
