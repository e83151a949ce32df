import { describe, expect, it } from 'vitest';
import { FILES, att, person, report, score } from './program.js';

describe('assessments and modules', () => {
  it('counts the best score and passes on the first attempt that reached passScore, whatever the row order', async () => {
    const { report: r } = await report(
      {
        assessments: [
          score('ben', 'intro', 0.9, '2026-03-20'),
          score('ben', 'intro', 0.5, '2026-03-06'),
          score('ben', 'intro', 0.75, '2026-03-13'),
          score('ben', 'data', 0.79, '2026-03-20'),
        ],
      },
      '2026-03-21',
    );
    const ben = person(r, 'spring-2026', 'ben');
    expect(ben.modules).toEqual([
      { module: 'intro', status: 'passed', bestScore: 0.9, attempts: 3, passedOn: '2026-03-13', passScore: 0.7, overdue: false },
      { module: 'data', status: 'failed', bestScore: 0.79, attempts: 1, passedOn: null, passScore: 0.8, overdue: false },
    ]);
    expect([ben.modulesPassed, ben.modulesTotal]).toEqual([1, 2]);
    expect(ben.competencies).toEqual({ 'app-building': 1 });
  });

  it('marks modules missing, overdue once their span ended, and gives competencies at the highest passed level', async () => {
    const { report: r } = await report(
      { assessments: [score('ana', 'intro', 0.8, '2026-03-06'), score('ana', 'data', 0.85, '2026-03-19'), score('ben', 'intro', 0.7, '2026-03-06')] },
      // intro ran 03-02…03-08, data 03-09…03-22
      '2026-03-23',
    );
    expect(person(r, 'spring-2026', 'ana').competencies).toEqual({ 'app-building': 2, 'data-modeling': 1 });
    const ben = person(r, 'spring-2026', 'ben');
    expect(ben.modules.map((m) => [m.module, m.status, m.overdue])).toEqual([
      ['intro', 'passed', false],
      ['data', 'missing', true],
    ]);
    // dev left on 03-15, before data ended but after it began: still owed, yet withdrawn learners are not flagged
    const dev = person(r, 'spring-2026', 'dev');
    expect(dev.modules.map((m) => m.overdue)).toEqual([true, true]);
    expect(dev.atRisk).toBe(false);
  });

  it.each(['2026-04-05', '2026-04-30'])('still flags someone who left on %s, not before the cohort ended (2026-04-05): they did not withdraw', async (left) => {
    // ben has intro but never data.
    const files = { ...FILES, 'cohorts/spring.yaml': FILES['cohorts/spring.yaml']!.replace('{ id: ben, name: Ben, email: ben@acme.example', `{ id: ben, name: Ben, email: ben@acme.example, left: ${left}`) };
    expect(files['cohorts/spring.yaml']).toContain(`left: ${left}`);
    const { report: r } = await report({ assessments: [score('ben', 'intro', 0.9, '2026-03-06')] }, '2026-05-04', files);
    const ben = person(r, 'spring-2026', 'ben');
    expect(ben.left).toBe(left);
    expect(ben.atRiskReasons).toContain('module data overdue (ended 2026-03-22)');
  });

  it('flags learners at risk with the reasons: low attendance, a failed module, an overdue one', async () => {
    const { report: r } = await report(
      {
        attendance: [
          ...['2026-03-03', '2026-03-10', '2026-03-17'].map((d) => att('ana', d, 'check-in', 'present')),
          att('ben', '2026-03-03', 'check-in', 'present'),
          att('ben', '2026-03-10', 'check-in', 'present'),
        ],
        assessments: [score('ana', 'intro', 0.5, '2026-03-06'), score('ana', 'data', 0.9, '2026-03-20'), score('ben', 'intro', 0.9, '2026-03-06')],
      },
      '2026-03-23',
    );
    const ana = person(r, 'spring-2026', 'ana');
    expect(ana.atRiskReasons).toEqual(['module intro failed (best score 0.5, pass mark 0.7)']);
    const ben = person(r, 'spring-2026', 'ben');
    expect(ben.atRiskReasons).toEqual(['attendance 0.67 < 0.7 (2 of 3 sessions)', 'module data overdue (ended 2026-03-22)']);
    // cleo: no attendance rate yet (nothing counted for g2), so only the modules speak
    expect(person(r, 'spring-2026', 'cleo').atRiskReasons).toEqual(['module intro overdue (ended 2026-03-08)', 'module data overdue (ended 2026-03-22)']);
    expect(r.cohorts.find((c) => c.cohort === 'spring-2026')!.atRisk).toBe(3);
  });

  it('without atRisk in the program, only failed and overdue modules flag', async () => {
    const files = { ...FILES, 'program.yaml': FILES['program.yaml']!.replace('  atRisk: { attendanceBelow: 0.7 }\n', '') };
    const { report: r } = await report(
      {
        attendance: [att('ana', '2026-03-03', 'check-in', 'absent'), att('ben', '2026-03-03', 'check-in', 'present')],
        assessments: [score('ana', 'intro', 0.9, '2026-03-06')],
      },
      '2026-03-09',
      files,
    );
    expect(person(r, 'spring-2026', 'ana')).toMatchObject({ atRisk: false, atRiskReasons: [] });
    expect(person(r, 'spring-2026', 'ben').atRiskReasons).toEqual(['module intro overdue (ended 2026-03-08)']);
  });

  it('warns about rows for unknown participants or modules, and leaves them out', async () => {
    const unknown = score('zed', 'intro', 0.9, '2026-03-06');
    const module = score('ben', 'flows', 0.9, '2026-03-06');
    const { report: r, warnings } = await report({ assessments: [unknown, module] }, '2026-03-07');
    expect(warnings.map((w) => [w.line, w.column, w.message])).toEqual([
      [unknown.source.line, 'participant', 'unknown participant "zed"'],
      [module.source.line, 'module', 'ben\'s curriculum basics has no module "flows"'],
    ]);
    expect(person(r, 'spring-2026', 'ben').modules.every((m) => m.attempts === 0)).toBe(true);
  });

  it('gives a two-cohort participant\'s assessment to the cohort running that day', async () => {
    const { report: r } = await report({ assessments: [score('ana', 'intro', 0.9, '2026-03-06'), score('ana', 'intro', 0.6, '2026-04-03')] }, '2026-04-08');
    // 04-03 falls in both (spring's last week, summer's first): the latest begun, summer
    expect(person(r, 'spring-2026', 'ana').modules[0]).toMatchObject({ status: 'passed', attempts: 1 });
    expect(person(r, 'summer-2026', 'ana').modules[0]).toMatchObject({ status: 'failed', attempts: 1, bestScore: 0.6 });
  });

  it('notes, once, that a module without an assessment cannot be passed', async () => {
    const files = { ...FILES, 'curricula/basics.yaml': FILES['curricula/basics.yaml']!.replace('      assessment: { type: project, passScore: 0.8 }\n', '').replace('modules: [intro, data], attendance', 'modules: [intro], attendance') };
    const first = score('ana', 'data', 0.9, '2026-03-20');
    const { report: r, warnings } = await report({ assessments: [first, score('ben', 'data', 0.9, '2026-03-20')] }, '2026-03-23', files);
    expect(warnings.map((w) => [w.line, w.message])).toEqual([[first.source.line, 'module data of basics has no assessment, so no score passes it']]);
    const ana = person(r, 'spring-2026', 'ana');
    expect(ana.modules[1]).toEqual({ module: 'data', status: 'missing', bestScore: 0.9, attempts: 1, passedOn: null, passScore: null, overdue: false });
    expect(ana.modulesTotal).toBe(1);
  });

  it('summarises each module per cohort', async () => {
    const { report: r } = await report({ assessments: [score('ana', 'intro', 0.9, '2026-03-06'), score('ben', 'intro', 0.5, '2026-03-06'), score('ben', 'intro', 0.6, '2026-03-07')] }, '2026-03-09');
    expect(r.modules.filter((m) => m.cohort === 'spring-2026')[0]).toEqual({
      cohort: 'spring-2026',
      module: 'intro',
      name: 'Intro',
      passed: 1,
      failed: 1,
      missing: 2,
      completionRate: 0.25,
      averageBestScore: 0.75,
    });
  });
});
