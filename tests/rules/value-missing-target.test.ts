import { makeDepartment, makeProject, makeSelfEval, makeSelfEvalIndicator } from '../../src/domain/build.js';
import { missingTarget } from '../../src/rules/value/missing-target.js';
import { parseValue } from '../../src/value/parse-value.js';
import { withDepartmentIndicator } from '../selfeval/department-fixture.js';
import { testRule } from '../support/rule-tester.js';
import { doc, ind } from '../support/tables/build.js';
import { cleanCases } from '../support/tables/documents.js';

const selfEval = (...rows: Array<[level2: string, name: string, value: string, actual: string]>) =>
  doc([
    makeSelfEval({
      projectName: '征收工作经费',
      indicators: rows.map(([level2, name, value, actual]) =>
        makeSelfEvalIndicator({ level1: '产出指标', level2, name, value, actual }),
      ),
    }),
  ]);

testRule(missingTarget, {
  valid: [
    ...cleanCases,
    {
      name: 'template rows (no 三级 name, or ……) are structure/placeholder’s',
      document: selfEval(
        ['数量指标', '……', '', ''],
        ['经济效益指标', '', '', ''],
        ['经济效益指标', '…', '……', ''],
      ),
    },
    {
      name: '“无” where nothing should happen, and for social / ecological costs',
      document: doc(
        [
          makeProject({
            projectName: '道路维修',
            indicators: [
              ind('效益指标|社会效益指标|重大安全事故||无'),
              ind('效益指标|社会效益指标|群众有效投诉||无'),
              ind('成本指标|生态环境成本指标|施工扬尘污染||无'),
            ],
          }),
        ],
        'central-2021',
      ),
      framework: 'central-2021',
    },
    {
      name: 'a self-evaluation scored by a framework (评分标准, 指标分值) has no 指标值 column at all',
      document: selfEval(
        ['规划', '目标设定', '', ''],
        ['规划', '预算编制', '', ''],
        ['执行', '资金到位', '', ''],
      ),
    },
    {
      name: 'a drafting placeholder and a rejected suggestion',
      document: doc([
        makeProject({
          projectName: 'x',
          indicators: [
            ind('产出指标|数量指标|培训人数||', { placeholder: true }),
            ind('产出指标|数量指标|培训期数||', { status: 'rejected' }),
          ],
        }),
      ]),
    },
  ],
  invalid: [
    {
      name: 'kaifu: 提供法律意见… target 无 with an actual value',
      document: selfEval([
        '数量指标',
        '提供法律意见/相关文书及合同审查修改/诉讼案件办理（次/次/件）',
        '无',
        '80/92/8',
      ]),
      findings: [
        {
          severity: 'error',
          messageId: 'noTargetButActual',
          data: {
            name: '提供法律意见/相关文书及合同审查修改/诉讼案件办理（次/次/件）',
            field: '年度指标值',
            written: '无',
            actual: '80/92/8',
          },
          message:
            '提供法律意见/相关文书及合同审查修改/诉讼案件办理（次/次/件）：年度指标值为“无”，没有目标，但实际完成值为80/92/8',
          location: {
            table: '征收工作经费（自评表）',
            section: '绩效指标',
            indicator: '提供法律意见/相关文书及合同审查修改/诉讼案件办理（次/次/件）',
            field: '指标值',
            tableIndex: 0,
            indicatorIndex: 0,
          },
          suggestion: '填写年度指标值：写成数量（数字加单位），例如 ≥3个、≥240人',
        },
      ],
    },
    {
      name: 'a target written at the end of the 三级 name, its 指标值 cell empty',
      document: doc([
        makeProject({
          projectName: '全民健身活动经费',
          indicators: [
            ind('产出指标|数量指标|举办赛事活动≥20场次||'),
            ind('产出指标|数量指标|培训人数不少于200人||'),
          ],
        }),
      ]),
      findings: [
        {
          messageId: 'inName',
          data: { name: '举办赛事活动≥20场次', field: '指标值', target: '≥20场次' },
          suggestion: '把“≥20场次”移到指标值栏，名称只写指标本身',
        },
        {
          messageId: 'inName',
          data: { name: '培训人数不少于200人', field: '指标值', target: '不少于200人' },
        },
      ],
    },
    {
      name: 'empty, ……, / and 无 targets in project and department tables',
      document: doc([
        makeProject({
          projectName: '社区工作者业务培训',
          indicators: [
            ind('产出指标|数量指标|培训人数|培训120人|'),
            ind('产出指标|质量指标|考核合格率||……'),
            ind('满意度指标|服务对象满意度指标|参训人员满意度||/'),
          ],
        }),
        makeDepartment({ unitName: '某局', indicators: [ind('产出指标|时效指标|支付及时率||无')] }),
      ]),
      findings: [
        {
          messageId: 'blank',
          data: { name: '培训人数', field: '指标值' },
          location: { table: '社区工作者业务培训', indicatorIndex: 0 },
        },
        {
          messageId: 'noTarget',
          data: { name: '考核合格率', field: '指标值', written: '……' },
          suggestion: '填写指标值：写成比率，例如 验收合格率 =100%、考核合格率 ≥90%',
        },
        {
          messageId: 'noTarget',
          data: { name: '参训人员满意度', field: '指标值', written: '/' },
          suggestion: '填写指标值：写成百分比，例如 ≥90%',
        },
        {
          messageId: 'noTarget',
          data: { name: '支付及时率', field: '指标值', written: '无' },
          location: { table: '某局整体支出绩效目标表', tableIndex: 1 },
        },
      ],
    },
    {
      name: 'a whole-unit self-evaluation row without a 年度指标值 (named as its column is)',
      document: withDepartmentIndicator(0, { value: parseValue(''), score: null }),
      findings: [
        {
          messageId: 'blankButActual',
          data: { name: '市容巡查出动次数', field: '年度指标值', actual: '1050次' },
        },
      ],
    },
  ],
});
