import {
  makeDepartment,
  makeDepartmentSelfEval,
  makeIndicator,
  makeProject,
  makeSelfEval,
  makeSelfEvalIndicator,
} from '../../domain/build.js';
import type { Indicator, SelfEvalIndicator, Table, TableKind } from '../../domain/document.js';
import { formatMoney } from '../../value/index.js';
import { draftKind, type TableDraft, type Note, type RawIndicator } from './draft.js';

const KIND_NAME: Record<TableKind, string> = {
  department: '部门整体支出绩效目标表',
  project: '项目支出绩效目标表',
  'self-evaluation': '项目支出绩效自评表',
  'department-self-evaluation': '部门（单位）整体支出绩效自评表',
};

const join = (parts: string[]) => parts.filter((p) => p.trim() !== '').join('\n');

/** A draft as the table of its kind; what the kind has no place for is noted, not dropped silently. */
export function finishDraft(draft: TableDraft): { table: Table; notes: Note[] } {
  // A long-term grid beside an annual one is kept as notes; alone, it is the table's grid.
  if (draft.indicators.length === 0 && draft.longIndicators.length > 0) {
    draft.indicators = draft.longIndicators;
    draft.longIndicators = [];
  }
  const kind = draftKind(draft);
  const notes = [...draft.notes];
  const tableNotes = [
    ...draft.tableNotes,
    ...draft.indicators.flatMap((raw) => raw.extras.map((extra) => `${raw.name || raw.level2}（${extra}）`)),
    ...draft.longIndicators
      .filter((raw) => !raw.levelOnly)
      .map((raw) =>
        ['长期指标', raw.level1, raw.level2, raw.name, raw.value, ...raw.extras].filter(Boolean).join(' | '),
      ),
  ];
  const withNotes = () => (tableNotes.length > 0 ? { notes: tableNotes } : {});
  const leftover = (what: string, text: string) => {
    if (text.trim() !== '')
      notes.push({
        message: `${what}“${text.length > 60 ? `${text.slice(0, 60)}…` : text}”在${KIND_NAME[kind]}中没有对应栏目，未导入。`,
        field: what,
      });
  };
  const money = (f: TableDraft['budget'] | null) =>
    f && (f.total ?? f.fiscal ?? f.other) !== null
      ? [f.total, f.fiscal, f.other].map(formatMoney).join('/')
      : '';
  const title = draft.title || KIND_NAME[kind];
  const projectName = draft.projectName || nameFromTitle(draft.title);

  const wholeUnit = kind === 'department' || kind === 'department-self-evaluation';
  const selfEval = kind === 'self-evaluation' || kind === 'department-self-evaluation';
  if (!wholeUnit) {
    leftover('任务', draft.tasks.map((t) => t.name).join('、'));
  }
  if (kind === 'department-self-evaluation' && draft.tasksTotal)
    tableNotes.push(`合计：${money(draft.tasksTotal)}`); // its tasks have no 合计 field: kept as written
  else if (kind !== 'department') leftover('合计', money(draft.tasksTotal));
  if (kind !== 'project') {
    leftover('项目编码', draft.code);
    leftover(
      '资金支出计划',
      draft.plan
        ? Object.values(draft.plan)
            .map((n) => (n === null ? '' : `${n}%`))
            .join('/')
        : '',
    );
    leftover('资金用途', join(draft.purpose));
    leftover('预算数', money(draft.budget));
  }
  if (!selfEval) {
    leftover('项目资金', draft.funds.map((f) => f.label).join('、'));
    leftover('预期目标', join(draft.goalsExpected));
    leftover('实际完成情况', join(draft.goalsActual));
    leftover('总分', [draft.totalWeight, draft.totalScore].filter((n) => n !== null).join('/'));
  }

  if (kind === 'department-self-evaluation') {
    leftover('项目名称', draft.projectName);
    const table = makeDepartmentSelfEval({
      title,
      unitName: draft.unitName || draft.implementer || draft.department,
      year: draft.year,
      funds: draft.funds,
      tasks: draft.tasks.map((task, i) => ({
        name: task.name,
        content: task.content,
        budget: task.funding.total,
        spent: draft.taskSpent[i] ?? null,
      })),
      ...selfEvalResults(draft),
      ...withNotes(),
    });
    return { table, notes };
  }
  if (kind === 'department') {
    leftover('项目名称', draft.projectName);
    leftover('主管部门', draft.department);
    leftover('实施单位', draft.implementer);
    const table = makeDepartment({
      title,
      unitName: draft.unitName,
      year: draft.year,
      tasks: draft.tasks,
      tasksTotal: draft.tasksTotal,
      goals: join(draft.goals),
      indicators: draft.indicators.map((raw) => plainIndicator(raw, leftover)),
      ...withNotes(),
    });
    return { table, notes };
  }
  const optional = {
    ...(draft.department ? { department: draft.department } : {}),
    ...(draft.implementer ? { implementer: draft.implementer } : {}),
  };
  if (draft.unitName && !draft.implementer) optional.implementer = draft.unitName;
  if (kind === 'project') {
    const table = makeProject({
      title,
      code: draft.code,
      projectName,
      ...optional,
      budget: draft.budget,
      purpose: join(draft.purpose),
      plan: draft.plan,
      goals: join(draft.goals),
      indicators: draft.indicators.map((raw) => plainIndicator(raw, leftover)),
      ...withNotes(),
    });
    return { table, notes };
  }
  const table = makeSelfEval({
    title,
    projectName,
    ...optional,
    funds: draft.funds,
    ...selfEvalResults(draft),
    ...withNotes(),
  });
  return { table, notes };
}

