import { describe, expect, it } from 'vitest';
import { Answers } from '../../src/domain/answers.js';
import { makeDocument, makeIndicator, makeProject } from '../../src/domain/build.js';
import type { JixiaoDocument, ProjectTable } from '../../src/domain/document.js';
import { createOfflineDrafter } from '../../src/draft/offline/index.js';
import { checkDocument } from '../../src/rules/engine.js';

/** Last year's imported table of a county 交通运输局 (issue 16 item 4). */
const ind = makeIndicator;
const lastYear: JixiaoDocument = makeDocument({
  unit: { name: '示例县交通运输局', year: 2024, framework: 'local' },
  tables: [
    makeProject({
      projectName: '2024年农村公路日常养护',
      budget: { total: '340.00', fiscal: '340.00', other: null },
      indicators: [
        ind({
          level1: '产出指标',
          level2: '数量指标',
          name: '养护农村公路里程',
          description: '2024年养护农村公路1700公里',
          value: '≥1700公里',
        }),
        ind({
          level1: '产出指标',
          level2: '质量指标',
          name: '优良中等路率',
          description: '优良中等路率不低于85%',
          value: '≥85%',
        }),
        ind({
          level1: '产出指标',
          level2: '时效指标',
          name: '路面坑槽修补及时率',
          description: '发现坑槽7日内修补',
          value: '≥95%',
        }),
        ind({
          level1: '产出指标',
          level2: '成本指标',
          name: '养护总成本',
          description: '',
          value: '≤340万元',
        }),
        ind({
          level1: '效益指标',
          level2: '社会效益指标',
          name: '群众出行安全畅通率',
          description: '',
          value: '≥98%',
        }),
        ind({
          level1: '满意度指标',
          level2: '服务对象满意度指标',
          name: '沿线群众满意度',
          description: '',
          value: '≥92%',
        }),
      ],
    }),
  ],
});

const answers = (name: string, purpose: string) =>
  Answers.parse({
    unit: { name: '示例县交通运输局', year: 2025 },
    projects: [{ name, fiscal: 350, purpose, plan: [20, 50, 80, 100] }],
  });

describe('drafting with last year’s tables', () => {
  it('offers last year’s rows of the same project first, marked, years moved on and counts updated; costs from this year', async () => {
    const { document, notes } = await createOfflineDrafter().draft(
      answers('2025年农村公路日常养护', '对全县农村公路1750公里开展日常养护，每公里2000元。'),
      { previous: [lastYear] },
    );
    const table = document.tables[1] as ProjectTable;
    const rows = table.indicators.map((r) => `${r.name} ${r.value.text}`);
    expect(rows).toEqual(
      expect.arrayContaining([
        '养护农村公路里程 ≥1750公里',
        '优良中等路率 ≥85%',
        '路面坑槽修补及时率 ≥95%',
        '沿线群众满意度 ≥92%',
        '公路养护总成本 ≤350万元',
        '每公里养护标准 =2000元/公里',
      ]),
    );
    expect(rows).not.toContain('养护总成本 ≤340万元');
    const mileage = table.indicators.find((r) => r.name === '养护农村公路里程')!;
    expect(mileage.description).toBe('2025年养护农村公路1750公里');
    expect(mileage.rationale).toContain('取自2024年“2024年农村公路日常养护”的表格');
    expect(notes.join('\n')).toContain(
      '5 个指标取自上年度“2024年农村公路日常养护”的表格（1 个数值已按今年的资金用途更新）',
    );
    expect(checkDocument(document).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('takes only the norms of a project of the same kind, never its figures', async () => {
    const { document, notes } = await createOfflineDrafter().draft(
      answers('县乡道路面养护', '养护县乡道路面。'),
      {
        previous: [lastYear],
      },
    );
    const rows = (document.tables[1] as ProjectTable).indicators.map((r) => `${r.name} ${r.value.text}`);
    expect(rows).toEqual(expect.arrayContaining(['优良中等路率 ≥85%', '沿线群众满意度 ≥92%']));
    expect(rows.some((r) => r.includes('1700'))).toBe(false);
    expect(notes.join('\n')).toContain('取自上年度同类项目');
  });

  it('drafts as before without last year’s tables', async () => {
    const { document } = await createOfflineDrafter().draft(
      answers('农村公路日常养护', '养护农村公路1750公里。'),
    );
    const rows = (document.tables[1] as ProjectTable).indicators.map((r) => r.name);
    expect(rows).toContain('养护公路里程');
    expect(rows).not.toContain('养护农村公路里程');
  });
});
