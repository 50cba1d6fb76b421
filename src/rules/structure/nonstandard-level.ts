import type { Framework, Indicator } from '../../domain/document.js';
import { FRAMEWORK_LEVELS } from '../../domain/framework.js';
import { indicatorLocation, indicators, tableLocation } from '../helpers.js';
import type { Report, Rule } from '../types.js';
import {
  cleanLevelName,
  guessLevel1,
  guessLevel2,
  ownFrameworkTables,
  parentOf,
  standardLevel2,
} from './_levels.js';
import { isTemplateRow } from './_placeholder.js';

interface Problem extends Pick<Report, 'messageId' | 'suggestion'> {
  key: string;
  field: '一级指标' | '二级指标';
  data?: Record<string, string>;
}

const FRAMEWORK_HINT: Record<Framework, string> = {
  local:
    '若本地区执行财预〔2021〕101号的指标框架（成本指标为一级），请改用 --framework central-2021 检查，或在设置中修改指标框架。',
  'central-2021':
    '若本地区仍把成本指标放在产出指标下，请改用 --framework local 检查，或在设置中修改指标框架。',
};
const CENTRAL_COST_LEVEL2 = ['经济成本指标', '社会成本指标', '生态环境成本指标'];

function nameList(names: string[]): string {
  return names.length > 5 ? `${names.slice(0, 5).join('、')}等` : names.join('、');
}

function standardList(names: string[]): string {
  return names.map((n) => `“${n}”`).join('、');
}

/** What is wrong with an indicator's 一级/二级 names in a framework (at most one problem). */
export function levelProblem(indicator: Indicator, framework: Framework): Problem | null {
  const levels = FRAMEWORK_LEVELS[framework];
  const level1 = cleanLevelName(indicator.level1);
  const level2 = cleanLevelName(indicator.level2);
  const parent = level1;
  if (!level1) {
    const implied = standardLevel2(level2) && parentOf(standardLevel2(level2)!, framework);
    return {
      key: `no-level1|${implied ?? ''}`,
      field: '一级指标',
      messageId: 'noLevel1',
      suggestion: implied
        ? `填写一级指标“${implied}”`
        : `一级指标应为 ${standardList(Object.keys(levels))} 之一。`,
    };
  }
  if (!(level1 in levels)) {
    if (framework === 'local' && level1 === '成本指标') {
      return {
        key: 'local-cost-level1',
        field: '一级指标',
        messageId: 'costAsLevel1',
        suggestion: `改为一级指标“产出指标”、二级指标“成本指标”。${FRAMEWORK_HINT.local}`,
      };
    }
    const guess = guessLevel1(level1, framework);
    if (!guess) {
      return {
        key: `level1|${level1}`,
        field: '一级指标',
        messageId: 'nonstandardLevel1',
        data: { level1, standard: standardList(Object.keys(levels)) },
      };
    }
    return {
      key: `level1|${level1}`,
      field: '一级指标',
      messageId: 'nonstandardLevel1Guess',
      data: { level1, guess },
      suggestion: `改为“${guess}”`,
    };
  }
  const allowed = levels[parent];
  if (allowed.includes(level2)) return null;
  if (!level2) {
    return {
      key: `no-level2|${parent}`,
      field: '二级指标',
      messageId: 'noLevel2',
      data: { parent },
      suggestion: `二级指标应为 ${standardList(allowed)} 之一。`,
    };
  }
  const standard = standardLevel2(level2);
  if (framework === 'central-2021' && parent === '产出指标' && standard === '成本指标') {
    return {
      key: 'central-cost-level2',
      field: '二级指标',
      messageId: 'costAsLevel2',
      suggestion: `改为一级指标“成本指标”、二级指标“经济成本指标”（或${standardList(CENTRAL_COST_LEVEL2.slice(1))}）。${FRAMEWORK_HINT['central-2021']}`,
    };
  }
  if (framework === 'local' && parent === '产出指标' && standard && CENTRAL_COST_LEVEL2.includes(standard)) {
    return {
      key: `local-cost-level2|${level2}`,
      field: '二级指标',
      messageId: 'centralCostLevel2',
      data: { level2 },
      suggestion: `改为“成本指标”。${FRAMEWORK_HINT.local}`,
    };
  }
  if (standard && allowed.includes(standard)) {
    return {
      key: `level2|${parent}|${level2}`,
      field: '二级指标',
      messageId: 'nonstandardLevel2Guess',
      data: { parent, level2, guess: standard },
      suggestion: `改为“${standard}”`,
    };
  }
  const home = standard && parentOf(standard, framework);
  if (standard && home && home !== parent) {
    return {
      key: `parent|${parent}|${level2}`,
      field: '二级指标',
      messageId: 'level2OfOtherLevel1',
      data: { level2: standard, home, parent },
      suggestion: `把一级指标改为“${home}”，或换用${parent}下的二级指标（${standardList(allowed)}）。`,
    };
  }
  const guess = guessLevel2(level2, parent, framework);
  return {
    key: `level2|${parent}|${level2}`,
    field: '二级指标',
    ...(guess
      ? { messageId: 'nonstandardLevel2Guess', data: { parent, level2, guess } }
      : { messageId: 'nonstandardLevel2', data: { parent, level2, standard: standardList(allowed) } }),
    ...(guess ? { suggestion: `改为“${guess}”` } : {}),
  };
}

