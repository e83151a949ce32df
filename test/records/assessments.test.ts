import { describe, expect, it } from 'vitest';
import { readAssessments } from '../../src/records/index.js';
import { parseDate } from '../../src/util/dates.js';
import { brief, csvFile, readBoth } from './helpers.js';

const HEADER = 'participant,module,score,date,assessor';
const read = (rows: string[]) => readBoth(readAssessments, csvFile([HEADER, ...rows, ''].join('\n'), 'assessments.csv'));

describe('readAssessments', () => {
  it('reads scores written as 0..1 or as percentages', async () => {
    const { records, findings } = await read([
      'anna-schmidt,intro,0.88,2026-03-06,omar-haddad',
      'anna-schmidt,intro,1,2026-03-06,',
      'anna-schmidt,intro,0,2026-03-06,',
      'anna-schmidt,intro,88%,2026-03-06,',
      'anna-schmidt,intro,88.5 %,2026-03-06,',
      'anna-schmidt,intro,.5,2026-03-06,',
      'anna-schmidt,intro,100%,2026-03-06,',
    ]);
    expect(findings).toEqual([]);
    expect(records.map((r) => r.score)).toEqual([0.88, 1, 0, 0.88, 0.885, 0.5, 1]);
    expect(records[0]).toEqual({ participant: 'anna-schmidt', module: 'intro', score: 0.88, date: parseDate('2026-03-06'), assessor: 'omar-haddad', source: { file: 'records/assessments.csv', line: 2 } });
  });

  it('takes an email for the participant, and resolves an assessor email to a mentor id (others kept as written)', async () => {
    const { records } = await read(['ben.okafor@contoso.example,data-basics,0.7,2026-03-20,Omar.Haddad@contoso.example', 'ben-okafor,data-basics,0.7,2026-03-20,external@partner.example']);
    expect(records.map((r) => [r.participant, r.assessor])).toEqual([
      ['ben-okafor', 'omar-haddad'],
      ['ben-okafor', 'external@partner.example'],
    ]);
  });

  it('reports a bare number above 1 with the hint to write a share or a percentage', async () => {
    const { records, findings } = await read(['anna-schmidt,intro,88,2026-03-06,']);
    expect(records).toEqual([]);
    expect(findings).toEqual([{ severity: 'error', file: 'records/assessments.csv', line: 2, column: 'score', message: 'score "88" is above 1: a bare number is a share (0..1)', hint: 'write 0.88 or 88%' }]);
  });

  it('reports scores out of range or not numbers', async () => {
    const { records, findings } = await read([
      'anna-schmidt,intro,120%,2026-03-06,',
      'anna-schmidt,intro,-0.1,2026-03-06,',
      'anna-schmidt,intro,250,2026-03-06,',
      'anna-schmidt,intro,"0,88",2026-03-06,',
      'anna-schmidt,intro,good,2026-03-06,',
      'anna-schmidt,intro,%,2026-03-06,',
      'anna-schmidt,intro,,2026-03-06,',
      'anna-schmidt,intro,1e-1,2026-03-06,',
    ]);
    expect(records).toEqual([]);
    expect(brief(findings)).toEqual([
      '2 error [score] score "120%" is outside 0%..100%',
      '3 error [score] score "-0.1" is outside 0..1',
      '4 error [score] score "250" is outside 0..1',
      '5 error [score] score "0,88" is not a number',
      '6 error [score] score "good" is not a number',
      '7 error [score] score "%" is not a percentage',
      '8 error [score] score is empty',
      '9 error [score] score "1e-1" is not a number',
    ]);
    expect(findings[3]!.hint).toBe('write a decimal point: 0.88');
  });

  it('warns about an unknown participant or module and leaves the row out', async () => {
    const { records, findings } = await read(['anna-schmidt,intr,0.9,2026-03-06,', 'zoe,intro,0.9,2026-03-06,']);
    expect(records).toEqual([]);
    expect(brief(findings)).toEqual(['2 warning [module] unknown module "intr" (did you mean "intro"?); the row is left out', '3 warning [participant] unknown participant "zoe"; the row is left out']);
  });

  it('reports a bad date with its column', async () => {
    const { findings } = await read(['anna-schmidt,intro,0.9,2026-3-6,']);
    expect(brief(findings)).toEqual(['2 error [date] date "2026-3-6" is not a date in the form YYYY-MM-DD']);
  });
});
