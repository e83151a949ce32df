import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRecordFiles } from '../../src/records/index.js';
import { tempDir } from './helpers.js';

describe('findRecordFiles', () => {
  it('finds the four kinds by file name, directly in the records folder, sorted', () => {
    const root = tempDir();
    const records = path.join(root, 'records');
    mkdirSync(path.join(records, 'old'), { recursive: true });
    mkdirSync(path.join(records, 'attendance-folder.csv'));
    for (const name of ['attendance.csv', 'attendance-2026-04.CSV', 'attendance-2026-03.csv', 'assessments.csv', 'projects.csv', 'feedback-forms.Csv', 'feedback.txt', 'notes.csv', 'old/attendance.csv', 'Attendance-upper.csv']) {
      writeFileSync(path.join(records, name), 'x\n');
    }
    symlinkSync(path.join(records, 'projects.csv'), path.join(records, 'projects-link.csv'));
    symlinkSync(path.join(records, 'missing.csv'), path.join(records, 'projects-dangling.csv'));
    expect(findRecordFiles(root, 'records/')).toEqual({
      files: {
        attendance: ['records/attendance-2026-03.csv', 'records/attendance-2026-04.CSV', 'records/attendance.csv'],
        assessments: ['records/assessments.csv'],
        projects: ['records/projects-link.csv', 'records/projects.csv'],
        feedback: ['records/feedback-forms.Csv'],
      },
      // Other .csv files are named, so a report can say they are not read; other files are not.
      ignored: ['records/Attendance-upper.csv', 'records/notes.csv'],
      missing: false,
    });
  });

  it('takes the folder as Program.spec.records writes it', () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'data', 'exports'), { recursive: true });
    writeFileSync(path.join(root, 'data', 'exports', 'projects.csv'), 'x\n');
    const expected = { attendance: [], assessments: [], projects: ['data/exports/projects.csv'], feedback: [] };
    expect(findRecordFiles(root, 'data/exports').files).toEqual(expected);
    expect(findRecordFiles(root, './data/exports/').files).toEqual(expected);
    expect(findRecordFiles(path.join(root, 'data', 'exports'), '.').files).toEqual({ ...expected, projects: ['projects.csv'] });
  });

  it('gives empty lists for a missing folder, and says it is missing', () => {
    const root = tempDir();
    writeFileSync(path.join(root, 'records'), 'a file, not a folder');
    const none = { files: { attendance: [], assessments: [], projects: [], feedback: [] }, ignored: [], missing: true };
    expect(findRecordFiles(root, 'nowhere')).toEqual(none);
    expect(findRecordFiles(root, 'records')).toEqual(none);
  });
});
