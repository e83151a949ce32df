import { describe, expect, it } from 'vitest';
import { funnelStages, reportMarkdown } from '../../src/report/render-markdown.js';
import { SCORECARD_HEADER, scorecardRows } from '../../src/report/render-scorecard.js';
import type { ReportModel } from '../../src/report/types.js';
import { fixtureReport } from './report-fixture.js';

/** The fenced block that starts with "```mermaid\n<kind>", or undefined. */
function mermaidBlock(md: string, kind: string): string | undefined {
  const at = md.indexOf('```mermaid\n' + kind);
  if (at === -1) return undefined;
  return md.slice(at, md.indexOf('```\n', at + 3) + 4);
}

/** The lines of the table that follows a heading. */
function tableAfter(md: string, heading: string): string[] {
  const lines = md.split('\n');
  let i = lines.indexOf(heading);
  if (i === -1) return [];
  while (i < lines.length && !lines[i]!.startsWith('|')) i++;
  const out: string[] = [];
  while (i < lines.length && lines[i]!.startsWith('|')) out.push(lines[i++]!);
  return out;
}

const unescapedPipes = (line: string) => line.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length - 1;

describe('reportMarkdown', () => {
  const md = reportMarkdown(fixtureReport());

  it('starts with the program name (escaped) and the report date', () => {
    expect(md.split('\n')[0]).toBe('# Contoso \\*Citizen\\* Developer Academy: academy report');
    expect(md).toContain('As of **2026-11-26**');
    expect(md.endsWith('\n')).toBe(true);
    expect(md.endsWith('\n\n')).toBe(false);
  });

  it('shows the scorecard with targets, values and statuses', () => {
    expect(tableAfter(md, '## Success criteria')).toEqual([
      '| Metric | Target | Value | Status |',
      '| --- | --- | --- | --- |',
      '| Attendance rate | ≥ 0.8 | 0.7996 | ❌ missed |',
      '| Credential rate | ≥ 0.6 | 0.67 | ✅ met |',
      '| Mentor load (max learners) | ≤ 8 | 5 | ✅ met |',
      '| Stakeholder satisfaction (avg) | ≥ 4 | — | — n/a |',
    ]);
    expect(md).toContain('2 met, 1 missed, 1 without data yet.');
    expect(tableAfter(md, '### By cohort')[2]).toBe('| Attendance rate | 0.77 | 0.61 | — |');
  });

  it('shows every cohort in start order with its figures', () => {
    const rows = tableAfter(md, '## Cohorts');
    expect(rows[0]).toBe('| Cohort | Dates | State | Participants | Sessions recorded | Attendance | Completion | Credentials | At risk |');
    expect(rows[2]).toBe('| Spring 2026 (spring-2026) | 2026-03-02 – 2026-06-12 | ended | 3 | 28 of 30 | 76.7% | 66.7% | 66.7% | 1 |');
    expect(rows[3]).toBe('| Autumn \\| 2026 (autumn-2026) | 2026-09-07 – 2026-12-18 | running | 3 | 18 of 20 | 61.2% | — | — (1 so far) | 2 |');
    expect(rows[4]).toBe('| Winter 2027 (winter-2027) | 2027-01-11 – 2027-04-16 | planned | 0 | — | — | — | — | 0 |');
  });

  it('charts attendance per cohort with xychart-beta, leaving out cohorts without data', () => {
    expect(mermaidBlock(md, 'xychart-beta')).toBe(
      [
        '```mermaid',
        'xychart-beta',
        '    title "Attendance per cohort (%)"',
        '    x-axis "Cohort" ["spring-2026", "autumn-2026"]',
        '    y-axis "Attendance (%)" 0 --> 100',
        '    bar [76.7, 61.2]',
        '```',
        '',
      ].join('\n'),
    );
    expect(md).toContain('No attendance recorded yet for `winter-2027`.');
  });

  it('draws the credential funnel as a flowchart with counts', () => {
    expect(mermaidBlock(md, 'flowchart LR')).toBe(
      '```mermaid\nflowchart LR\n    f1["Participants: 6"] --> f2["Modules complete: 3 of 6"] --> f3["Capstone accepted: 0 of 6"] --> f4["Credential earned: 3 of 6"]\n```\n',
    );
  });

  it('counts whose capstone was accepted', () => {
    const report = fixtureReport();
    report.participants.forEach((p, i) => Object.assign(p, { capstoneAcceptedOn: i % 2 === 0 ? '2026-06-02' : null }));
    expect(funnelStages(report.participants).map((s) => `${s.label}=${s.count}`)).toEqual([
      'Participants=6',
      'Modules complete=3',
      'Capstone accepted=3',
      'Credential earned=3',
    ]);
    expect(reportMarkdown(report)).toContain('f3["Capstone accepted: 3 of 6"] --> f4["Credential earned: 3 of 6"]');
  });

  it('lists who is at risk, in report order, with escaped names', () => {
    expect(tableAfter(md, '## At risk')).toEqual([
      '| Participant | Cohort | Group | Reasons |',
      '| --- | --- | --- | --- |',
      '| \\=HYPERLINK("x") (eve-formula) | spring-2026 | g1 | attendance 0.6 \\< 0.7 |',
      '| Anna Schmidt (anna-schmidt) | autumn-2026 | g1 | no attendance recorded; mentor Omar Haddad to follow up |',
      '| @SUM(1) (zoe-sum) | autumn-2026 | g2 | attendance 0.5 \\< 0.7; module data-basics overdue |',
    ]);
  });

  it('summarises projects, feedback, mentors and the department mix', () => {
    expect(md).toContain('3 projects: 1 in-progress, 1 delivered, 1 accepted. On time: 1 of 2 delivered with known days.');
    expect(md).toContain('| Travel \\<requests\\> & \\*approvals\\* (travel-requests) | autumn-2026 | in-progress | yes | — | — / 12 | — | — |');
    expect(tableAfter(md, '## Feedback')[2]).toBe('| Peer | 6 | 4.17 |');
    expect(tableAfter(md, '## Mentors').slice(2)).toEqual([
      '| Omar Haddad (omar-haddad) | lead | 2 groups | 5 | 4.33 | 3 |',
      '| Sam Reed (sam-reed) | community | 3 learners | 3 | — | 0 |',
    ]);
    expect(tableAfter(md, '## Department mix').slice(2)).toEqual([
      '| Finance | 2 | 1 | 0 | 3 | 50% |',
      '| Sales | 0 | 2 | 0 | 2 | 33.3% |',
      '| \\=Ops | 1 | 0 | 0 | 1 | 16.7% |',
    ]);
  });

  it('keeps every table row as wide as its header whatever the YAML text holds', () => {
    const report = fixtureReport();
    report.participants[0]!.name = 'Pipe | name\nwith `code` and [link](x) <b>';
    report.participants[0]!.atRiskReasons = ['a | b', '| start'];
    report.cohorts[0]!.name = '# Not | a heading';
    const text = reportMarkdown(report);
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i]!.startsWith('| ---') && !lines[i]!.startsWith('|---')) continue;
      const width = unescapedPipes(lines[i - 1]!);
      for (let j = i + 1; j < lines.length && lines[j]!.startsWith('|'); j++) expect(unescapedPipes(lines[j]!)).toBe(width);
    }
    expect(text).toContain('Pipe \\| name with \\`code\\` and \\[link\\](x) \\<b\\> (zoe-sum)');
  });

  it('is byte-identical for the same model in any order', () => {
    const report = fixtureReport();
    expect(reportMarkdown({ ...report, participants: [...report.participants].reverse(), projects: [...report.projects].reverse() })).toBe(md);
  });

  it('says so where there is nothing to show', () => {
    const empty: ReportModel = {
      program: { id: 'p', name: '' },
      asOf: '2026-01-01',
      cohorts: [],
      participants: [],
      modules: [],
      mentors: [],
      projects: [],
      feedback: { peer: { count: 0, average: null }, mentor: { count: 0, average: null }, stakeholder: { count: 0, average: null } },
      criteria: [],
      byCohort: {},
    };
    const text = reportMarkdown(empty);
    expect(text.split('\n')[0]).toBe('# p: academy report');
    expect(text).toContain('No success criteria are set');
    expect(text).toContain('No cohorts.');
    expect(text).toContain('Nobody is flagged as at risk.');
    expect(text).not.toContain('```mermaid');
  });
});

describe('scorecardRows', () => {
  it('gives the terminal one row per criterion with words, target, value and status', () => {
    expect(SCORECARD_HEADER).toEqual(['Metric', 'Target', 'Value', 'Status']);
    expect(scorecardRows(fixtureReport())).toEqual([
      { metric: 'Attendance rate', id: 'attendance_rate', target: '≥ 0.8', value: '0.7996', status: '❌ missed', result: 'missed' },
      { metric: 'Credential rate', id: 'credential_rate', target: '≥ 0.6', value: '0.67', status: '✅ met', result: 'met' },
      { metric: 'Mentor load (max learners)', id: 'mentor_load_max', target: '≤ 8', value: '5', status: '✅ met', result: 'met' },
      { metric: 'Stakeholder satisfaction (avg)', id: 'stakeholder_satisfaction_avg', target: '≥ 4', value: '—', status: '— n/a', result: 'n/a' },
    ]);
  });

  it('shows an unknown metric by its id', () => {
    const report = fixtureReport();
    report.criteria = [{ metric: 'custom_metric', min: 1, max: null, value: 2, status: 'met', perCohort: {} }];
    expect(scorecardRows(report)[0]!.metric).toBe('custom_metric');
  });
});
