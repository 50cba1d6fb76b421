import { makeDepartment } from '../../src/domain/build.js';
import type { Task } from '../../src/domain/document.js';
import { tasksTotal } from '../../src/rules/sum/tasks-total.js';
import { testRule } from '../support/rule-tester.js';
import { doc } from '../support/tables/build.js';
import { cleanCases } from '../support/tables/documents.js';

const task = (
  name: string,
  total: string | null,
  fiscal: string | null = total,
  other: string | null = '0.00',
): Task => ({
  name,
  content: name,
  funding: { total, fiscal, other },
});

/** korla-department-2021, second table: 337.72 + 17.8 + 3.9 + 47 = 406.42, but 合计 says 406.92. */
const korla = makeDepartment({
  unitName: '库尔勒市房屋征收与补偿管理办公室',
  year: 2021,
  tasks: [
    task('负责全市房屋征收补偿工作', '337.72'),
    task('保障城市项目如期实施', '17.8'),
    task('提升干部队伍素质', '3.9'),
    task('征收项目启动及运行经费', '47'),
  ],
  tasksTotal: { total: '406.92', fiscal: '406.92', other: '0.00' },
});
const table = '库尔勒市房屋征收与补偿管理办公室整体支出绩效目标表';

testRule(tasksTotal, {
  valid: [
    ...cleanCases,
    {
      name: 'korla first table: 332.85 + 16.23 + 2.78 + 15.00 = 366.86',
      document: doc([
        makeDepartment({
          unitName: '库尔勒',
          tasks: [task('a', '332.85'), task('b', '16.23'), task('c', '2.78'), task('d', '15.00')],
          tasksTotal: { total: '366.86', fiscal: '366.86', other: '0.00' },
        }),
      ]),
    },
    {
      name: 'exact in cents where floats are not: 512.40 + 86.30 + 64.00 + 18.50 = 681.20',
      document: doc([
        makeDepartment({
          unitName: '某局',
          tasks: [task('a', '512.40'), task('b', '86.30'), task('c', '64.00'), task('d', '18.50')],
          tasksTotal: { total: '681.20', fiscal: '681.2', other: null },
        }),
      ]),
    },
    {
      name: 'no 合计 row (bazhou)',
      document: doc([
        makeDepartment({
          unitName: '巴州住建局',
          tasks: [task('a', '1338.92', '1338.92', null), task('b', '92.83', '92.83', null)],
          tasksTotal: null,
        }),
      ]),
    },
    {
      name: 'a column blank in every task row is not checked',
      document: doc([
        makeDepartment({
          unitName: '某局',
          tasks: [task('a', '10.00', null, null), task('b', '5.00', null, null)],
          tasksTotal: { total: '15.00', fiscal: '15.00', other: '0.00' },
        }),
      ]),
    },
  ],
  invalid: [
    {
      name: 'korla second table: 总额 and 财政拨款 columns off by 0.50',
      document: doc([korla]),
      findings: [
        {
          severity: 'error',
          messageId: 'totalMismatch',
          data: {
            column: '总额',
            stated: '406.92万元',
            sum: '406.42万元',
            addends: '337.72 + 17.8 + 3.9 + 47',
            gap: '0.50万元',
          },
          location: { table, section: '年度主要任务', field: '合计（总额）', tableIndex: 0 },
          suggestion: '核对各任务的总额：若各任务金额无误，把合计改为 406.42',
        },
        {
          messageId: 'totalMismatch',
          data: { column: '财政拨款', stated: '406.92万元', sum: '406.42万元' },
          location: { table, section: '年度主要任务', field: '合计（财政拨款）' },
        },
      ],
    },
    {
      name: 'a blank cell counts as 0 in a column others fill',
      document: doc([
        makeDepartment({
          unitName: '某局',
          tasks: [task('a', '10.00', '10.00', '1.00'), task('b', '5.00', '5.00', null)],
          tasksTotal: { total: '15.00', fiscal: '15.00', other: '2.00' },
        }),
      ]),
      findings: [
        {
          messageId: 'totalMismatch',
          data: {
            column: '其他资金',
            stated: '2.00万元',
            sum: '1.00万元',
            addends: '1.00 + 0',
            gap: '1.00万元',
          },
          location: { table: '某局整体支出绩效目标表', field: '合计（其他资金）' },
        },
      ],
    },
  ],
});
