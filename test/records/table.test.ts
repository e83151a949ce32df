import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINDINGS_SHOWN, readAttendanceBatches, readProjects } from '../../src/records/index.js';
import { brief, csvFile, oneByOne, readBoth } from './helpers.js';

const readAttendance = oneByOne(readAttendanceBatches);

const HEADER = 'participant,date,type,status';

describe('the header', () => {
  it('is matched case-insensitively and trimmed; unknown columns are ignored, in any order', async () => {
    const { records, findings } = await readBoth(readAttendance, csvFile(' Status ,NOTES,Participant,Date,TYPE,Minutes\npresent,late,anna-schmidt,2026-03-03,check-in,25\n'));
    expect(findings).toEqual([]);
    expect(records).toEqual([{ participant: 'anna-schmidt', date: 20515, type: 'check-in', status: 'present', cohort: '', group: '', minutes: 25, source: { file: 'records/attendance.csv', line: 2 } }]);
  });

  it('may follow comment and empty lines', async () => {
    const { records, findings } = await readBoth(readAttendance, csvFile(`# exported\n\n${HEADER}\nanna-schmidt,2026-03-03,check-in,present\n`));
    expect(findings).toEqual([]);
    expect(records.map((r) => r.source.line)).toEqual([4]);
  });

  it('must hold every required column: an error naming it (with a did-you-mean), and no rows', async () => {
    const { records, findings } = await readBoth(readAttendance, csvFile('partcipant,date,kind,status\nanna-schmidt,2026-03-03,check-in,present\n'));
    expect(records).toEqual([]);
    expect(findings).toEqual([
      { severity: 'error', file: 'records/attendance.csv', line: 1, column: 'participant', message: 'missing required column "participant" (is "partcipant" a typo for it?)', hint: 'rename the column "partcipant" to "participant"' },
      { severity: 'error', file: 'records/attendance.csv', line: 1, column: 'type', message: 'missing required column "type"', hint: 'the required columns are participant, date, type, status' },
    ]);
  });

  it('may not name a column twice: an error, and no rows', async () => {
    const { records, findings } = await readBoth(readAttendance, csvFile(`${HEADER},Date\nanna-schmidt,2026-03-03,check-in,present,2026-03-04\n`));
    expect(records).toEqual([]);
    expect(brief(findings)).toEqual(['1 error [date] column "date" appears twice in the header (columns 2 and 5)']);
  });

  it('is required: an empty file, or one of comments, is an error', async () => {
    for (const text of ['', '\uFEFF', '# nothing yet\n', '\n,,,\n']) {
      const { records, findings } = await readBoth(readAttendance, csvFile(text));
      expect(records).toEqual([]);
      expect(brief(findings)).toEqual(['1 error the file has no header row']);
    }
  });

  it('alone is fine: no rows, no findings', async () => {
    expect(await readBoth(readAttendance, csvFile(`${HEADER}\r\n`))).toEqual({ records: [], findings: [] });
  });
});