/** What a self-evaluation of either kind reports: its goals expected and achieved, scored indicators, totals. */
function selfEvalResults(draft: TableDraft) {
  return {
    goalsExpected: join(draft.goalsExpected.length > 0 ? draft.goalsExpected : draft.goals),
    goalsActual: join(draft.goalsActual),
    indicators: draft.indicators.map(selfEvalIndicator),
    totalWeight: draft.totalWeight,
    totalScore: draft.totalScore,
    ...(draft.grade ? { grade: draft.grade } : {}),
  };
}

/**
 * A project's name from its table's title when no 项目名称 row gave it: "1、老旧小区改造项目绩效目标表"
 * → 老旧小区改造, "征收工作经费 · 项目支出绩效自评表" → 征收工作经费.
 */
function nameFromTitle(title: string): string {
  const dot = /^(.+?)\s*[·•]\s*\S/.exec(title);
  if (dot) return dot[1].trim();
  const name = title
    .replace(/^(\d+|[一二三四五六七八九十]+)[、.．]\s*/, '')
    .replace(/(（\d{4}年度?）|\d{4}年度?)/g, '')
    .replace(/(项目)?(支出)?绩效(目标|自评)(申报)?表$/, '')
    .trim();
  return name.length >= 2 && !/^(部门|单位|项目)/.test(name) ? name : '';
}

function plainIndicator(raw: RawIndicator, leftover: (what: string, text: string) => void): Indicator {
  const where = raw.name || raw.level2;
  leftover(`${where} 的实际完成值`, raw.actual);
  leftover(`${where} 的偏差原因`, raw.reason);
  leftover(`${where} 的得分`, raw.score === null ? '' : String(raw.score));
  return makeIndicator({
    level1: raw.level1,
    level2: raw.level2,
    name: raw.name,
    description: raw.description,
    value: raw.value,
    basis: raw.basis,
    ...(raw.weight !== null ? { weight: raw.weight } : {}),
  });
}

function selfEvalIndicator(raw: RawIndicator): SelfEvalIndicator {
  return makeSelfEvalIndicator({
    level1: raw.level1,
    level2: raw.level2,
    name: raw.name,
    description: raw.description,
    value: raw.value,
    basis: raw.basis,
    actual: raw.actual,
    weight: raw.weight,
    score: raw.score,
    reason: raw.reason,
  });
}
