import { makeIndicator, makeProject } from '../../src/domain/build.js';
import { duplicateIndicator } from '../../src/rules/dup/indicator.js';
import { testRule } from '../support/rule-tester.js';
import { doc, withIndicators } from '../support/tables/build.js';
import { cleanCases } from '../support/tables/documents.js';
import { renovation } from '../support/tables/renovation.js';

const ind = makeIndicator;
const n = renovation.indicators.length;
const withRows = (...rows: ReturnType<typeof ind>[]) => doc([withIndicators(renovation, ...rows)]);

testRule(duplicateIndicator, {
  valid: [
    ...cleanCases,
    {
      name: 'the same name in two tables, template rows, rejected suggestions',
      document: doc([
        renovation,
        makeProject({ ...renovation, projectName: '背街小巷改造工程' }),
        makeProject({
          projectName: '社区工作者业务培训',
          indicators: [
            ind({ level1: '效益指标', level2: '经济效益指标', name: '……', value: '' }),
            ind({ level1: '效益指标', level2: '生态效益指标', name: '……', value: '' }),
            ind({ level1: '产出指标', level2: '数量指标', name: '培训人数', value: '≥120人' }),
            ind({
              level1: '产出指标',
              level2: '数量指标',
              name: '培训人数',
              value: '≥100人',
              status: 'rejected',
            }),
          ],
        }),
      ]),
    },
  ],
  invalid: [
    {
      name: 'the same row twice, and the same name with another value (spaces and a unit note do not matter)',
      document: withRows(
        ind({ level1: '产出指标', level2: '数量指标', name: '改造小区数量', value: '=3个' }),
        ind({ level1: '效益指标', level2: '社会效益指标', name: '受益居民户数（户）', value: '≥400户' }),
      ),
      findings: [
        {
          messageId: 'repeatedSameValue',
          data: { name: '改造小区数量', first: 1, second: n + 1, before: '=3个', value: '=3个' },
          message: `三级指标“改造小区数量”在本表中重复出现（第1个和第${n + 1}个指标，指标值都是“=3个”）`,
          suggestion: '删除重复的一行。',
          location: {
            table: '老旧小区改造提升工程',
            indicator: '改造小区数量',
            indicatorIndex: n,
            field: '三级指标',
          },
        },
        {
          messageId: 'repeatedOtherValue',
          data: { name: '受益居民户数（户）', first: 8, second: n + 2, before: '≥420户', value: '≥400户' },
          suggestion: '合并为一行并确定一个指标值；若是两项不同的工作，请在名称中写明区别。',
          location: { table: '老旧小区改造提升工程', indicatorIndex: n + 1 },
        },
      ],
    },
  ],
});
