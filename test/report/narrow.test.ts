import { describe, expect, it } from 'vitest';
import { narrowReport } from '../../src/report/narrow.js';
import { pseudonym, pseudonymHex, redact } from '../../src/report/redact.js';
import { metricsJson } from '../../src/report/render-json.js';
import { reportMarkdown } from '../../src/report/render-markdown.js';
import { fb, report } from './program.js';

/**
 * `--cohort` on the small program: spring-2026 (ana, ben in g1 led by lena;
 * cleo, dev in g2 led by omar) and summer-2026 (ana, eve in g1 led by lena),
 * overlapping 2026-03-30 … 2026-04-05; pia is the community mentor of both.
 */
const FEEDBACK = [
  fb('ben', 'ana', 5, '2026-03-10', 'peer'), // spring
  fb('eve', 'ana', 3, '2026-04-01', 'peer'), // summer: eve is in summer only
  fb('ben', 'lena', 4, '2026-03-10', 'mentor'), // from a spring participant
  fb('eve', 'lena', 2, '2026-04-20', 'mentor'), // from a summer participant
  fb('x@acme.example', 'lena', 1, '2026-04-20', 'mentor'), // a sponsor: no cohort
  fb('x@acme.example', 'wiki', 2, '2026-03-25', 'stakeholder'), // a spring project
  fb('x@acme.example', 'eve-app', 5, '2026-04-25', 'stakeholder'), // a summer project
];

describe('narrowReport', () => {
  it('shows the cohort’s own feedback averages, not the program’s', async () => {
    const { report: full } = await report({ feedback: FEEDBACK }, '2026-04-30');
    const spring = narrowReport(full, 'spring-2026');
    expect(spring.feedback).toEqual({ peer: { count: 1, average: 5 }, mentor: { count: 1, average: 4 }, stakeholder: { count: 1, average: 2 } });
    expect(narrowReport(full, 'summer-2026').feedback).toEqual({ peer: { count: 1, average: 3 }, mentor: { count: 1, average: 2 }, stakeholder: { count: 1, average: 5 } });
    // The page agrees with itself: the criterion and the Feedback table give the same peer average.
    expect(spring.criteria.find((c) => c.metric === 'peer_feedback_avg')!.value).toBe(5);
    expect(reportMarkdown(spring)).toContain('| Peer | 1 | 5 |\n| Mentor | 1 | 4 |\n| Stakeholder | 1 | 2 |\n');
  });

  it('lists only the mentors who serve the cohort, with its groups or learners, its peak and its participants’ ratings', async () => {
    const { report: full } = await report({ feedback: FEEDBACK }, '2026-04-30');
    const summer = narrowReport(full, 'summer-2026');
    expect(summer.mentors.map((m) => [m.mentor, m.assigned, m.peakLearners, m.feedbackAverage, m.feedbackCount])).toEqual([
      ['lena', 1, 2, 2, 1],
      ['pia', 2, 2, null, 0],
    ]);
    expect(narrowReport(full, 'spring-2026').mentors.map((m) => [m.mentor, m.assigned, m.peakLearners, m.feedbackAverage, m.feedbackCount])).toEqual([
      ['lena', 1, 2, 4, 1],
      ['omar', 1, 2, null, 0],
      ['pia', 4, 4, null, 0],
    ]);
    expect(summer.criteria.find((c) => c.metric === 'mentor_load_max')!.value).toBe(Math.max(...summer.mentors.map((m) => m.peakLearners)));
  });

  it('leaves the full report program-wide, with no per-cohort figures in metrics.json', async () => {
    const { report: full } = await report({ feedback: FEEDBACK }, '2026-04-30');
    expect(full.feedback).toEqual({ peer: { count: 2, average: 4 }, mentor: { count: 3, average: 7 / 3 }, stakeholder: { count: 2, average: 3.5 } });
    expect(full.mentors.map((m) => [m.mentor, m.assigned, m.peakLearners, m.feedbackCount])).toEqual([
      ['lena', 2, 3, 3],
      ['omar', 1, 2, 0],
      ['pia', 6, 4, 0],
    ]);
    expect(Object.keys(JSON.parse(metricsJson(full)) as object)).not.toContain('byCohort');
    expect(Object.keys(JSON.parse(metricsJson(narrowReport(full, 'spring-2026'))) as object)).not.toContain('byCohort');
  });

  it('is redacted like the full report: each mentor under their one pseudonym', async () => {
    const { report: full } = await report({ feedback: FEEDBACK }, '2026-04-30');
    const redacted = redact(narrowReport(full, 'summer-2026'), 'acme-academy');
    const expected = ['lena', 'pia'].map((id) => pseudonym(pseudonymHex('acme-academy', id).slice(0, 8)).id).sort();
    expect(redacted.mentors.map((m) => m.mentor)).toEqual(expected);
    // And the full report's per-cohort lists the same way.
    const all = redact(full, 'acme-academy');
    expect(all.byCohort['summer-2026']!.mentors.map((m) => m.mentor)).toEqual(expected);
  });
});