/** 一级/二级 names outside the framework; one finding per table and kind of mistake, at its first row. */
export const nonstandardLevel: Rule = {
  meta: {
    id: 'structure/nonstandard-level',
    description: '一级/二级指标名称不在所选指标框架之内（如“效果指标”“可持续性影响”、二级写成“满意度指标”）',
    severity: 'warning',
    tags: ['structure'],
    // {{involved}}: empty for one indicator, "（涉及3个指标：…）" when the finding stands for several.
    messages: {
      noLevel1: '未填写一级指标{{involved}}',
      costAsLevel1: '按地方指标框架，“成本指标”是产出指标下的二级指标，不是一级指标{{involved}}',
      nonstandardLevel1: '一级指标“{{level1}}”不是标准名称（标准名称：{{standard}}）{{involved}}',
      nonstandardLevel1Guess: '一级指标“{{level1}}”不是标准名称，应为“{{guess}}”{{involved}}',
      noLevel2: '{{parent}}下未填写二级指标{{involved}}',
      costAsLevel2:
        '按财预〔2021〕101号指标框架，“成本指标”是一级指标，不应作为产出指标下的二级指标{{involved}}',
      centralCostLevel2: '按地方指标框架，产出指标下只有“成本指标”，没有“{{level2}}”{{involved}}',
      nonstandardLevel2Guess: '{{parent}}下的二级指标“{{level2}}”不是标准名称，应为“{{guess}}”{{involved}}',
      level2OfOtherLevel1: '二级指标“{{level2}}”属于一级指标“{{home}}”，不应放在“{{parent}}”下{{involved}}',
      nonstandardLevel2:
        '{{parent}}下的二级指标“{{level2}}”不是标准名称（标准名称：{{standard}}）{{involved}}',
      ownFramework: '本表的一级指标（{{names}}）不属于产出—效益—满意度指标框架，未按该框架检查各级指标名称',
    },
  },
  check({ document, framework }) {
    const groups = new Map<string, { report: Report; names: string[] }>();
    const own = ownFrameworkTables(document.tables);
    const notices: Report[] = [...own].map(([tableIndex, names]) => ({
      messageId: 'ownFramework',
      data: { names: nameList(names) },
      severity: 'info',
      location: tableLocation(document.tables[tableIndex], tableIndex, '绩效指标'),
      suggestion:
        '财政部门要求按产出、效益、满意度（成本）指标填报时，请按该框架改写；本地区另有指标框架时可不理会。',
    }));
    for (const { table, tableIndex, indicator, indicatorIndex } of indicators(document)) {
      if (isTemplateRow(indicator) || own.has(tableIndex)) continue;
      const problem = levelProblem(indicator, framework);
      if (!problem) continue;
      const key = `${tableIndex}|${problem.key}`;
      const group = groups.get(key);
      if (group) {
        group.names.push(indicator.name);
        continue;
      }
      const { messageId, data = {} } = problem;
      const report: Report = {
        messageId,
        data,
        location: indicatorLocation(table, tableIndex, indicator, indicatorIndex, problem.field),
        ...(problem.suggestion ? { suggestion: problem.suggestion } : {}),
      };
      groups.set(key, { report, names: [indicator.name] });
    }
    return [...notices, ...groups.values()].map((entry) =>
      'messageId' in entry ? entry : withInvolved(entry),
    );
  },
};

/** A grouped problem with the indicators it stands for. */
function withInvolved({ report, names }: { report: Report; names: string[] }): Report {
  return {
    ...report,
    data: {
      ...report.data,
      count: names.length,
      involved: names.length > 1 ? `（涉及${names.length}个指标：${nameList(names)}）` : '',
    },
  };
}