describe('rows', () => {
  it('with too few or too many fields are errors on their line, and left out', async () => {
    const text = `${HEADER}\nanna-schmidt,2026-03-03,check-in\nben-okafor,2026-03-03,check-in,present,extra\nchloe-martin,2026-03-03,check-in,present,,\nanna-schmidt,2026-03-05,demo,absent\n`;
    const { records, findings } = await readBoth(readAttendance, csvFile(text));
    expect(records.map((r) => [r.participant, r.source.line])).toEqual([
      ['chloe-martin', 4], // trailing empty fields are a trailing comma, not data
      ['anna-schmidt', 5],
    ]);
    expect(brief(findings)).toEqual(['2 error this row has 3 fields, the header 4', '3 error this row has 5 fields, the header 4']);
    expect(findings[0]!.hint).toMatch(/quote a field that holds a comma/);
  });

  it('that are blank (a spreadsheet\'s ",,,") are skipped', async () => {
    const { records, findings } = await readBoth(readAttendance, csvFile(`${HEADER}\n,,,\n  , ,,\n,,\nanna-schmidt,2026-03-03,check-in,present\n`));
    expect(findings).toEqual([]);
    expect(records.map((r) => r.source.line)).toEqual([5]);
  });

  it('keep their line through quoted multi-line fields and comments, with CRLF', async () => {
    const text = `${HEADER},note\r\n# first session\r\nanna-schmidt,2026-03-03,check-in,present,"joined late,\r\nleft early"\r\n\r\nben-okafor,2026-03-03,check-in,absent,"said ""sick"""\r\n# end\r\nchloe-martin,2026-03-03,check-in,excused,\r\n`;
    const { records, findings } = await readBoth(readAttendance, csvFile(text));
    expect(findings).toEqual([]);
    expect(records.map((r) => [r.participant, r.status, r.source.line])).toEqual([
      ['anna-schmidt', 'present', 3],
      ['ben-okafor', 'absent', 6],
      ['chloe-martin', 'excused', 8],
    ]);
  });

  it('after a broken quote are not read: one error, the rows before it kept', async () => {
    const text = `${HEADER}\nanna-schmidt,2026-03-03,check-in,present\nben-okafor,"2026-03-03,check-in,absent\nchloe-martin,2026-03-03,check-in,present\n`;
    const { records, findings } = await readBoth(readAttendance, csvFile(text));
    expect(records.map((r) => r.participant)).toEqual(['anna-schmidt']);
    expect(brief(findings)).toEqual(['3 error the quoted field opened on line 3 is not closed; the rest of the file is not read']);
  });
});

describe('findings per file', () => {
  it(`are listed up to ${FINDINGS_SHOWN} per severity, then summed up`, async () => {
    const rows = Array.from({ length: 250 }, (_, i) => `ghost-${i},2026-03-03,check-in,present`);
    const bad = Array.from({ length: 120 }, () => 'anna-schmidt,2026-02-30,check-in,present');
    const { records, findings } = await readBoth(readAttendance, csvFile([HEADER, ...rows, ...bad, 'anna-schmidt,2026-03-03,check-in,present', ''].join('\n')));
    expect(records).toHaveLength(1);
    expect(findings.filter((f) => f.severity === 'warning')).toHaveLength(FINDINGS_SHOWN + 1);
    expect(findings.filter((f) => f.severity === 'error')).toHaveLength(FINDINGS_SHOWN + 1);
    expect(findings.at(-2)).toEqual({ severity: 'error', file: 'records/attendance.csv', line: 352, message: '20 more errors in this file from here on, not listed (the first 100 are)' });
    expect(findings.at(-1)).toEqual({ severity: 'warning', file: 'records/attendance.csv', line: 102, message: '150 more warnings in this file from here on, not listed (the first 100 are)' });
  });

  it('are separate for each file', async () => {
    const findings: import('../../src/records/index.js').RecordFinding[] = [];
    for (const name of ['projects-a.csv', 'projects-b.csv']) {
      for await (const _ of readProjects(csvFile('project,status,date\nnope,proposed,2026-03-03\n', name), (await import('./helpers.js')).CTX, findings));
    }
    expect(findings.map((f) => `${f.file}:${f.line}`)).toEqual(['records/projects-a.csv:2', 'records/projects-b.csv:2']);
  });
});

describe('a file that cannot be read', () => {
  it('is an error finding, not a crash', async () => {
    const file = csvFile('x');
    for (const abs of [`${file.abs}.missing`, path.dirname(file.abs)]) {
      const { records, findings } = await readBoth(readAttendance, { abs, rel: 'records/attendance.csv' });
      expect(records).toEqual([]);
      expect(brief(findings)).toEqual([expect.stringMatching(/^1 error cannot read the file \((ENOENT|EISDIR)\)$/)]);
    }
  });
});
