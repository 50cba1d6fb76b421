/**
 * A construction project as a careful office writes it: 老旧小区改造提升工程, 80万元 spent on three items
 * that the 成本指标 repeat, a count, a length, rates, a deadline and 效益/满意度. The project most rule
 * tests vary (add a defect with `withIndicators` or a spread); in the sample document, and shortened by
 * row name (`indicatorsNamed`) in the UI draft and the Markdown export test.
 */
import { makeProject } from '../../../src/domain/build.js';
import { ind } from './build.js';

export const renovation = makeProject({
  code: '2025XX0001',
  projectName: '老旧小区改造提升工程',
  budget: { total: '80.00', fiscal: '80.00', other: null },
  purpose: '主要用于：1.外墙保温改造45万元；2.雨污管网更换30万元；3.工程监理费5万元。',
  plan: { mar: 20, jun: 50, oct: 80, dec: 100 },
  goals:
    '1.2025年10月底前完成3个老旧小区外墙保温及管网改造，惠及居民420户；\n2.改善居住环境，消除管网渗漏隐患。',
  indicators: [
    ind('产出指标|数量指标|改造小区数量|改造老旧小区3个|=3个'),
    ind('产出指标|数量指标|更换雨污管网长度|更换雨污管网2.4公里|≥2.4公里'),
    ind('产出指标|质量指标|工程验收合格率|竣工验收合格的工程占比|=100%|行业标准'),
    ind('产出指标|时效指标|工程按期完工率|按合同工期完工的工程占比|=100%'),
    ind('产出指标|时效指标|完工时间|全部工程完工的时间|≤10月底'),
    ind('产出指标|成本指标|外墙保温改造成本|外墙保温改造费用|≤45万元'),
    ind('产出指标|成本指标|管网更换成本|雨污管网更换费用|≤30万元'),
    ind('效益指标|社会效益指标|受益居民户数|改造惠及的居民户数|≥420户'),
    ind('效益指标|社会效益指标|管网渗漏投诉下降率|较上年管网渗漏投诉下降比例|≥50%|历史标准'),
    ind('效益指标|可持续影响指标|改造设施使用年限|改造后设施正常使用年限|≥15年|行业标准'),
    ind('满意度指标|服务对象满意度指标|居民满意度|受益居民对改造效果的满意度|≥90%'),
  ],
});
