/**
 * An IT maintenance project in the central-2021 framework with all three 成本 二级 (经济, 社会, 生态环境),
 * money partly from 其他资金 and a 成本 value that is 无. Used by the rule tests' clean cases.
 */
import { makeProject } from '../../../src/domain/build.js';
import { ind } from './build.js';

export const itMaintenance = makeProject({
  code: '2025XX0006',
  projectName: '政务信息系统运维',
  budget: { total: '20.00', fiscal: '18.00', other: '2.00' },
  purpose: '主要用于政务信息系统运维服务费18万元、网络线路租用费2万元。',
  plan: { mar: 25, jun: 50, oct: 75, dec: 100 },
  goals: '保障3个政务信息系统全年稳定运行，故障24小时内响应。',
  indicators: [
    ind('产出指标|数量指标|运维系统数量|运维政务信息系统3个|=3个'),
    ind('产出指标|质量指标|系统可用率|系统全年正常可用时间占比|≥99%|行业标准'),
    ind('产出指标|时效指标|系统故障响应时间|接到故障报告后24小时内响应|≤24小时|行业标准'),
    ind('成本指标|经济成本指标|系统运维费|系统运维服务费用|≤18万元'),
    ind('成本指标|社会成本指标|运维对群众办事的不利影响|运维期间造成的业务中断|无|其他标准'),
    ind('成本指标|生态环境成本指标|机房年耗电量|机房全年用电量|≤12000千瓦时|历史标准'),
    ind('效益指标|社会效益指标|业务中断次数|因系统故障造成的业务中断次数|≤1次|历史标准'),
    ind('满意度指标|服务对象满意度指标|使用人员满意度|系统使用人员的满意度|≥90%'),
  ],
});
