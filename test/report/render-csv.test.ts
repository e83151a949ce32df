import { describe, expect, it } from 'vitest';
import { CREDENTIALS_CSV_COLUMNS, PARTICIPANTS_CSV_COLUMNS, credentialsCsv, participantsCsv } from '../../src/report/render-csv.js';
import { parseStrict } from '../render/strict-csv.js';
import { fixtureReport } from './report-fixture.js';

const BOM = '\uFEFF';

describe('participantsCsv', () => {
  it('writes the contract columns, cohort start order, then participant id', () => {
    expect(participantsCsv(fixtureReport())).toBe(
      BOM +
        'cohort,participant,name,email,department,group,attendance_rate,modules_passed,modules_total,credentials,at_risk,at_risk_reason\n' +
        'spring-2026,anna-schmidt,Anna Schmidt,anna.schmidt@contoso.example,Finance,g1,0.8,2,2,foundations-badge,no,\n' +
        `spring-2026,eve-formula,"'=HYPERLINK(""x"")",eve@contoso.example,Finance,g1,0.6,1,2,,yes,attendance 0.6 < 0.7\n` +
        "spring-2026,ines-costa,Inês Costa,ines.costa@contoso.example,'=Ops,g1,0.9,2,2,automation-pro,no,\n" +
        'autumn-2026,anna-schmidt,Anna Schmidt,anna.schmidt@contoso.example,Finance,g1,,0,2,,yes,no attendance recorded; mentor Omar Haddad to follow up\n' +
        'autumn-2026,li-wei,李伟,Li.Wei@Contoso.example,Sales,g1,0.778,2,2,foundations-badge,no,\n' +
        "autumn-2026,zoe-sum,'@SUM(1),zoe.sum@contoso.example,Sales,g2,0.5,1,2,,yes,attendance 0.5 < 0.7; module data-basics overdue\n",
    );
  });

  it('round-trips through a strict parser with the header as the contract', () => {
    const rows = parseStrict(participantsCsv(fixtureReport()));
    expect(rows[0]).toEqual(PARTICIPANTS_CSV_COLUMNS);
    expect(rows).toHaveLength(7);
    expect(rows.every((r) => r.length === PARTICIPANTS_CSV_COLUMNS.length)).toBe(true);
    const names = rows.slice(1).map((r) => r[2]);
    expect(names).toContain(`'=HYPERLINK("x")`);
    expect(names).toContain("'@SUM(1)");
    expect(names).toContain('Inês Costa');
  });

  it('lists several earned credentials by id, and not expired ones', () => {
    const report = fixtureReport();
    const ines = report.participants.find((p) => p.participant === 'ines-costa')!;
    ines.credentials = [
      { credential: 'zeta', name: 'Z', status: 'earned', earnedOn: '2026-06-01', expiresOn: null, missing: [] },
      { credential: 'alpha', name: 'A', status: 'earned', earnedOn: '2026-06-02', expiresOn: null, missing: [] },
      { credential: 'beta', name: 'B', status: 'expired', earnedOn: '2024-06-02', expiresOn: '2026-06-02', missing: [] },
    ];
    const row = parseStrict(participantsCsv(report)).find((r) => r[1] === 'ines-costa')!;
    expect(row[9]).toBe('alpha; zeta');
  });

  it('writes the header alone for an empty report', () => {
    expect(participantsCsv({ ...fixtureReport(), participants: [] })).toBe(`${BOM}${PARTICIPANTS_CSV_COLUMNS.join(',')}\n`);
  });

  it('keeps a cell with a line break in one record', () => {
    const report = fixtureReport();
    report.participants[0]!.atRiskReasons = ['line one\nline two', '-2 sessions'];
    const rows = parseStrict(participantsCsv(report));
    expect(rows.find((r) => r[1] === 'zoe-sum')![11]).toBe('line one\nline two; -2 sessions');
  });
});

describe('credentialsCsv', () => {
  it('writes one row per participant per credential, sorted by cohort, participant, credential', () => {
    const csv = credentialsCsv(fixtureReport());
    expect(csv.startsWith(BOM + CREDENTIALS_CSV_COLUMNS.join(',') + '\n')).toBe(true);
    const rows = parseStrict(csv);
    expect(rows[0]).toEqual(CREDENTIALS_CSV_COLUMNS);
    expect(rows.slice(1).map((r) => `${r[0]}/${r[1]}/${r[4]}`)).toEqual([
      'spring-2026/anna-schmidt/automation-pro',
      'spring-2026/anna-schmidt/foundations-badge',
      'spring-2026/eve-formula/automation-pro',
      'spring-2026/eve-formula/foundations-badge',
      'spring-2026/ines-costa/automation-pro',
      'spring-2026/ines-costa/foundations-badge',
      'autumn-2026/anna-schmidt/automation-pro',
      'autumn-2026/anna-schmidt/foundations-badge',
      'autumn-2026/li-wei/automation-pro',
      'autumn-2026/li-wei/foundations-badge',
      'autumn-2026/zoe-sum/automation-pro',
      'autumn-2026/zoe-sum/foundations-badge',
    ]);
  });

  it('writes status, dates and what is missing', () => {
    const csv = credentialsCsv(fixtureReport());
    expect(csv).toContain('spring-2026,ines-costa,Inês Costa,ines.costa@contoso.example,foundations-badge,expired,2026-04-20,2026-10-20,\n');
    expect(csv).toContain('spring-2026,anna-schmidt,Anna Schmidt,anna.schmidt@contoso.example,foundations-badge,earned,2026-05-20,2028-05-20,\n');
    expect(csv).toContain("autumn-2026,zoe-sum,'@SUM(1),zoe.sum@contoso.example,foundations-badge,in-progress,,,module data-basics; attendance 0.5 < 0.75\n");
    expect(csv).toContain(`spring-2026,eve-formula,"'=HYPERLINK(""x"")",eve@contoso.example,foundations-badge,in-progress,,,module data-basics; capstone accepted\n`);
    expect(csv.includes('\r')).toBe(false);
  });

  it('is byte-identical whatever order the model lists participants in', () => {
    const report = fixtureReport();
    const reversed = { ...report, participants: [...report.participants].reverse() };
    expect(credentialsCsv(reversed)).toBe(credentialsCsv(report));
    expect(participantsCsv(reversed)).toBe(participantsCsv(report));
  });
});
