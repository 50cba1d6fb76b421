/**
 * Whole documents made of the shapes in this folder: `cleanCases` (every shape alone and together, in
 * the frameworks it fits; every rule must report nothing on them, see `valid: [...cleanCases]` in
 * tests/rules) and `sampleDocument()` (all three kinds of table and prose, for the office and export
 * tests).
 */
import { makeDocument } from '../../../src/domain/build.js';
import type { Framework, Indicator, JixiaoDocument } from '../../../src/domain/document.js';
import { books } from './books.js';
import { doc, unit } from './build.js';
import { department } from './department.js';
import { factProjects } from './fact-projects.js';
import { garbage } from './garbage.js';
import { itMaintenance } from './it-maintenance.js';
import { renovation } from './renovation.js';
import { salary } from './salary.js';
import { selfEvaluation } from './self-evaluation.js';
import { training } from './training.js';

/** A local table moved to central-2021: its 产出/成本指标 rows become 成本指标/经济成本指标. */
function central2021<T extends { indicators: Indicator[] }>(table: T): T {
  const moved = (i: Indicator) =>
    i.level2 === '成本指标' ? { ...i, level1: '成本指标', level2: '经济成本指标' } : i;
  return { ...table, indicators: table.indicators.map(moved) };
}

export const cleanCases: Array<{ name: string; document: JixiaoDocument; framework?: Framework }> = [
  { name: 'construction project (local)', document: doc([renovation]) },
  { name: 'training project (local)', document: doc([training]) },
  { name: 'internal salary project (local)', document: doc([salary]) },
  {
    name: 'purchase project (central-2021)',
    document: doc([books], 'central-2021'),
    framework: 'central-2021',
  },
  {
    name: 'environment project (central-2021)',
    document: doc([garbage], 'central-2021'),
    framework: 'central-2021',
  },
  {
    name: 'IT project (central-2021)',
    document: doc([itMaintenance], 'central-2021'),
    framework: 'central-2021',
  },
  { name: 'department table with many tasks (local)', document: doc([department]) },
  {
    name: 'department table (central-2021)',
    document: doc([central2021(department)], 'central-2021'),
    framework: 'central-2021',
  },
  { name: 'self-evaluation (local)', document: doc([selfEvaluation]) },
  { name: 'projects with counts, rates, months and days (local)', document: doc(factProjects) },
  {
    name: 'a whole local document: department, its projects and a self-evaluation',
    document: doc([department, renovation, training, salary, selfEvaluation]),
  },
];

/** All three kinds of table, merged 一级/二级 runs, prose and money to the cent (a fresh copy each call). */
export function sampleDocument(): JixiaoDocument {
  const total = department.tasksTotal!;
  return makeDocument({
    unit,
    prose: [
      {
        title: '一、部门预算情况说明',
        text: `本单位${unit.year}年部门预算收入合计${total.total}万元。\n其中财政拨款${total.fiscal}万元。`,
        before: 0,
      },
    ],
    tables: structuredClone([department, renovation, training, selfEvaluation]),
  });
}
