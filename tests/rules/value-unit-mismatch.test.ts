import { makeDepartment } from '../../src/domain/build.js';
import type { Indicator } from '../../src/domain/document.js';
import { unitMismatch } from '../../src/rules/value/unit-mismatch.js';
import { parseValue } from '../../src/value/parse-value.js';
import { testRule } from '../support/rule-tester.js';
import { doc, ind } from '../support/tables/build.js';
import { cleanCases } from '../support/tables/documents.js';
import { selfEvaluation } from '../support/tables/self-evaluation.js';

const department = (...indicators: Indicator[]) =>
  doc([makeDepartment({ unitName: '新疆巴州住房和城乡建设局', indicators })]);

testRule(unitMismatch, {
  valid: [
    ...cleanCases,
    {
      name: 'units that fit, variant spellings, ratios and scores without a unit',
      document: department(
        ind('产出指标|数量指标|房屋建筑供暖面积||=3374.98平方米'),
        ind('产出指标|数量指标|绿化面积||≥1200㎡'),
        ind('产出指标|数量指标|道路长度||=2.5km'),
        ind('产出指标|成本指标|聘请专家成本||≤2万元'),
        ind('产出指标|数量指标|覆盖人数比例||≥95%'),
        ind('产出指标|质量指标|系统故障率||<=10%'),
        ind('产出指标|质量指标|覆盖率（%）||95'),
        ind('效益指标|社会效益指标|容积率||≤2.5'),
        ind('效益指标|社会效益指标|群众评议得分||≥90'),
        ind('产出指标|时效指标|系统故障修复处理时间||<=1天'),
        ind('产出指标|时效指标|完成时间||≤10月底'),
        ind('产出指标|数量指标|培训场次及人数||1/160'),
        ind('效益指标|社会效益指标|服务能力||有效提升'),
      ),
    },
    {
      name: 'kaifu: units in the name’s brackets, the targets bare numbers',
      document: doc([
        {
          ...selfEvaluation,
          indicators: selfEvaluation.indicators.map((i) => ({
            ...i,
            value: parseValue(i.value.text.replace('≤', '')),
          })),
        },
      ]),
    },
  ],
  invalid: [
    {
      name: 'bazhou: 平方 and 万 left unfinished',
      document: department(
        ind('产出指标|数量指标|房屋建筑供暖面积||=3374.98平方'),
        ind('产出指标|成本指标|聘请专家成本||≤2万'),
      ),
      findings: [
        {
          severity: 'warning',
          messageId: 'incompleteUnit',
          data: { name: '房屋建筑供暖面积', unit: '平方', complete: '平方米', value: '=3374.98平方' },
          message: '房屋建筑供暖面积：单位“平方”不完整，应写“平方米”（=3374.98平方）',
          location: {
            table: '新疆巴州住房和城乡建设局整体支出绩效目标表',
            section: '绩效指标',
            indicator: '房屋建筑供暖面积',
            field: '指标值',
            indicatorIndex: 0,
          },
          suggestion: '改为 =3374.98平方米',
        },
        {
          messageId: 'incompleteUnit',
          data: { name: '聘请专家成本', unit: '万', complete: '万元', value: '≤2万' },
          suggestion: '改为 ≤2万元',
          location: { table: '新疆巴州住房和城乡建设局整体支出绩效目标表', indicatorIndex: 1 },
        },
      ],
    },
    {
      name: 'a count in %, a rate without %, a rate in hours, a time in %, a number without a unit',
      document: department(
        ind('产出指标|数量指标|发放人数||≥95%'),
        ind('产出指标|质量指标|验收合格率||≥95'),
        ind('产出指标|时效指标|维修及时率||≤24小时'),
        ind('产出指标|时效指标|响应时间||≥95%'),
        ind('产出指标|数量指标|安排业务数量||≥3'),
        ind('产出指标|数量指标|改造户数||100%'),
      ),
      findings: [
        {
          messageId: 'countAsPercent',
          data: { name: '发放人数', measure: '人数', value: '≥95%' },
          suggestion: '写成人数（数字加单位，例如 ≥240人）；如要考核比例，请把指标名改为“……率”',
        },
        {
          messageId: 'rateWithoutPercent',
          data: { name: '验收合格率', value: '≥95' },
          suggestion: '改为 ≥95%',
        },
        {
          messageId: 'rateWithUnit',
          data: { name: '维修及时率', unit: '小时', value: '≤24小时' },
          suggestion: '比率用百分比表示，例如 ≥95%；如要考核数量或时间，请改指标名',
        },
        { messageId: 'countAsPercent', data: { name: '响应时间', measure: '时间', value: '≥95%' } },
        {
          messageId: 'noUnit',
          data: { name: '安排业务数量', value: '≥3' },
          suggestion: '在数字后写明单位（人、户、个、次、%、万元等），例如 ≥3个',
        },
        {
          messageId: 'countAsPercent',
          data: { name: '改造户数', measure: '户数', value: '100%' },
          suggestion: '写成户数（数字加单位，例如 ≥420户）；如要考核比例，请把指标名改为“……率”',
        },
      ],
    },
  ],
});
