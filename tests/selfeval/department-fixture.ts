import { makeDepartmentSelfEval, makeDocument, makeSelfEvalIndicator } from '../../src/domain/build.js';
import type {
  DepartmentSelfEvalTable,
  DepartmentSelfEvalTask,
  JixiaoDocument,
  SelfEvalFundRow,
  SelfEvalIndicator,
} from '../../src/domain/document.js';

/**
 * A correct 部门（单位）整体支出绩效自评表 made by hand: funds split by use (基本支出 + 项目支出), two
 * tasks within budget, one indicator below its target with a 偏差原因. The selfeval/* rules find nothing.
 * 执行率 494 / 520 = 95% → 9.5; 9.5 + 20 + 15 + 15 + 28.33 + 10 = 97.83 (优); 10 + 50 + 30 + 10 = 100.
 */
export const DEPARTMENT_LABEL = '某市城市管理监督指挥中心整体支出绩效自评表';

const fund = (label: string, initial: string | null, full: string | null, spent: string | null) => ({
  label,
  initial,
  full,
  spent,
  weight: null,
  rate: '',
  score: null,
});

export function departmentFunds(total: Partial<SelfEvalFundRow> = {}): SelfEvalFundRow[] {
  return [
    {
      ...fund('年度资金总额', '500.00', '520.00', '494.00'),
      weight: 10,
      rate: '95.00%',
      score: 9.5,
      ...total,
    },
    fund('其中：基本支出', '300.00', '300.00', '297.00'),
    fund('项目支出', '200.00', '220.00', '197.00'),
  ];
}

export function departmentIndicators(): SelfEvalIndicator[] {
  const row = (
    level1: string,
    level2: string,
    name: string,
    value: string,
    actual: string,
    weight: number,
    score: number,
    reason = '',
  ) => makeSelfEvalIndicator({ level1, level2, name, value, actual, weight, score, reason });
  return [
    row('产出指标', '数量指标', '市容巡查出动次数', '≥1000次', '1050次', 20, 20),
    row('产出指标', '质量指标', '案件办结率', '≥95%', '96%', 15, 15),
    row('产出指标', '时效指标', '投诉处理及时率', '≥98%', '98%', 15, 15),
    row(
      '效益指标',
      '社会效益指标',
      '市容环境达标率',
      '≥90%',
      '85%',
      30,
      28.33,
      '老城区改造工地多，达标率偏低；明年加强工地围挡巡查。',
    ),
    row('满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '92%', 10, 10),
  ];
}

/** The two 年度主要任务, both within budget. */
export function departmentTasks(): [DepartmentSelfEvalTask, DepartmentSelfEvalTask] {
  return [
    { name: '城市管理执法', content: '开展市容巡查、违法建设查处', budget: '120.00', spent: '118.00' },
    { name: '数字城管运行', content: '平台运维、案件派遣与核查', budget: '80.00', spent: '79.00' },
  ];
}

export function departmentTable(overrides: Partial<DepartmentSelfEvalTable> = {}): DepartmentSelfEvalTable {
  return makeDepartmentSelfEval({
    unitName: '某市城市管理监督指挥中心',
    year: 2024,
    funds: departmentFunds(),
    tasks: [...departmentTasks()],
    goalsExpected: '全年巡查不少于1000次，案件办结率95%以上，市容环境达标率90%以上。',
    goalsActual: '全年巡查1050次，案件办结率96%，市容环境达标率85%。',
    indicators: departmentIndicators(),
    totalWeight: 100,
    totalScore: 97.83,
    grade: '优',
    ...overrides,
  });
}

export function departmentDocument(overrides: Partial<DepartmentSelfEvalTable> = {}): JixiaoDocument {
  return makeDocument({
    unit: { name: '某市城市管理监督指挥中心', year: 2024, framework: 'local' },
    tables: [departmentTable(overrides)],
  });
}

/** The whole-unit table with indicator `index` changed (totals as they are unless given). */
export function withDepartmentIndicator(
  index: number,
  change: Partial<SelfEvalIndicator>,
  overrides: Partial<DepartmentSelfEvalTable> = {},
): JixiaoDocument {
  const indicators = departmentIndicators().map((indicator, i) =>
    i === index ? { ...indicator, ...change } : indicator,
  );
  return departmentDocument({ indicators, ...overrides });
}
