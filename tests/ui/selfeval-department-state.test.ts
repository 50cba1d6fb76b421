import { describe, expect, it } from 'vitest';
import type { DepartmentSelfEvalTable, JixiaoDocument } from '../../src/domain/document.js';
import { Settings } from '../../src/store/settings-schema.js';
import { initialState, reducer } from '../../src/ui/state/reducer.js';
import {
  applyField,
  fieldText,
  rowSteps,
  tableName,
  type ScoreContext,
} from '../../src/ui/state/selfeval.js';
import type { Action, AppState } from '../../src/ui/state/types.js';
import { targetDocument, trainingTarget } from '../selfeval/target-fixture.js';
import { drafted } from '../support/tables/draft.js';

const NOW = '2025-12-20T02:00:00.000Z';
const run = (state: AppState, ...actions: Action[]) => actions.reduce(reducer, state);
const context: ScoreContext = { thresholds: Settings.parse({}).gradeThresholds, year: 2025 };

/** The drafted unit table with a second task (人员保障 512.4, 社区服务 30). */
function unitDocument(): JixiaoDocument {
  const document = drafted();
  const unit = document.tables[0]!;
  if (unit.kind !== 'department') throw new Error('fixture');
  unit.tasks.push({
    name: '社区服务',
    content: '社区养老服务',
    funding: { total: '30.00', fiscal: '30.00', other: '0.00' },
  });
  unit.tasksTotal = { total: '542.40', fiscal: '542.40', other: '0.00' };
  return document;
}

function begin(document: JixiaoDocument, tables?: number[]): AppState {
  let s = run(
    initialState(Settings.parse({})),
    { type: 'selfeval-open' },
    { type: 'selfeval-target', document, from: '测试', id: 'se1', now: NOW },
  );
  if (tables) s = run(s, { type: 'selfeval-start', tables, id: 'se1', now: NOW });
  return s;
}

function departmentTable(): DepartmentSelfEvalTable {
  const s = begin(unitDocument(), [0]);
  const table = s.draft!.document!.tables[0]!;
  if (table.kind !== 'department-self-evaluation') throw new Error(`got ${table.kind}`);
  return table;
}

describe('the whole-unit table in the self-evaluation state', () => {
  it('a document with the unit table and a project goes to the picker; the unit table alone starts at once', () => {
    expect(begin(unitDocument()).screen).toMatchObject({ kind: 'selfeval-projects' });
    const alone = begin({ ...unitDocument(), tables: [unitDocument().tables[0]!] });
    expect(alone.screen).toMatchObject({ kind: 'selfeval', row: 0, field: 'initial', walk: true });
    const started = begin(unitDocument(), [0, 1]);
    expect(started.draft!.document!.tables.map((t) => t.kind)).toEqual([
      'department-self-evaluation',
      'self-evaluation',
    ]);
  });

  it('takes the unit’s 预算数 from the tasks and lists the tasks with no 执行数 yet', () => {
    const table = departmentTable();
    expect(table.funds.map((f) => [f.label, f.initial])).toEqual([
      ['年度资金总额', '542.40'],
      ['其中：财政拨款', '542.40'],
      ['其他资金', '0.00'],
    ]);
    expect(table.tasks.map((t) => [t.name, t.budget, t.spent])).toEqual([
      ['人员保障', '512.40', null],
      ['社区服务', '30.00', null],
    ]);
  });

  it('asks the tasks’ 执行数 after the 全年执行数, only where there are tasks', () => {
    const table = departmentTable();
    expect(rowSteps(table, 0, context)).toEqual(['initial', 'full', 'spent', 'tasks', 'goals']);
    expect(rowSteps({ ...table, tasks: [] }, 0, context)).toEqual(['initial', 'full', 'spent', 'goals']);
    const project = begin({ ...targetDocument(), tables: [trainingTarget()] }).draft!.document!.tables[0]!;
    if (project.kind !== 'self-evaluation') throw new Error('fixture');
    expect(rowSteps(project, 0, context)).toEqual(['initial', 'full', 'spent', 'goals']);
  });

  it('reads one amount per task, — for one not known, and says what is wrong', () => {
    const table = departmentTable();
    const ok = applyField(table, 0, 'tasks', '５００万元 / —', context);
    if (!ok.ok || ok.table.kind !== 'department-self-evaluation') throw new Error(JSON.stringify(ok));
    expect(ok.table.tasks.map((t) => t.spent)).toEqual(['500.00', null]);
    expect(ok.notice).toBeUndefined();
    expect(fieldText(ok.table, 0, 'tasks')).toBe('500 / —');

    const commas = applyField(table, 0, 'tasks', '1,200，30', context);
    if (!commas.ok || commas.table.kind !== 'department-self-evaluation') throw new Error('commas');
    expect(commas.table.tasks.map((t) => t.spent)).toEqual(['1200.00', '30.00']);

    const over = applyField(table, 0, 'tasks', '500、31', context);
    expect(over).toMatchObject({
      ok: true,
      notice: expect.stringContaining('任务“社区服务”的执行数超过预算数'),
    });

    expect(applyField(table, 0, 'tasks', '500', context)).toEqual({
      ok: false,
      error: expect.stringContaining('有 2 项任务，填了 1 个金额'),
    });
    expect(applyField(table, 0, 'tasks', '500 三十', context)).toEqual({
      ok: false,
      error: expect.stringContaining('任务“社区服务”的执行数：“三十”不是金额'),
    });
    const cleared = applyField(ok.table, 0, 'tasks', '', context);
    if (!cleared.ok || cleared.table.kind !== 'department-self-evaluation') throw new Error('cleared');
    expect(cleared.table.tasks.map((t) => t.spent)).toEqual([null, null]);
    expect(fieldText(cleared.table, 0, 'tasks')).toBe('');
  });

  it('names tables by their kind', () => {
    const [unit, project] = unitDocument().tables;
    expect(tableName(unit!)).toBe('部门整体（青石街道办事处）');
    expect(tableName(project!)).toBe('老旧小区改造提升工程');
    expect(tableName(departmentTable())).toBe('部门整体（青石街道办事处）');
    expect(tableName({ ...departmentTable(), unitName: ' ' })).toBe('部门整体');
  });
});
