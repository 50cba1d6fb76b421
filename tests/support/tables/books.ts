/**
 * A purchase project in the central-2021 framework (成本指标 is a 一级 with 经济成本指标 under it):
 * 社区图书室图书购置, two spending items the 成本指标 repeat. Used by the rule tests' clean cases and the dup
 * and relevance tests.
 */
import { makeProject } from '../../../src/domain/build.js';
import { ind } from './build.js';

export const books = makeProject({
  code: '2025XX0003',
  projectName: '社区图书室图书购置',
  category: 'equipment',
  budget: { total: '12.00', fiscal: '12.00', other: null },
  purpose: '主要用于：1.购置图书2000册9万元；2.购置书架及阅览桌椅3万元。',
  plan: { mar: 0, jun: 60, oct: 100, dec: 100 },
  goals: '为社区图书室购置图书2000册、书架20组，年内完成采购验收并上架开放。',
  indicators: [
    ind('产出指标|数量指标|购置图书数量|购置各类图书2000册|≥2000册'),
    ind('产出指标|数量指标|购置书架数量|购置书架20组|=20组'),
    ind('产出指标|质量指标|图书验收合格率|验收合格的图书占比|=100%|行业标准'),
    ind('产出指标|时效指标|采购完成时间|图书及书架采购验收完成时间|≤6月底'),
    ind('成本指标|经济成本指标|图书购置费用|购置图书的费用|≤9万元'),
    ind('成本指标|经济成本指标|书架桌椅购置费用|购置书架及阅览桌椅的费用|≤3万元'),
    ind('效益指标|社会效益指标|图书年借阅人次|图书室全年借阅人次|≥3000人次|历史标准'),
    ind('满意度指标|服务对象满意度指标|读者满意度|借阅居民对图书室的满意度|≥90%'),
  ],
});
