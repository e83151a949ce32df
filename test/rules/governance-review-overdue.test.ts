import { describe, expect, it } from 'vitest';
import { MINIMAL, TODAY, diagnose, edit, where } from '../helpers/program.js';

const RULE = 'governance/review-overdue';
const only = (files: Record<string, string>, today = TODAY) => where(files, today).filter((w) => w.endsWith(` ${RULE}`));

describe(RULE, () => {
  const cases = [
    { name: 'reviewed recently', files: MINIMAL, today: TODAY, expected: [] },
    { name: 'due today is not overdue', files: MINIMAL, today: '2026-07-15', expected: [] },
    { name: 'a day past due', files: MINIMAL, today: '2026-07-16', expected: [`governance.yaml:5:17 ${RULE}`] },
    { name: 'a short review cycle', files: edit('governance.yaml', 'reviewEvery: 6', 'reviewEvery: 1'), today: TODAY, expected: [`governance.yaml:5:17 ${RULE}`] },
    { name: 'an impossible date is left to time/date', files: edit('governance.yaml', 'lastReviewed: 2026-01-15', 'lastReviewed: 2025-02-30'), today: TODAY, expected: [] },
    { name: 'turned off in program.yaml', files: edit('program.yaml', '  timezone: Europe/Berlin\n', '  timezone: Europe/Berlin\n  rules: { governance/review-overdue: off }\n'), today: '2027-01-01', expected: [] },
  ];
  it.each(cases)('$name', ({ files, today, expected }) => {
    expect(only(files, today)).toEqual(expected);
  });

  it('is a warning that says since when', () => {
    expect(diagnose(MINIMAL, '2026-07-16').find((d) => d.rule === RULE)).toMatchObject({
      severity: 'warning',
      message: 'governance review overdue since 2026-07-15 (last reviewed 2026-01-15, every 6 months)',
      hint: 'review the policy and set lastReviewed to the date of the review',
    });
  });

  it('clamps to the end of a shorter month and says "month" for one', () => {
    const files = edit('governance.yaml', 'lastReviewed: 2026-01-15\n  reviewEvery: 6', 'lastReviewed: 2026-01-31\n  reviewEvery: 1');
    expect(diagnose(files).find((d) => d.rule === RULE)?.message).toBe('governance review overdue since 2026-02-28 (last reviewed 2026-01-31, every 1 month)');
  });
});
