import { describe, expect, it } from 'vitest';
import { makeDepartment, makeIndicator, makeProject } from '../../src/domain/build.js';
import { duplicatedPassage, findRepetition } from '../../src/rules/text/duplicated-passage.js';
import { testRule } from '../support/rule-tester.js';
import { doc } from '../support/tables/build.js';
import { cleanCases } from '../support/tables/documents.js';
import { renovation } from '../support/tables/renovation.js';

const BAZHOU_PARAGRAPH =
  '统筹城市规划建设管理，转变城市开发建设方式，推动城市结构优化、功能完善和品质提升，加快建设宜居、绿色、韧性、智慧、人文城市。坚决巩固脱贫攻坚成果，有效衔接乡村振兴战略，加快转变乡村建设方式，全面开展农村人居环境整治提升行动，深入推进美丽宜居乡村建设。';
const BAZHOU_TASK = '统筹城市规划管理、提升环境整治行动、开展乡村建设';

testRule(duplicatedPassage, {
  valid: [
    ...cleanCases,
    {
      name: 'short phrases may repeat; the same sentence in two different fields is fine',
      document: doc([
        makeProject({
          projectName: '老旧小区改造提升工程',
          purpose: '确保资金安全。外墙保温改造45万元。确保资金安全。',
          goals: '完成3个老旧小区外墙保温及管网改造，惠及居民420户。',
          indicators: [
            makeIndicator({
              level1: '产出指标',
              level2: '数量指标',
              name: '改造小区数量',
              description: '完成3个老旧小区外墙保温及管网改造，惠及居民420户',
              value: '=3个',
            }),
          ],
        }),
      ]),
    },
  ],
  invalid: [
    {
      name: 'bazhou: the third task’s 主要内容 repeats its paragraph',
      document: doc([
        makeDepartment({
          unitName: '新疆巴州住房和城乡建设局',
          tasks: [
            {
              name: '单位人员保障',
              content: '用于保障部门单位人员发放工资福利支出及对个人和家庭补助',
              funding: { total: '1338.92', fiscal: '1338.92', other: null },
            },
            {
              name: BAZHOU_TASK,
              content: BAZHOU_PARAGRAPH + BAZHOU_PARAGRAPH,
              funding: { total: '159.7', fiscal: '159.7', other: null },
            },
          ],
        }),
      ]),
      findings: [
        {
          messageId: 'wholeTwice',
          data: { field: `任务“${BAZHOU_TASK}”的主要内容` },
          message: `任务“${BAZHOU_TASK}”的主要内容中有重复的段落：“统筹城市规划建设管理，转变城市开发建设方式，推动城市结构优化……”整段文字写了两遍`,
          suggestion: '删去重复的部分，每段只保留一遍。',
          location: {
            table: '新疆巴州住房和城乡建设局整体支出绩效目标表',
            tableIndex: 0,
            section: '年度主要任务',
            field: '主要内容',
          },
        },
      ],
    },
    {
      name: 'repeated sentences among others; numbering does not hide them; an indicator description',
      document: doc([
        makeProject({
          ...renovation,
          goals:
            '1.完成3个老旧小区外墙保温及管网改造；2.改善居住环境，消除管网渗漏隐患；3.完成3个老旧小区外墙保温及管网改造。',
          indicators: [
            makeIndicator({
              level1: '产出指标',
              level2: '数量指标',
              name: '改造小区数量',
              description: '改造老旧小区3个，惠及居民420户。改造老旧小区3个，惠及居民420户。',
              value: '=3个',
            }),
          ],
        }),
      ]),
      findings: [
        {
          messageId: 'sentenceRepeated',
          data: { field: '绩效目标', passage: '完成3个老旧小区外墙保温及管网改造', times: 2 },
          message: '绩效目标中有重复的段落：“完成3个老旧小区外墙保温及管网改造”这句话出现了2次',
          location: { table: '老旧小区改造提升工程', section: '绩效目标', field: '绩效目标' },
        },
        {
          messageId: 'wholeTwice',
          data: {
            field: '“改造小区数量”的绩效指标描述',
            passage: '改造老旧小区3个，惠及居民420户。',
            times: 2,
            sentences: 0,
          },
          location: {
            table: '老旧小区改造提升工程',
            indicator: '改造小区数量',
            indicatorIndex: 0,
            field: '绩效指标描述',
          },
        },
      ],
    },
  ],
});

describe('findRepetition', () => {
  it('finds a passage written twice without sentence marks', () => {
    expect(
      findRepetition('保障社区日常运转和居民服务工作正常开展 保障社区日常运转和居民服务工作正常开展'),
    ).toMatchObject({ sentences: 0, times: 2 });
  });
  it('counts several repeated sentences', () => {
    expect(
      findRepetition(`${BAZHOU_PARAGRAPH}另有一句不同的话在这里出现。${BAZHOU_PARAGRAPH}`),
    ).toMatchObject({ sentences: 2, times: 2 });
  });
  it('ignores short or empty text', () => {
    expect(findRepetition('')).toBeNull();
    expect(findRepetition('确保安全。确保安全。')).toBeNull();
  });
});
