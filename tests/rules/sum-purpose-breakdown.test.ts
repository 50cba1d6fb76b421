import { makeProject } from '../../src/domain/build.js';
import { purposeBreakdown } from '../../src/rules/sum/purpose-breakdown.js';
import { testRule } from '../support/rule-tester.js';
import { doc } from '../support/tables/build.js';
import { cleanCases } from '../support/tables/documents.js';

const project = (purpose: string, total = '80.00', goals = '') =>
  doc([
    makeProject({
      projectName: '老旧小区改造提升工程',
      budget: { total, fiscal: total, other: null },
      purpose,
      goals,
    }),
  ]);

testRule(purposeBreakdown, {
  valid: [
    ...cleanCases,
    {
      name: 'a purpose without amounts',
      document: project('主要用于社区工作者业务培训的场地、教材及师资费用。', '6.00'),
    },
    { name: 'a single amount is no breakdown', document: project('主要用于外墙保温改造45万元。') },
    {
      name: 'amounts in 元 converted to 万元',
      document: project('1.设计费35000元；2.施工费796500元', '83.15'),
    },
    {
      name: 'a stated total is not an item',
      document: project('项目总投资120万元，本年预算80万元，主要用于：1.外墙保温45万元；2.管网改造35万元。'),
    },
    {
      name: 'a total written without 共 (the largest amount is the sum of the others)',
      document: project('本项目80万元，用于外墙保温45万元、管网改造35万元。'),
    },
    {
      name: 'parts after 其中 are not extra items',
      document: project('1.设备购置50万元，其中电脑30万元、打印机20万元；2.安装调试30万元。'),
    },
    {
      name: 'unit rates are not items',
      document: project(
        '发放补贴，每人每月500元，共240人，合计80万元；人均标准0.5万元/人，按300元/平方米计。',
      ),
    },
    {
      name: 'approximate amounts are not checked',
      document: project('1.外墙保温约45万元；2.管网改造30余万元。'),
    },
    {
      name: 'the budget split into 财政 and 其他 when 总额 is blank',
      document: doc([
        makeProject({
          projectName: 'x',
          budget: { total: null, fiscal: '70.00', other: '10.00' },
          purpose: '1.外墙45万元；2.管网35万元',
        }),
      ]),
    },
    {
      name: 'amounts in prose written 150万 and 1,500,000元 add up exactly; 万人 and 万平方米 are no money',
      document: doc([
        makeProject({
          projectName: '道路',
          budget: { total: '180.00', fiscal: '180.00', other: null },
          purpose: '资金150万用于道路硬化，30万用于绿化，惠及2.1万人、1.5万平方米。',
        }),
        makeProject({
          projectName: '设备',
          budget: { total: '162.50', fiscal: '162.50', other: null },
          purpose: '购置设备1,500,000元，安装调试费12.5万元。',
        }),
      ]),
    },
    {
      name: 'no budget, nothing to compare',
      document: doc([makeProject({ projectName: 'x', purpose: '1.外墙45万元；2.管网30万元' })]),
    },
  ],
  invalid: [
    {
      name: 'example-street-office: 45 + 30 + 3.5 = 78.5 ≠ 80.00',
      document: project('主要用于：1.外墙保温改造45万元；2.雨污管网更换30万元；3.工程监理费3.5万元。'),
      findings: [
        {
          severity: 'error',
          messageId: 'sumDiffers',
          data: {
            section: '资金用途',
            amounts: '45万元 + 30万元 + 3.5万元',
            sum: '78.50万元',
            budget: '80.00万元',
            gap: '1.50万元',
          },
          message:
            '资金用途列出的金额 45万元 + 30万元 + 3.5万元 = 78.50万元，与预算数80.00万元不符（相差1.50万元）',
          location: { table: '老旧小区改造提升工程', section: '资金用途', tableIndex: 0 },
          suggestion: '补全未列出的用途或修正各项金额，使各项之和等于预算数80.00万元',
        },
      ],
    },
    {
      name: 'items above the budget; mixed 元 and 万',
      document: project('1.设计费50000元；2.施工费80万；3.监理费2万元', '80.00'),
      findings: [
        {
          messageId: 'sumDiffers',
          data: { amounts: '50000元 + 80万 + 2万元', sum: '87.00万元', budget: '80.00万元', gap: '7.00万元' },
        },
      ],
    },
    {
      name: 'issue: amounts written 150万 in prose (万 followed by a verb), and a breakdown in 元',
      document: doc([
        makeProject({
          projectName: '道路',
          budget: { total: '180.00', fiscal: '180.00', other: null },
          purpose: '资金150万用于道路硬化，50万用于绿化。',
        }),
        makeProject({
          projectName: '培训',
          budget: { total: '8.00', fiscal: '8.00', other: null },
          purpose: '主要用于：1.培训费50,000元；2.资料费20,000元。',
        }),
      ]),
      findings: [
        {
          messageId: 'sumDiffers',
          data: { amounts: '150万 + 50万', sum: '200.00万元', budget: '180.00万元', gap: '20.00万元' },
          location: { table: '道路', tableIndex: 0 },
        },
        {
          messageId: 'sumDiffers',
          data: { amounts: '50000元 + 20000元', sum: '7.00万元', budget: '8.00万元' },
          location: { table: '培训', tableIndex: 1 },
        },
      ],
    },
    {
      name: 'a goal text that itemises amounts',
      document: project(
        '主要用于老旧小区改造。',
        '80.00',
        '目标1：外墙保温改造投入45万元；目标2：管网更换投入30万元。',
      ),
      findings: [
        {
          messageId: 'sumDiffers',
          data: {
            section: '绩效目标',
            amounts: '45万元 + 30万元',
            sum: '75.00万元',
            budget: '80.00万元',
            gap: '5.00万元',
          },
          location: { table: '老旧小区改造提升工程', section: '绩效目标' },
        },
      ],
    },
  ],
});
