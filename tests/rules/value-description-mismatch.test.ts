import { describe, expect, it } from 'vitest';
import { makeDepartment, makeProject, makeSelfEval, makeSelfEvalIndicator } from '../../src/domain/build.js';
import type { Indicator } from '../../src/domain/document.js';
import { checkDocument } from '../../src/rules/engine.js';
import { costRules } from '../../src/rules/cost/index.js';
import { planRules } from '../../src/rules/plan/index.js';
import { sumRules } from '../../src/rules/sum/index.js';
import { descriptionMismatch } from '../../src/rules/value/description-mismatch.js';
import { valueRules } from '../../src/rules/value/index.js';
import { testRule } from '../support/rule-tester.js';
import { doc, ind } from '../support/tables/build.js';
import { cleanCases } from '../support/tables/documents.js';

const project = (...indicators: Indicator[]) =>
  doc([
    makeProject({
      projectName: '社区工作者业务培训',
      budget: { total: '6.00', fiscal: '6.00', other: null },
      indicators,
    }),
  ]);

testRule(descriptionMismatch, {
  valid: [
    ...cleanCases,
    {
      name: 'numbers that agree, in other spellings or among several',
      document: project(
        ind('产出指标|数量指标|培训期数|全年举办培训4期|=4期'),
        ind('产出指标|数量指标|发放人数|为240名人员发放|≥240人'),
        ind('产出指标|数量指标|受益人口|惠及居民2.1万人|≥21000人'),
        ind('产出指标|数量指标|改造小区数量|改造3个小区，其中1个为试点|=3个'),
        ind('产出指标|成本指标|设计费|设计费用35000元|≤3.5万元'),
        ind('产出指标|数量指标|调查户数|完成1,434户摸底调查|＝１４３４户'),
        ind('满意度指标|服务对象满意度指标|满意度|满意度达到90%-95%|≥90%'),
        ind('产出指标|时效指标|完工时间|12月31日前完成全部工程|≤12月底'),
        ind('产出指标|时效指标|完工时间|年底前完成|≤12月底'),
      ),
    },
    {
      name: 'other unit families, years, dates, ordinals and unit rates are not compared',
      document: project(
        ind('产出指标|数量指标|惠及居民户数|改造惠及居民420户，约1200人|≥420户'),
        ind('产出指标|质量指标|培训考核合格率|参训120人中考核合格的比例|≥90%'),
        ind('效益指标|可持续影响指标|设施使用年限|2025年完工后使用年限|≥15年'),
        ind('产出指标|数量指标|培训人数|第3期起每期培训40人以上|≥120人'),
        ind('产出指标|成本指标|人均培训成本|按每人500元标准|≤0.05万元/人'),
        ind('产出指标|时效指标|响应时间|3月15日前建立机制，接报后24小时内响应|≤24小时'),
        ind('产出指标|时效指标|完工时间|3月开工、6月主体完工、10月底竣工|≤10月底'),
        ind('产出指标|数量指标|培训期数|培训四期|=4期'),
        ind('产出指标|数量指标|培训人员数量|培训120人员|≥210人'),
        ind('产出指标|质量指标|12345热线办结率|热线工单办结比例|≥95%'),
        ind('产出指标|数量指标|巡查次数|每季度开展1次巡查|≥4次'),
        ind('产出指标|数量指标|垃圾清运量|日均清运10吨|≥3600吨'),
        ind('效益指标|社会效益指标|政策知晓率|知晓率较上年提高5%|≥90%'),
        ind('产出指标|数量指标|培训人数|同比增加20人|≥120人'),
      ),
    },
    {
      name: 'composite, qualitative and blank values are not compared',
      document: project(
        ind('产出指标|数量指标|培训场次及人数|培训1场160人|1/170'),
        ind('效益指标|社会效益指标|服务能力|培训120人|有效提升'),
        ind('产出指标|数量指标|培训人数|培训120人|'),
      ),
    },
  ],
  invalid: [
    {
      name: 'example-street-office: 培训人数 description 120人, value ≥210人',
      document: project(ind('产出指标|数量指标|培训人数|培训社区工作者120人|≥210人')),
      findings: [
        {
          severity: 'error',
          messageId: 'descriptionDiffers',
          data: { name: '培训人数', said: '120人', value: '≥210人' },
          message: '培训人数：描述为120人，指标值为≥210人，两者不一致',
          location: {
            table: '社区工作者业务培训',
            section: '绩效指标',
            indicator: '培训人数',
            field: '绩效指标描述',
            tableIndex: 0,
            indicatorIndex: 0,
          },
          suggestion:
            '核实实际目标后统一两处：若目标是120人，把指标值改为 ≥120人；否则把描述中的120人改为与指标值一致',
        },
      ],
    },
    {
      name: 'docs/domain.md: 发放人数为35人 with ≥135人; money in 元 and 万元; a deadline; a change; a share',
      document: project(
        ind('产出指标|数量指标|发放人数|发放人数为35人|≥135人'),
        ind('产出指标|成本指标|外墙保温改造成本|外墙保温改造费用450000元|≤40万元'),
        ind('产出指标|时效指标|完工时间|9月底前完工|≤10月底'),
        ind('效益指标|社会效益指标|投诉下降率|较上年下降5%|≥50%'),
        ind('产出指标|质量指标|合格率|合格人数占比95%|≥90%'),
      ),
      findings: [
        {
          messageId: 'descriptionDiffers',
          data: { name: '发放人数', said: '35人', value: '≥135人' },
          location: { table: '社区工作者业务培训', indicatorIndex: 0 },
        },
        {
          messageId: 'descriptionDiffers',
          data: { name: '外墙保温改造成本', said: '450000元', value: '≤40万元' },
          location: { table: '社区工作者业务培训', indicatorIndex: 1 },
        },
        {
          messageId: 'descriptionDiffers',
          data: { name: '完工时间', said: '9月底', value: '≤10月底' },
          location: { table: '社区工作者业务培训', indicatorIndex: 2 },
          suggestion:
            '核实实际目标后统一两处：若目标是9月底，把指标值改为 ≤9月底；否则把描述中的9月底改为与指标值一致',
        },
        {
          messageId: 'descriptionDiffers',
          data: { name: '投诉下降率', said: '5%', value: '≥50%' },
          location: { table: '社区工作者业务培训', indicatorIndex: 3 },
        },
        {
          messageId: 'descriptionDiffers',
          data: { name: '合格率', said: '95%', value: '≥90%' },
          location: { table: '社区工作者业务培训', indicatorIndex: 4 },
        },
      ],
    },
    {
      name: 'a number in the 三级 name (department and self-evaluation tables have no description)',
      document: doc([
        makeDepartment({
          unitName: '某局',
          indicators: [ind('产出指标|数量指标|保障120名在职人员工资发放||=125人')],
        }),
        makeSelfEval({
          projectName: '征收工作经费',
          indicators: [
            makeSelfEvalIndicator({
              level1: '产出指标',
              level2: '数量指标',
              name: '摸底调查15个单位',
              value: '=16个',
              actual: '16',
            }),
          ],
        }),
      ]),
      findings: [
        {
          messageId: 'nameDiffers',
          data: { name: '保障120名在职人员工资发放', said: '120名', value: '=125人' },
          location: { table: '某局整体支出绩效目标表', field: '三级指标', tableIndex: 0 },
          suggestion:
            '核实实际目标后统一两处：若目标是120名，把指标值改为 =120人；否则把指标名称中的120名改为与指标值一致',
        },
        {
          messageId: 'nameDiffers',
          data: { name: '摸底调查15个单位', said: '15个', value: '=16个' },
          location: { table: '征收工作经费（自评表）', field: '三级指标', tableIndex: 1 },
        },
      ],
    },
  ],
});

