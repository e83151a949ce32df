import { describe, expect, it } from 'vitest';
import { readProjects } from '../../src/records/index.js';
import { parseDate } from '../../src/util/dates.js';
import { brief, csvFile, readBoth } from './helpers.js';

const HEADER = 'project,status,date,planned_days,actual_days,rework_count,satisfaction';
const read = (rows: string[]) => readBoth(readProjects, csvFile([HEADER, ...rows, ''].join('\n'), 'projects.csv'));

describe('readProjects', () => {
  it('reads status rows; empty numbers are absent', async () => {
    const { records, findings } = await read(['invoice-approvals,proposed,2026-03-23,,,,', 'invoice-approvals,delivered,2026-04-17,10,8.5,0,4', 'travel-form,In-Progress,2026-04-01,10,,,']);
    expect(findings).toEqual([]);
    expect(records).toEqual([
      { project: 'invoice-approvals', status: 'proposed', date: parseDate('2026-03-23'), source: { file: 'records/projects.csv', line: 2 } },
      { project: 'invoice-approvals', status: 'delivered', date: parseDate('2026-04-17'), plannedDays: 10, actualDays: 8.5, reworkCount: 0, satisfaction: 4, source: { file: 'records/projects.csv', line: 3 } },
      { project: 'travel-form', status: 'in-progress', date: parseDate('2026-04-01'), plannedDays: 10, source: { file: 'records/projects.csv', line: 4 } },
    ]);
  });

  it('reads a file with only the required columns', async () => {
    const { records, findings } = await readBoth(readProjects, csvFile('project,status,date\ntravel-form,cancelled,2026-04-13\n', 'projects.csv'));
    expect(findings).toEqual([]);
    expect(records).toEqual([{ project: 'travel-form', status: 'cancelled', date: parseDate('2026-04-13'), source: { file: 'records/projects.csv', line: 2 } }]);
  });

  it('reports a status outside the list, with a did-you-mean', async () => {
    const { records, findings } = await read(['travel-form,in progress,2026-04-01,,,,', 'travel-form,done,2026-04-01,,,,']);
    expect(records).toEqual([]);
    expect(brief(findings)).toEqual([
      '2 error [status] status "in progress" is not one of proposed, approved, in-progress, delivered, accepted, cancelled (did you mean "in-progress"?)',
      '3 error [status] status "done" is not one of proposed, approved, in-progress, delivered, accepted, cancelled',
    ]);
  });

  it('reports negative days, a fractional rework count and satisfaction outside 1..5', async () => {
    const { records, findings } = await read(['travel-form,delivered,2026-04-01,-1,x,1.5,6', 'travel-form,delivered,2026-04-01,1,1,1,0']);
    expect(records).toEqual([]);
    expect(brief(findings)).toEqual([
      '2 error [planned_days] planned_days "-1" is negative',
      '2 error [actual_days] actual_days "x" is not a number',
      '2 error [rework_count] rework_count "1.5" is not a whole number',
      '2 error [satisfaction] satisfaction "6" is outside 1..5',
      '3 error [satisfaction] satisfaction "0" is outside 1..5',
    ]);
  });

  it('warns about an unknown project and leaves the row out', async () => {
    const { records, findings } = await read(['travel-from,approved,2026-03-26,10,,,']);
    expect(records).toEqual([]);
    expect(findings).toEqual([{ severity: 'warning', file: 'records/projects.csv', line: 2, column: 'project', message: 'unknown project "travel-from" (did you mean "travel-form"?); the row is left out' }]);
  });
});
