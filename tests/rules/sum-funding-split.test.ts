import { makeDepartment, makeProject, makeSelfEval } from '../../src/domain/build.js';
import type { SelfEvalFundRow } from '../../src/domain/document.js';
import { fundingSplit } from '../../src/rules/sum/funding-split.js';
import { departmentDocument, departmentFunds, DEPARTMENT_LABEL } from '../selfeval/department-fixture.js';
import { testRule } from '../support/rule-tester.js';
import { doc } from '../support/tables/build.js';
import { cleanCases } from '../support/tables/documents.js';

const fund = (
  label: string,
  initial: string | null,
  full: string | null = null,
  spent: string | null = null,
): SelfEvalFundRow => ({
  label,
  initial,
  full,
  spent,
  weight: null,
  rate: '',
  score: null,
});

testRule(fundingSplit, {
  valid: [
    ...cleanCases,
    {
      name: 'blank 其他资金 counts as 0; rows with a blank 总额 or 财政拨款 are not checked',
      document: doc([
        makeDepartment({
          unitName: '巴州住建局',
          tasks: [
            {
              name: '单位人员保障',
              content: '',
              funding: { total: '1338.92', fiscal: '1338.92', other: null },
            },
            { name: '只有总额', content: '', funding: { total: '92.83', fiscal: null, other: null } },
            { name: '财政拨款空着', content: '', funding: { total: '10.00', fiscal: null, other: '0.00' } },
          ],
        }),
        makeProject({ projectName: '空预算', budget: { total: null, fiscal: '6.00', other: null } }),
      ]),
    },
    {
      name: 'kaifu self-evaluation: 其中 rows blank in the 全年执行数 column',
      document: doc([
        makeSelfEval({
          projectName: '征收工作经费',
          funds: [
            fund('年度资金总额', '38', null, '27.75'),
            fund('其中：当年财政拨款', '38'),
            fund('上年结转资金', null),
            fund('其他资金', null),
          ],
        }),
      ]),
    },
    { name: 'whole-unit: 基本支出 + 项目支出 = 年度资金总额', document: departmentDocument() },
    {
      name: 'whole-unit: split by use and by source, each group adds up on its own',
      document: departmentDocument({
        funds: [
          ...departmentFunds(),
          fund('财政拨款', '480.00', '500.00', '475.00'),
          fund('其他资金', '20.00', '20.00', '19.00'),
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'a task row and the 合计 row',
      document: doc([
        makeDepartment({
          unitName: '某局',
          tasks: [
            { name: '机关运转', content: '', funding: { total: '20.50', fiscal: '18.50', other: '1.00' } },
          ],
          tasksTotal: { total: '20.50', fiscal: '20.50', other: '1.00' },
        }),
      ]),
      findings: [
        {
          severity: 'error',
          messageId: 'rowMismatch',
          data: {
            row: '任务“机关运转”',
            fiscal: '18.50万元',
            other: '1.00万元',
            sum: '19.50万元',
            total: '20.50万元',
          },
          message: '任务“机关运转”：财政拨款18.50万元 + 其他资金1.00万元 = 19.50万元，与总额20.50万元不符',
          location: {
            table: '某局整体支出绩效目标表',
            section: '年度主要任务',
            field: '总额',
            tableIndex: 0,
          },
          suggestion: '核对资金来源：总额应等于财政拨款与其他资金之和（19.50万元），或补填缺少的资金来源',
        },
        {
          messageId: 'rowMismatch',
          data: {
            row: '合计行',
            fiscal: '20.50万元',
            other: '1.00万元',
            sum: '21.50万元',
            total: '20.50万元',
          },
          location: { table: '某局整体支出绩效目标表', section: '年度主要任务' },
        },
      ],
    },
    {
      name: "a project's 预算数 with a blank 其他资金",
      document: doc([
        makeProject({
          projectName: '社区工作者业务培训',
          budget: { total: '6.00', fiscal: '5.00', other: null },
        }),
      ]),
      findings: [
        {
          messageId: 'rowMismatch',
          data: { fiscal: '5.00万元', other: '0.00万元', sum: '5.00万元', total: '6.00万元' },
          location: { table: '社区工作者业务培训', section: '预算数', field: '总额' },
        },
      ],
    },
    {
      name: 'self-evaluation: 年度资金总额 ≠ its 其中 rows',
      document: doc([
        makeSelfEval({
          projectName: '征收工作经费',
          funds: [
            fund('年度资金总额', '50', '50'),
            fund('其中：当年财政拨款', '38', '38'),
            fund('上年结转资金', '10', null),
            fund('其他资金', null, '12'),
          ],
        }),
      ]),
      findings: [
        {
          messageId: 'partsMismatch',
          data: {
            column: '年初预算数',
            stated: '50.00万元',
            sum: '48.00万元',
            parts: '当年财政拨款38.00万元 + 上年结转资金10.00万元',
          },
          location: { table: '征收工作经费（自评表）', section: '项目资金', field: '年初预算数' },
        },
      ],
    },
    {
      name: 'whole-unit: 基本支出 + 项目支出 ≠ 全年执行数 of 年度资金总额',
      document: departmentDocument({
        funds: departmentFunds({ spent: '490.00', rate: '94.23%', score: 9.42 }),
      }),
      findings: [
        {
          messageId: 'partsMismatch',
          data: {
            column: '全年执行数',
            stated: '490.00万元',
            sum: '494.00万元',
            parts: '基本支出297.00万元 + 项目支出197.00万元',
          },
          location: { table: DEPARTMENT_LABEL, section: '年度预算执行情况', field: '全年执行数' },
          suggestion: '核对全年执行数：年度资金总额应等于基本支出与项目支出之和',
        },
      ],
    },
    {
      name: 'whole-unit: the by-source group off while the by-use group adds up',
      document: departmentDocument({
        funds: [...departmentFunds(), fund('财政拨款', '480.00'), fund('其他资金', '10.00')],
      }),
      findings: [
        {
          messageId: 'partsMismatch',
          data: { column: '年初预算数', stated: '500.00万元', sum: '490.00万元' },
          location: { table: DEPARTMENT_LABEL, field: '年初预算数' },
        },
      ],
    },
  ],
});
