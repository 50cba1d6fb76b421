import { describe, expect, it } from 'vitest';
import { Answers } from '../../src/domain/answers.js';
import type { DepartmentTable, ProjectTable } from '../../src/domain/document.js';
import { createOfflineDrafter } from '../../src/draft/offline/index.js';
import { checkDocument } from '../../src/rules/engine.js';
import { STREET_OFFICE } from './street-office.fixture.js';

/** Issue 14: the offline draft of a six-project 街道办事处 as a finance-bureau reviewer reads it. */
describe('offline draft of a street office with six projects', async () => {
  const { document } = await createOfflineDrafter().draft(Answers.parse(STREET_OFFICE));
  const unit = document.tables[0] as DepartmentTable;
  const projects = document.tables.slice(1) as ProjectTable[];
  const project = (name: string) => projects.find((t) => t.projectName === name)!;

  it('has no checker error and at most 3 warnings', () => {
    const findings = checkDocument(document).findings;
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.filter((f) => f.severity === 'warning').length).toBeLessThanOrEqual(3);
  });

  it('writes goals that carry the project’s own numbers', () => {
    expect(project('老旧小区道路改造工程').goals).toMatch(
      /^年内改造老旧小区道路3条共2\.4公里，同步修复雨水管网1\.2公里，/,
    );
    expect(project('人民调解工作经费').goals).toContain('排查调解纠纷300件');
    expect(project('社区工作者补贴').goals).toContain('60名社区工作者');
    expect(project('生活垃圾分类运营经费').goals).not.toMatch(/经费[，。]/);
  });

  it('sets the satisfaction target by kind, each with its basis', () => {
    const satisfaction = projects.map((t) => t.indicators.find((i) => i.level1 === '满意度指标')!);
    expect(new Set(satisfaction.map((i) => i.value.text)).size).toBeGreaterThan(1);
    expect(project('社区工作者补贴').indicators.at(-1)!.value.text).toBe('≥95%');
    expect(project('人民调解工作经费').indicators.at(-1)!.value.text).toBe('≥85%');
    for (const i of satisfaction) expect(i.description).toContain('问卷调查');
  });

  it('gives the purchase of enforcement vehicles an outcome of what they are for', () => {
    const benefits = project('城管执法车辆购置').indicators.filter((i) => i.level1 === '效益指标');
    expect(benefits.map((i) => i.name)).toContain('日常巡查执法需求保障率');
    expect(benefits.every((i) => !i.placeholder)).toBe(true);
  });

  it('describes every row of the unit table and covers every task it lists', () => {
    expect(unit.indicators.filter((i) => !i.description)).toEqual([]);
    const quantities = unit.indicators.filter((i) => i.level2 === '数量指标').map((i) => i.description);
    // One project of each task: 社区治理, 城市管理, 民生服务.
    for (const project of ['社区工作者补贴', '老旧小区道路改造工程', '社区干部培训及文体活动'])
      expect(quantities.some((d) => d.startsWith(project))).toBe(true);
    expect(unit.indicators.find((i) => i.name === '完成年度主要任务数量')!.description).toBe(
      '完成社区治理、城市管理、民生服务等年度主要任务3项',
    );
  });
});
