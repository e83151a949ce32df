import { describe, expect, it } from 'vitest';
import { readFeedback } from '../../src/records/index.js';
import { parseDate } from '../../src/util/dates.js';
import { CTX, brief, csvFile, readBoth } from './helpers.js';

const HEADER = 'from,to,rating,date,comment,kind';
const read = (rows: string[]) => readBoth(readFeedback, csvFile([HEADER, ...rows, ''].join('\n'), 'feedback.csv'));

describe('readFeedback', () => {
  it('reads a row, keeping the comment as written (quotes, commas, line breaks)', async () => {
    const { records, findings } = await read(['ben-okafor,anna-schmidt,5,2026-03-19,"Clear map; ""great"", thanks\nreally",peer']);
    expect(findings).toEqual([]);
    expect(records).toEqual([
      { from: 'ben-okafor', to: 'anna-schmidt', rating: 5, date: parseDate('2026-03-19'), comment: 'Clear map; "great", thanks\nreally', kind: 'peer', source: { file: 'records/feedback.csv', line: 2 } },
    ]);
  });

  it('infers a missing kind from "to": participant → peer, mentor → mentor, project → stakeholder', async () => {
    const { records, findings } = await read([
      'ben-okafor,anna-schmidt,4,2026-03-19,,',
      'ben-okafor,omar-haddad,4,2026-03-19,,',
      'karin.holm@northwind.example,invoice-approvals,5,2026-05-29,,',
      'ben-okafor,Omar.Haddad@contoso.example,3,2026-03-19,,',
      'omar-haddad,anna.schmidt@contoso.example,4,2026-03-19,,',
    ]);
    expect(findings).toEqual([]);
    expect(records.map((r) => [r.from, r.to, r.kind])).toEqual([
      ['ben-okafor', 'anna-schmidt', 'peer'],
      ['ben-okafor', 'omar-haddad', 'mentor'],
      ['karin.holm@northwind.example', 'invoice-approvals', 'stakeholder'],
      ['ben-okafor', 'omar-haddad', 'mentor'],
      ['omar-haddad', 'anna-schmidt', 'peer'],
    ]);
  });

  it('resolves participant and mentor emails in "from"; keeps other senders (lower-cased emails)', async () => {
    const { records } = await read(['Ben.Okafor@contoso.example,anna-schmidt,4,2026-03-19,,peer', 'Peter.Brandt@Northwind.example,travel-form,4,2026-03-19,,stakeholder']);
    expect(records.map((r) => r.from)).toEqual(['ben-okafor', 'peter.brandt@northwind.example']);
  });

  it('keeps a written kind, and checks it', async () => {
    const { records, findings } = await read(['karin.holm@northwind.example,anna-schmidt,5,2026-05-29,,stakeholder', 'ben-okafor,anna-schmidt,4,2026-03-19,,pier']);
    expect(records.map((r) => [r.to, r.kind])).toEqual([['anna-schmidt', 'stakeholder']]);
    expect(brief(findings)).toEqual(['3 error [kind] kind "pier" is not one of peer, mentor, stakeholder (did you mean "peer"?)']);
  });

  it('warns about a "to" that is no participant, mentor or project, and leaves the row out', async () => {
    const { records, findings } = await read(['ben-okafor,anna-schmit,4,2026-03-19,,', 'ben-okafor,someone@else.example,4,2026-03-19,,mentor']);
    expect(records).toEqual([]);
    expect(findings).toEqual([
      {
        severity: 'warning',
        file: 'records/feedback.csv',
        line: 2,
        column: 'to',
        message: '"anna-schmit" is not a participant, mentor or project (did you mean "anna-schmidt"?); the row is left out',
        hint: 'feedback goes to a participant (peer), a mentor (mentor) or a project (stakeholder), by id or email',
      },
      { severity: 'warning', file: 'records/feedback.csv', line: 3, column: 'to', message: '"someone@else.example" is not a participant, mentor or project; the row is left out' },
    ]);
  });

  it('warns about a "from" without @ that is no participant or mentor, and leaves the row out; an unknown email is a sponsor', async () => {
    const { records, findings } = await read(['ben-okafr,anna-schmidt,2,2026-03-19,,', 'sponsor@northwind.example,anna-schmidt,5,2026-03-19,,', 'lena-vogel,anna-schmidt,4,2026-03-19,,']);
    expect(records.map((r) => [r.from, r.to])).toEqual([
      ['sponsor@northwind.example', 'anna-schmidt'],
      ['lena-vogel', 'anna-schmidt'],
    ]);
    expect(findings).toEqual([
      {
        severity: 'warning',
        file: 'records/feedback.csv',
        line: 2,
        column: 'from',
        message: 'unknown person "ben-okafr" (did you mean "ben-okafor"?); the row is left out',
        hint: 'feedback comes from a participant or mentor (by id or email), or from anyone else by email',
      },
    ]);
  });

  it('warns about a self-rating (by id or email, peer or mentor) and leaves it out; a project named like its rater is no self-rating', async () => {
    const ctx = { ...CTX, projects: new Set([...CTX.projects, 'ben-okafor']) };
    const file = csvFile(
      [HEADER, 'ben-okafor,ben-okafor,5,2026-03-19,,', 'Ben.Okafor@contoso.example,ben-okafor,5,2026-03-19,,peer', 'omar-haddad,omar.haddad@contoso.example,5,2026-03-19,,', 'ben-okafor,ben-okafor,4,2026-03-19,,stakeholder', ''].join('\n'),
      'feedback.csv',
    );
    const { records, findings } = await readBoth(readFeedback, file, ctx);
    expect(records.map((r) => [r.from, r.to, r.kind])).toEqual([['ben-okafor', 'ben-okafor', 'stakeholder']]);
    expect(brief(findings)).toEqual([
      '2 warning [to] "ben-okafor" rates themselves: feedback on oneself is neither peer nor mentor feedback; the row is left out',
      '3 warning [to] "ben-okafor" rates themselves: feedback on oneself is neither peer nor mentor feedback; the row is left out',
      '4 warning [to] "omar-haddad" rates themselves: feedback on oneself is neither peer nor mentor feedback; the row is left out',
    ]);
  });

  it('reports ratings outside 1..5 or not numbers, and empty from/to', async () => {
    const { records, findings } = await read(['ben-okafor,anna-schmidt,0,2026-03-19,,', 'ben-okafor,anna-schmidt,five,2026-03-19,,', 'ben-okafor,anna-schmidt,,2026-03-19,,', ',anna-schmidt,4,2026-03-19,,', 'ben-okafor,,4,2026-03-19,,', 'ben-okafor,anna-schmidt,4.5,2026-03-19,,']);
    expect(records.map((r) => r.rating)).toEqual([4.5]);
    expect(brief(findings)).toEqual([
      '2 error [rating] rating "0" is outside 1..5',
      '3 error [rating] rating "five" is not a number',
      '4 error [rating] rating is empty',
      '5 error [from] from is empty',
      '6 error [to] to is empty',
    ]);
  });
});
