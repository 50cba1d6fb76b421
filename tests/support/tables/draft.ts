/**
 * A draft in progress: the interview answers (ANSWERS), the document drafted from them (drafted(): the
 * unit table of the answers and the shared renovation project with a placeholder) and the draft file
 * that holds them (draftFile()). Used by the UI tests and tests/export/kept-reason.
 */
import { makeDepartment, makeDocument, makeIndicator } from '../../../src/domain/build.js';
import type { JixiaoDocument, ProjectTable } from '../../../src/domain/document.js';
import { parseValue } from '../../../src/value/parse-value.js';
import { indicatorsNamed } from './build.js';
import { renovation } from './renovation.js';
import type { Draft, DraftAnswers } from '../../../src/store/drafts.js';

export const ANSWERS: DraftAnswers = {
  unit: { name: '青石街道办事处', year: 2025, framework: 'local', staff: 45 },
  tasks: [{ name: '人员保障', content: '保障工资福利', fiscal: 512.4, other: 0 }],
  projects: [
    {
      name: renovation.projectName,
      code: renovation.code,
      fiscal: 80,
      other: 0,
      purpose: renovation.purpose,
      plan: [20, 50, 80, 100],
      goals: '惠及居民420户',
    },
  ],
};

/**
 * The renovation project as the drafter leaves it for review: six of its indicators, one value left
 * as （待填） (a placeholder to fill). The UI tests rely on the order (the placeholder is row 4).
 */
function draftedRenovation(): ProjectTable {
  const indicators = indicatorsNamed(
    renovation,
    '改造小区数量',
    '工程验收合格率',
    '工程按期完工率',
    '外墙保温改造成本',
    '管网渗漏投诉下降率',
    '居民满意度',
  );
  indicators[4] = { ...indicators[4]!, value: parseValue('≥（待填）%'), placeholder: true };
  return {
    ...structuredClone(renovation),
    category: 'construction',
    budget: { ...renovation.budget, other: '0.00' },
    indicators,
  };
}

/** A small drafted document: the unit table and one project with a placeholder to fill. */
export function drafted(): JixiaoDocument {
  return makeDocument({
    unit: { name: '青石街道办事处', year: 2025, framework: 'local', staff: 45 },
    tables: [
      makeDepartment({
        unitName: '青石街道办事处',
        year: 2025,
        tasks: [
          {
            name: '人员保障',
            content: '保障工资福利',
            funding: { total: '512.40', fiscal: '512.40', other: '0.00' },
          },
        ],
        tasksTotal: { total: '512.40', fiscal: '512.40', other: '0.00' },
        goals: '目标1：保障在职人员工资福利。',
        indicators: [
          makeIndicator({ level1: '产出指标', level2: '数量指标', name: '保障在职人员数量', value: '=45人' }),
          makeIndicator({ level1: '产出指标', level2: '质量指标', name: '人员经费保障率', value: '=100%' }),
          makeIndicator({
            level1: '产出指标',
            level2: '成本指标',
            name: '人员保障支出',
            value: '≤512.4万元',
          }),
          makeIndicator({
            level1: '满意度指标',
            level2: '服务对象满意度指标',
            name: '职工满意度',
            value: '≥90%',
          }),
        ],
      }),
      draftedRenovation(),
    ],
  });
}

export function draftFile(fields: Partial<Draft> = {}): Draft {
  return {
    version: 1,
    id: 'd1',
    createdAt: '2025-03-05T06:00:00.000Z',
    updatedAt: '2025-03-05T06:00:00.000Z',
    stage: 'interview',
    origin: 'new',
    answers: ANSWERS,
    step: { section: 'summary' },
    reviewed: [],
    ...fields,
  };
}
