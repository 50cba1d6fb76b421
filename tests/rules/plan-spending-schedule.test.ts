import { makeProject } from '../../src/domain/build.js';
import type { SpendingPlan } from '../../src/domain/document.js';
import { spendingSchedule } from '../../src/rules/plan/spending-schedule.js';
import { testRule } from '../support/rule-tester.js';
import { doc } from '../support/tables/build.js';
import { cleanCases } from '../support/tables/documents.js';

const plan = (
  mar: number | null,
  jun: number | null,
  oct: number | null,
  dec: number | null,
): SpendingPlan => ({ mar, jun, oct, dec });
const project = (p: SpendingPlan | null) =>
  doc([makeProject({ projectName: '老旧小区改造提升工程', plan: p })]);
const at = (field: string) => ({
  table: '老旧小区改造提升工程',
  section: '资金支出计划',
  field,
  tableIndex: 0,
});

testRule(spendingSchedule, {
  valid: [
    ...cleanCases,
    { name: 'example-street-office: 20 50 80 100', document: project(plan(20, 50, 80, 100)) },
    { name: 'flat stretches and a blank early point', document: project(plan(null, 0, 100, 100)) },
    { name: 'no plan', document: project(null) },
    { name: 'a plan left wholly blank', document: project(plan(null, null, null, null)) },
  ],
  invalid: [
    {
      name: 'decreasing',
      document: project(plan(30, 60, 50, 100)),
      findings: [
        {
          severity: 'error',
          messageId: 'decreasing',
          data: { before: '6月底', beforeShare: '60%', point: '10月底', share: '50%' },
          message: '资金支出计划递减：6月底60%，10月底却为50%（按累计比例填写，不应下降）',
          location: at('10月底'),
          suggestion: '10月底填写截至当时的累计支出比例，不低于60%',
        },
      ],
    },
    {
      name: 'above 100% (and so decreasing at the end)',
      document: project(plan(30, 60, 120, 100)),
      findings: [
        {
          messageId: 'outOfRange',
          data: { point: '10月底', share: '120%' },
          location: at('10月底'),
          suggestion: '10月底最多为100%',
        },
        {
          messageId: 'decreasing',
          data: { before: '10月底', beforeShare: '120%', point: '12月底', share: '100%' },
          location: at('12月底'),
        },
      ],
    },
    {
      name: 'not ending at 100%',
      document: project(plan(20, 40, 60, 90)),
      findings: [
        {
          messageId: 'yearEndUnder',
          data: { share: '90%' },
          location: at('12月底'),
          suggestion: '12月底改为 100%；确有跨年支付的，请在资金用途中说明',
        },
      ],
    },
    {
      name: '12月底 left blank',
      document: project(plan(20, 40, 60, null)),
      findings: [
        {
          messageId: 'yearEndBlank',
          location: at('12月底'),
          suggestion: '12月底填 100%',
        },
      ],
    },
    {
      name: 'per-period shares instead of cumulative ones',
      document: project(plan(20, 30, 30, 20)),
      findings: [
        {
          messageId: 'perPeriod',
          data: { shares: '20%、30%、30%、20%' },
          location: at('12月底'),
          suggestion: '改为累计比例：20%、50%、80%、100%',
        },
      ],
    },
  ],
});
