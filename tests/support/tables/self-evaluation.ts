/**
 * A project self-evaluation (项目支出绩效自评表) as real ones are written: 征收工作经费, four fund rows
 * (two of them empty), units in the indicator names and bare numbers in the values, one indicator short
 * of its target with its score cut and a reason. Used by the rule tests' clean cases,
 * value/unit-mismatch and the sample document.
 */
import { makeSelfEval, makeSelfEvalIndicator } from '../../../src/domain/build.js';

const empty = { initial: null, full: null, spent: null, weight: null, rate: '', score: null };

export const selfEvaluation = makeSelfEval({
  projectName: '征收工作经费',
  department: '某区房屋征收办公室',
  implementer: '某区房屋征收办公室',
  funds: [
    {
      label: '年度资金总额',
      initial: '38.00',
      full: '38.00',
      spent: '27.75',
      weight: 10,
      rate: '73.03%',
      score: 7.3,
    },
    { ...empty, label: '其中：当年财政拨款', initial: '38.00', full: '38.00', spent: '27.75' },
    { ...empty, label: '上年结转资金' },
    { ...empty, label: '其他资金' },
  ],
  goalsExpected: '年内完成项目前期私房摸底调查1434户。',
  goalsActual: '完成项目前期私房摸底调查1434户。',
  indicators: [
    makeSelfEvalIndicator({
      level1: '产出指标',
      level2: '数量指标',
      name: '项目前期私房摸底调查数量（户）',
      value: '1434',
      actual: '1434',
      weight: 20,
      score: 20,
    }),
    makeSelfEvalIndicator({
      level1: '产出指标',
      level2: '数量指标',
      name: '组织业务培训（场次/人数）',
      value: '1/160',
      actual: '1/178',
      weight: 10,
      score: 10,
    }),
    makeSelfEvalIndicator({
      level1: '产出指标',
      level2: '质量指标',
      name: '摸底调查完成合格率',
      value: '95%',
      actual: '100%',
      weight: 10,
      score: 10,
    }),
    makeSelfEvalIndicator({
      level1: '产出指标',
      level2: '成本指标',
      name: '征收工作经费（万元）',
      value: '≤38',
      actual: '27.75',
      weight: 10,
      score: 10,
    }),
    makeSelfEvalIndicator({
      level1: '效益指标',
      level2: '社会效益指标',
      name: '征收项目按计划启动率',
      value: '≥90%',
      actual: '80%',
      weight: 30,
      score: 26.67,
      reason: '两个项目因手续未齐推迟启动，明年提前对接业主单位。',
    }),
    makeSelfEvalIndicator({
      level1: '满意度指标',
      level2: '服务对象满意度指标',
      name: '被摸底调查对象满意度',
      value: '≥90%',
      actual: '95%',
      weight: 10,
      score: 10,
    }),
  ],
  totalWeight: 100,
  totalScore: 93.97,
});
