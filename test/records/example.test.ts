import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadProgram } from '../../src/program/load.js';
import {
  type RecordContext,
  type RecordFile,
  type RecordFinding,
  findRecordFiles,
  readAssessments,
  readAttendanceBatches,
  readFeedback,
  readProjects,
  recordContext,
  recordFile,
} from '../../src/records/index.js';
import { validateProgram } from '../../src/validate/index.js';
import { oneByOne } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../fixtures/example', import.meta.url));

describe('the example program\'s records', () => {
  it('read without findings, every row', async () => {
    const { model, diagnostics } = validateProgram(loadProgram(ROOT), { today: '2026-06-01' });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const ctx = recordContext(model);
    const { files } = findRecordFiles(ROOT, model.program?.value.spec.records ?? 'records/');
    expect(files).toEqual({ attendance: ['records/attendance.csv'], assessments: ['records/assessments.csv'], projects: ['records/projects.csv'], feedback: ['records/feedback.csv'] });
    const findings: RecordFinding[] = [];
    const count = async <T>(read: (file: RecordFile, ctx: RecordContext, findings: RecordFinding[]) => AsyncIterable<T>, rels: string[]) => {
      let n = 0;
      for (const rel of rels) for await (const _ of read(recordFile(ROOT, rel), ctx, findings)) n++;
      return n;
    };
    const counts = {
      attendance: await count(oneByOne(readAttendanceBatches), files.attendance),
      assessments: await count(readAssessments, files.assessments),
      projects: await count(readProjects, files.projects),
      feedback: await count(readFeedback, files.feedback),
    };
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings).toEqual([]);
    // Every data row (lines less the header and comment lines).
    expect(counts).toEqual({ attendance: 543, assessments: 145, projects: 57, feedback: 50 });
  });

  it('infer the kind of feedback rows that leave it out', async () => {
    const { model } = validateProgram(loadProgram(ROOT), { today: '2026-06-01' });
    const findings: RecordFinding[] = [];
    const rows = [];
    for await (const row of readFeedback(recordFile(ROOT, path.posix.join('records', 'feedback.csv')), recordContext(model), findings)) rows.push(row);
    const byLine = new Map(rows.map((r) => [r.source.line, r]));
    expect(byLine.get(8)).toMatchObject({ from: 'fatima-al-sayed', to: 'hannah-weber', kind: 'peer' });
    expect(byLine.get(17)).toMatchObject({ from: 'emily-carter', to: 'jessica-moore', kind: 'mentor' });
    expect(byLine.get(30)).toMatchObject({ from: 'sunita.rao@northwind.example', to: 'returns-triage', kind: 'stakeholder', comment: 'Late, but worth the wait.' });
  });
});
