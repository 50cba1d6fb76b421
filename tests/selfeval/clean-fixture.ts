import { makeDocument, makeSelfEval, makeSelfEvalIndicator } from '../../src/domain/build.js';
import type {
  JixiaoDocument,
  SelfEvalFundRow,
  SelfEvalIndicator,
  SelfEvalTable,
} from '../../src/domain/document.js';

/**
 * A correct self-evaluation made by hand, with a score below its weight of every kind (positive,
 * deadline, cost ceiling, qualitative in its band), each with a 偏差原因. The selfeval/* rules find nothing in it.
 * 8 + 9 + 10 + 10 + 9 + 9 + 15 + 10.5 + 10 = 90.5 (优); 10 + 10×5 + 15 + 15 + 10 = 100.
 */
export const CLEAN_LABEL = '2024年业务培训经费（自评表）';

export function cleanFunds(total: Partial<SelfEvalFundRow> = {}): SelfEvalFundRow[] {
  return [
    {
      label: '年度资金总额',
      initial: '100.00',
      full: '120.00',
      spent: '96.00',
      weight: 10,
      rate: '80.00%',
      score: 8,
      ...total,
    },
    {
      label: '其中：当年财政拨款',
      initial: '100.00',
      full: '120.00',
      spent: '96.00',
      weight: null,
      rate: '',
      score: null,
    },
    { label: '上年结转资金', initial: null, full: null, spent: null, weight: null, rate: '', score: null },
    { label: '其他资金', initial: null, full: null, spent: null, weight: null, rate: '', score: null },
  ];
}

export function cleanIndicators(): SelfEvalIndicator[] {
  return [
    makeSelfEvalIndicator({
      level1: '产出指标',
      level2: '数量指标',
      name: '培训人数',
      value: '≥200人',
      actual: '180人',
      weight: 10,
      score: 9,
      reason: '部分乡镇人员因防汛未能参训，已安排明年补训。',
    }),
    makeSelfEvalIndicator({
      level1: '产出指标',
      level2: '数量指标',
      name: '培训期数',
      value: '=4期',
      actual: '4期',
      weight: 10,
      score: 10,
    }),
    makeSelfEvalIndicator({
      level1: '产出指标',
      level2: '质量指标',
      name: '培训考核合格率',
      value: '≥95%',
      actual: '97%',
      weight: 10,
      score: 10,
    }),
    makeSelfEvalIndicator({
      level1: '产出指标',
      level2: '时效指标',
      name: '培训完成时间',
      value: '≤10月底',
      actual: '11月底',
      weight: 10,
      score: 9,
      reason: '第四期因场地调整推迟一个月，今后提前落实场地。',
    }),
    makeSelfEvalIndicator({
      level1: '产出指标',
      level2: '成本指标',
      name: '人均培训成本',
      value: '≤500元/人',
      actual: '550元/人',
      weight: 10,
      score: 9,
      reason: '教材印刷费上涨，明年改用电子教材。',
    }),
    makeSelfEvalIndicator({
      level1: '效益指标',
      level2: '社会效益指标',
      name: '培训成果应用率',
      value: '≥80%',
      actual: '85%',
      weight: 15,
      score: 15,
    }),
    makeSelfEvalIndicator({
      level1: '效益指标',
      level2: '可持续影响指标',
      name: '培训工作制度化',
      value: '形成长效培训机制',
      actual: '初步形成培训制度',
      weight: 15,
      score: 10.5,
      grade: 'partial',
      reason: '制度已起草，尚待印发。',
    }),
    makeSelfEvalIndicator({
      level1: '满意度指标',
      level2: '服务对象满意度指标',
      name: '参训人员满意度',
      value: '≥90%',
      actual: '92%',
      weight: 10,
      score: 10,
    }),
  ];
}

export function cleanTable(overrides: Partial<SelfEvalTable> = {}): SelfEvalTable {
  return makeSelfEval({
    projectName: '2024年业务培训经费',
    funds: cleanFunds(),
    goalsExpected: '全年举办业务培训4期，培训200人。',
    goalsActual: '举办培训4期，培训180人。',
    indicators: cleanIndicators(),
    totalWeight: 100,
    totalScore: 90.5,
    grade: '优',
    ...overrides,
  });
}

export function selfEvalDocument(...tables: SelfEvalTable[]): JixiaoDocument {
  return makeDocument({ unit: { name: '某县人力资源和社会保障局', year: 2024, framework: 'local' }, tables });
}

/** The clean table with indicator `index` changed (and the totals left as they are unless given). */
export function withIndicator(
  index: number,
  change: Partial<SelfEvalIndicator>,
  overrides: Partial<SelfEvalTable> = {},
): JixiaoDocument {
  const indicators = cleanIndicators().map((indicator, i) =>
    i === index ? { ...indicator, ...change } : indicator,
  );
  return selfEvalDocument(cleanTable({ indicators, ...overrides }));
}