/** The text-reading helpers of the sum/, value/, cost/ and plan/ rules never throw, whatever the text. */
describe('sum/value/cost/plan rules on random text', () => {
  const pieces = [
    '1',
    '0.5',
    '120',
    '99999999999999999',
    '2025',
    '年',
    '月',
    '底',
    '日',
    '万',
    '元',
    '万元',
    '人',
    '名',
    '%',
    '/',
    '≥',
    '≤',
    '=',
    '-',
    '~',
    '至',
    '每',
    '第',
    '共',
    '其中',
    '；',
    '。',
    '，',
    '1.',
    '（',
    '）',
    '平方',
    '个月',
    '较上年提高',
    '约',
    '余',
    '…',
    ' ',
    '１２',
    '，000',
    ',000',
  ];
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const text = () =>
    Array.from(
      { length: Math.floor(random() * 12) },
      () => pieces[Math.floor(random() * pieces.length)],
    ).join('');
  const rules = [...sumRules, ...valueRules, ...costRules, ...planRules];
  it('gives findings, never a crash, for 2,000 random tables', () => {
    for (let i = 0; i < 2_000; i++) {
      const indicators = Array.from({ length: 4 }, (_, k) =>
        ind(
          `${['产出指标', '效益指标', '成本指标', '满意度指标'][k]}|${['数量指标', '成本指标', '经济成本指标', '时效指标'][k]}|${text()}|${text()}|${text()}`,
        ),
      );
      const document = doc([
        makeProject({
          projectName: 'x',
          budget: { total: '80.00', fiscal: '70.00', other: null },
          purpose: text(),
          goals: text(),
          plan: { mar: random() * 200 - 50, jun: null, oct: 50, dec: 100 },
          indicators,
        }),
        makeDepartment({
          unitName: 'y',
          tasks: [{ name: text(), content: text(), funding: { total: '1.00', fiscal: null, other: '2.00' } }],
          tasksTotal: { total: '0.00', fiscal: null, other: null },
          indicators,
        }),
      ]);
      const { findings } = checkDocument(document, { rules });
      expect(findings.filter((f) => f.rule === 'internal/rule-crashed')).toEqual([]);
    }
  });
});
