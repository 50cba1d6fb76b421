import { describe, expect, it } from 'vitest';
import { Answers } from '../../src/domain/answers.js';
import type { ProjectTable } from '../../src/domain/document.js';
import { createOfflineDrafter } from '../../src/draft/offline/index.js';
import { checkDocument } from '../../src/rules/engine.js';
import { BUREAU } from './county-bureau.fixture.js';

describe('offline draft of a county 农业农村局 with eight sector projects', () => {
  it('has no checker error and at most 3 warnings; each project is of its sector with its own rows', async () => {
    const { document } = await createOfflineDrafter().draft(Answers.parse(BUREAU));
    const findings = checkDocument(document).findings;
    const errors = findings.filter((f) => f.severity === 'error');
    const warnings = findings.filter((f) => f.severity === 'warning');
    console.log(
      `county bureau: ${errors.length} errors, ${warnings.length} warnings${findings.map((f) => `\n  ${f.rule} ${f.message}`).join('')}`,
    );
    expect(errors).toEqual([]);
    expect(warnings.length).toBeLessThanOrEqual(3);
    const projects = document.tables.slice(1) as ProjectTable[];
    expect(projects.map((t) => t.category)).toEqual([
      'farmland-construction',
      'agricultural-subsidy',
      'animal-epidemic',
      'water-supply',
      'river-management',
      'grain-reserve',
      'forest-fire',
      'flood-control',
    ]);
    expect(projects.flatMap((t) => t.indicators).filter((i) => i.placeholder)).toEqual([]);
    const rows = (i: number) => projects[i].indicators.map((r) => `${r.name} ${r.value.text}`);
    expect(rows(0)).toEqual(
      expect.arrayContaining(['建设高标准农田面积 ≥12000亩', '每亩投资标准 =1000元/亩']),
    );
    expect(rows(1)).toEqual(expect.arrayContaining(['补贴面积 ≥100000亩', '每亩补助标准 =105元/亩']));
    expect(rows(6)).toEqual(
      expect.arrayContaining(['聘用护林员人数 ≥200人', '每人每月补助标准 =400元/人·月']),
    );
  });
});
