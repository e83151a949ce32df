import { describe, expect, it } from 'vitest';
import { readAttendanceBatches } from '../../src/records/index.js';
import { parseDate } from '../../src/util/dates.js';
import { CTX, brief, csvFile, oneByOne, readBoth } from './helpers.js';

const readAttendance = oneByOne(readAttendanceBatches);

const HEADER = 'participant,date,type,status,cohort,group,minutes';
const read = (rows: string[]) => readBoth(readAttendance, csvFile([HEADER, ...rows, ''].join('\n')));

describe('readAttendanceBatches', () => {
  it('reads a row into a record with its source', async () => {
    const { records, findings } = await read(['anna-schmidt,2026-03-03,check-in,present,spring-2026,g1,30']);
    expect(findings).toEqual([]);
    expect(records).toEqual([
      { participant: 'anna-schmidt', date: parseDate('2026-03-03'), type: 'check-in', status: 'present', cohort: 'spring-2026', group: 'g1', minutes: 30, source: { file: 'records/attendance.csv', line: 2 } },
    ]);
  });

  it('takes a participant email, in any case, for the id', async () => {
    const { records, findings } = await read(['Anna.Schmidt@Contoso.example,2026-03-03,check-in,present,,,', ' ben.okafor@contoso.example ,2026-03-03,check-in,absent,,,']);
    expect(findings).toEqual([]);
    expect(records.map((r) => r.participant)).toEqual(['anna-schmidt', 'ben-okafor']);
  });

  it('leaves cohort and group empty, and minutes out, when not given', async () => {
    const { records } = await readBoth(readAttendance, csvFile('participant,date,type,status\nanna-schmidt,2026-03-03,check-in,excused\n'));
    expect(records[0]).toMatchObject({ cohort: '', group: '', status: 'excused' });
    expect(records[0]!.minutes).toBeUndefined();
  });

  it('trims cells and accepts a status in any case', async () => {
    const { records, findings } = await read([' chloe-martin , 2026-03-05 , code-review , Present , spring-2026 , g2 , 60 ']);
    expect(findings).toEqual([]);
    expect(records[0]).toMatchObject({ participant: 'chloe-martin', type: 'code-review', status: 'present', cohort: 'spring-2026', group: 'g2', minutes: 60 });
  });

  it('reports a date that is not YYYY-MM-DD or not a real date, with file, line and column, and leaves the row out', async () => {
    const { records, findings } = await read(['anna-schmidt,03/04/2026,check-in,present,,,', 'anna-schmidt,2026-02-30,check-in,present,,,', 'anna-schmidt,,check-in,present,,,', 'anna-schmidt,2026-03-03,check-in,present,,,']);
    expect(records.map((r) => r.source.line)).toEqual([5]);
    expect(findings).toEqual([
      { severity: 'error', file: 'records/attendance.csv', line: 2, column: 'date', message: 'date "03/04/2026" is not a date in the form YYYY-MM-DD', hint: 'write dates as YYYY-MM-DD, e.g. 2026-03-04' },
      { severity: 'error', file: 'records/attendance.csv', line: 3, column: 'date', message: 'date "2026-02-30" is not a calendar date', hint: 'check the day and month (YYYY-MM-DD)' },
      { severity: 'error', file: 'records/attendance.csv', line: 4, column: 'date', message: 'date is empty', hint: 'write dates as YYYY-MM-DD, e.g. 2026-03-04' },
    ]);
  });

  it('reports a status outside present, absent, excused (with a did-you-mean)', async () => {
    const { records, findings } = await read(['anna-schmidt,2026-03-03,check-in,presnt,,,', 'anna-schmidt,2026-03-03,check-in,,,,']);
    expect(records).toEqual([]);
    expect(brief(findings)).toEqual(['2 error [status] status "presnt" is not one of present, absent, excused (did you mean "present"?)', '3 error [status] status is empty']);
  });

  it('reports minutes that are not a number ≥ 0, and an empty type', async () => {
    const { records, findings } = await read(['anna-schmidt,2026-03-03,check-in,present,,,half', 'anna-schmidt,2026-03-03,check-in,present,,,-5', 'anna-schmidt,2026-03-03,,present,,,']);
    expect(records).toEqual([]);
    expect(brief(findings)).toEqual(['2 error [minutes] minutes "half" is not a number', '3 error [minutes] minutes "-5" is negative', '4 error [type] type is empty']);
  });

  it('warns about an unknown participant, email or cohort, with file and line, and leaves the row out', async () => {
    const { records, findings } = await read([
      'anna-schmit,2026-03-03,check-in,present,,,',
      'nobody@contoso.example,2026-03-03,check-in,present,,,',
      'anna-schmidt,2026-03-03,check-in,present,sprng-2026,,',
      'ben-okafor,2026-03-03,check-in,present,,,',
    ]);
    expect(records.map((r) => r.participant)).toEqual(['ben-okafor']);
    expect(findings).toEqual([
      { severity: 'warning', file: 'records/attendance.csv', line: 2, column: 'participant', message: 'unknown participant "anna-schmit" (did you mean "anna-schmidt"?); the row is left out' },
      { severity: 'warning', file: 'records/attendance.csv', line: 3, column: 'participant', message: 'no participant has the email "nobody@contoso.example"; the row is left out' },
      { severity: 'warning', file: 'records/attendance.csv', line: 4, column: 'cohort', message: 'unknown cohort "sprng-2026" (did you mean "spring-2026"?); the row is left out' },
    ]);
  });

  it('reports every problem of a row', async () => {
    const { findings } = await read(['ghost,2026-13-01,check-in,maybe,,,']);
    expect(brief(findings)).toEqual([
      '2 error [date] date "2026-13-01" is not a calendar date',
      '2 error [status] status "maybe" is not one of present, absent, excused',
      '2 warning [participant] unknown participant "ghost"; the row is left out',
    ]);
  });

  it('gives the same records for runs of equal cells as for varied ones', async () => {
    const rows = ['anna-schmidt,2026-03-03,check-in,present,spring-2026,g1,30', 'ben-okafor,2026-03-03,check-in,absent,spring-2026,g1,', 'chloe-martin,2026-03-03,check-in,present,autumn-2026,g2,25', 'anna-schmidt,2026-03-04,check-in,present,spring-2026,g1,30'];
    const { records } = await read([...rows, 'nobody,2026-03-05,demo,present,spring-2026,g1,1', ...rows]);
    expect(records.slice(0, 4)).toEqual(records.slice(4).map((r) => ({ ...r, source: { ...r.source, line: r.source.line - 5 } })));
  });

  it('reads each row\'s participant whatever the order of rows (the same order session after session, or not)', async () => {
    const ctx = { ...CTX, participants: new Set(['ann', 'bob', 'anna', 'anne', 'anna-schmidt', 'ben-okafor']) };
    const session = ['ann', 'anna', 'bob', 'anne', 'anna-schmidt', 'ben-okafor'];
    const shuffled = ['ann', 'anne', 'bob', 'anna', 'ben-okafor', 'anna-schmidt']; // ids of the same length where the last order had another
    const written = [...session, ...session, ...shuffled, ' anna', 'ANN', 'ghost', 'ben.okafor@contoso.example', 'anna-schmidt', ...session];
    const expected = [...session, ...session, ...shuffled, 'anna', 'ann', 'ben-okafor', 'anna-schmidt', ...session];
    const file = csvFile([HEADER, ...written.map((p) => `${p},2026-03-03,check-in,present,,,`), ''].join('\n'));
    const { records, findings } = await readBoth(readAttendance, file, ctx);
    expect(brief(findings)).toEqual(['22 warning [participant] unknown participant "ghost"; the row is left out']);
    expect(records.map((r) => r.participant)).toEqual(expected);
  });

  it('reads a file of many chunks in runs of sessions as csv-parse does', async () => {
    const people = ['anna-schmidt', 'ben-okafor', 'chloe-martin'];
    const rows: string[] = [];
    for (let day = 1; day <= 28; day++) {
      for (let session = 0; session < 150; session++) {
        for (const [k, p] of people.entries()) rows.push(`${p},2026-02-${String(day).padStart(2, '0')},${session % 2 ? 'code-review' : 'check-in'},${k === 1 ? 'absent' : 'present'},spring-2026,g${1 + (session % 3)},${k === 1 ? '' : 30 + k}`);
      }
    }
    const { records, findings } = await readBoth(readAttendance, csvFile(`\uFEFF${[HEADER, ...rows, ''].join('\r\n')}`));
    expect(findings).toEqual([]);
    expect(records).toHaveLength(rows.length);
    expect(records.at(-1)).toEqual({ participant: 'chloe-martin', date: parseDate('2026-02-28'), type: 'code-review', status: 'present', cohort: 'spring-2026', group: 'g3', minutes: 32, source: { file: 'records/attendance.csv', line: rows.length + 1 } });
  });

  it('gives the same records whether fields are quoted or not (the quoted and plain paths agree)', async () => {
    const rows = ['anna-schmidt,2026-03-03,check-in,present,spring-2026,g1,30', 'ben.okafor@contoso.example,2026-03-03,check-in,absent,spring-2026,g1,', 'chloe-martin,2026-03-05,demo,excused,autumn-2026,,'];
    const quote = (row: string) => row.split(',').map((f) => `"${f}"`).join(',');
    const plain = await readBoth(readAttendance, csvFile([HEADER, ...rows, ''].join('\n')));
    const quoted = await readBoth(readAttendance, csvFile([quote(HEADER), ...rows.map(quote), ''].join('\r\n')));
    expect(plain.findings).toEqual([]);
    expect(quoted).toEqual(plain);
  });
});
