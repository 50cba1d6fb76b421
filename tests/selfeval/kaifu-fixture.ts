import { makeDocument, makeSelfEval, makeSelfEvalIndicator } from '../../src/domain/build.js';
import type { JixiaoDocument, SelfEvalIndicator, SelfEvalTable } from '../../src/domain/document.js';

/**
 * The self-evaluation table of tests/fixtures/examples/kaifu-self-evaluation-2022.txt, built by hand as
 * written: 总分 100 although 执行率 scored 7.3 of 10 (the correct total is 97.3).
 */
const OUTPUT = '产出指标(50分)';
const EFFECT = '效益指标（30分）';
const SATISFACTION = '满意度指标（10分）';

const row = (
  level1: string,
  level2: string,
  name: string,
  value: string,
  actual: string,
  weight: number | null,
  score: number | null,
  reason = '',
) => makeSelfEvalIndicator({ level1, level2, name, value, actual, weight, score, reason });
const leftover = (level1: string, level2: string, name = '……') =>
  row(level1, level2, name, '', '', null, null);

export function kaifuIndicators(): SelfEvalIndicator[] {
  return [
    row(OUTPUT, '数量指标', '项目前期私房摸底调查数量（户）', '1434', '1434', 5, 5),
    row(OUTPUT, '数量指标', '项目前期单位产摸底调查数量（个）', '15', '15', 5, 5),
    row(OUTPUT, '数量指标', '组织征收工作人员业务培训（场次/人数）', '1/160', '1/178', 5, 5),
    row(
      OUTPUT,
      '数量指标',
      '提供法律意见/相关文书及合同审查修改/诉讼案件办理（次/次/件）',
      '无',
      '80/92/8',
      5,
      5,
    ),
    row(OUTPUT, '质量指标', '征收项目前期调查摸底工作完成合格率', '95%', '100%', 5, 5),
    row(OUTPUT, '质量指标', '征收业务培训考核合格率', '95%', '100%', 5, 5),
    row(OUTPUT, '质量指标', '法顾顾问工作完成合格率', '95%', '　100%', 5, 5),
    row(OUTPUT, '时效指标', '征收项目前期调查摸底工作完成及时率', '95%', '100%', 5, 5),
    row(OUTPUT, '时效指标', '征收业务培训完成及时率', '95%', '100%', 3, 3),
    row(OUTPUT, '时效指标', '法律顾问工作完成及时率', '95%', '100%', 2, 2),
    row(
      OUTPUT,
      '成本指标',
      '征收工作经费（万元）',
      '38',
      '27.75',
      5,
      5,
      '另有10万元2022年年末已申请支付但未支付',
    ),
    leftover(OUTPUT, '成本指标'),
    leftover(EFFECT, '经济效益指标', ''),
    leftover(EFFECT, '经济效益指标'),
    row(EFFECT, '社会效益指标', '确保征收项目稳步推进，征收工作正常开展', '有效保障　', '有效保障　', 30, 30),
    leftover(EFFECT, '社会效益指标'),
    leftover(EFFECT, '生态效益指标', ''),
    leftover(EFFECT, '生态效益指标'),
    leftover(EFFECT, '可持续影响指标', ''),
    leftover(EFFECT, '可持续影响指标'),
    row(SATISFACTION, '服务对象满意度指标', '被摸底调查对象满意度', '90%', '95%', 10, 10),
    leftover(SATISFACTION, '服务对象满意度指标'),
  ];
}

export function kaifuTable(overrides: Partial<SelfEvalTable> = {}): SelfEvalTable {
  return makeSelfEval({
    projectName: '征收工作经费',
    department: '开福区城市房屋征收和补偿管理办公室',
    funds: [
      {
        label: '年度资金总额',
        initial: '38',
        full: null,
        spent: '27.75',
        weight: 10,
        rate: '73.03%',
        score: 7.3,
      },
      {
        label: '其中：当年财政拨款',
        initial: '38',
        full: null,
        spent: null,
        weight: null,
        rate: '',
        score: null,
      },
      { label: '上年结转资金', initial: null, full: null, spent: null, weight: null, rate: '', score: null },
      { label: '其他资金', initial: null, full: null, spent: null, weight: null, rate: '', score: null },
    ],
    goalsExpected:
      '全面参与项目前期准备工作，年内拟完成项目前期私房摸底调查1434户，单位产摸底调查15个，确保全区征收项目稳步推进。',
    goalsActual: '参与项目前期准备工作，年内完成项目前期私房摸底调查1434户，单位产摸底调查15个。',
    indicators: kaifuIndicators(),
    totalWeight: 100,
    totalScore: 100,
    ...overrides,
  });
}

export function kaifuDocument(overrides: Partial<SelfEvalTable> = {}): JixiaoDocument {
  return makeDocument({
    unit: { name: '开福区城市房屋征收和补偿管理办公室', year: 2022, framework: 'local' },
    tables: [kaifuTable(overrides)],
  });
}

export const KAIFU_LABEL = '征收工作经费（自评表）';
