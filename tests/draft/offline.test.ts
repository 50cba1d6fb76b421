import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Answers, type AnswersInput } from '../../src/domain/answers.js';
import type { Indicator, JixiaoDocument, ProjectTable } from '../../src/domain/document.js';
import { loadLibrary } from '../../src/draft/library.js';
import { createOfflineDrafter, PLACEHOLDER } from '../../src/draft/offline/index.js';
import type { DraftProgress } from '../../src/draft/types.js';
import { checkDocument } from '../../src/rules/engine.js';
import { sumMoney } from '../../src/value/money.js';

const examplePath = join(import.meta.dirname, '..', '..', 'examples', 'street-office-answers.json');
const exampleAnswers = (): AnswersInput => JSON.parse(readFileSync(examplePath, 'utf8'));
const drafter = createOfflineDrafter();

async function draft(input: AnswersInput) {
  return drafter.draft(Answers.parse(input));
}

function projects(document: JixiaoDocument): ProjectTable[] {
  return document.tables.filter((t): t is ProjectTable => t.kind === 'project');
}

function byName(table: { indicators: Indicator[] }, name: string): Indicator {
  const found = table.indicators.find((i) => i.name === name);
  if (!found) throw new Error(`no indicator ${name} in ${table.indicators.map((i) => i.name).join('、')}`);
  return found;
}

const errors = (document: JixiaoDocument) =>
  checkDocument(document).findings.filter((f) => f.severity === 'error');

describe('offline drafter on the worked example', () => {
  let document: JixiaoDocument;
  let notes: string[];
  beforeAll(async () => {
    ({ document, notes } = await draft(exampleAnswers()));
  });

  it('drafts the unit table and one table per project, each project with its category', () => {
    expect(document.tables.map((t) => [t.kind, t.id])).toEqual([
      ['department', 't1'],
      ['project', 't2'],
      ['project', 't3'],
      ['project', 't4'],
      ['project', 't5'],
      ['project', 't6'],
    ]);
    expect(projects(document).map((p) => p.category)).toEqual([
      'construction',
      'training-meeting',
      'salary-subsidy',
      'environment-sanitation',
      'consulting-study',
    ]);
    expect(document.unit).toMatchObject({
      name: '青石街道办事处',
      year: 2025,
      framework: 'local',
      staff: 45,
    });
  });

  it('passes the checker with no errors; its only warnings are the marked placeholders', () => {
    const { findings } = checkDocument(document);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    for (const f of findings.filter((x) => x.severity === 'warning')) {
      const indicator = document.tables[f.location.tableIndex!].indicators[f.location.indicatorIndex!];
      expect(indicator?.placeholder, `${f.rule}: ${f.message}`).toBe(true);
    }
  });

  it('adds the task rows up exactly and keeps 总额 = 财政拨款 + 其他资金', () => {
    const unit = document.tables[0];
    if (unit.kind !== 'department') throw new Error('first table is not the unit table');
    expect(unit.tasks.map((t) => t.funding)).toEqual([
      { total: '512.40', fiscal: '512.40', other: '0.00' },
      { total: '86.30', fiscal: '86.30', other: '0.00' },
      { total: '120.00', fiscal: '116.00', other: '4.00' },
      { total: '46.80', fiscal: '46.80', other: '0.00' },
    ]);
    expect(unit.tasksTotal).toEqual({ total: '765.50', fiscal: '761.50', other: '4.00' });
    expect(unit.goals.split('\n')[0]).toBe('目标1：人员保障。保障在职人员工资福利、社会保险缴费等支出。');
    expect(byName(unit, '保障在职人员数量').value.text).toBe('=45人');
    expect(byName(unit, '人员保障支出').value.text).toBe('≤512.4万元');
    // Every row of the unit table says what it measures; rows taken from a project name it.
    expect(unit.indicators.filter((i) => !i.description)).toEqual([]);
    expect(byName(unit, '保障在职人员数量').description).toBe('保障在职人员45人的工资福利和日常办公经费');
    const garbage = projects(document)[3];
    expect(garbage.budget).toEqual({ total: '40.00', fiscal: '36.00', other: '4.00' });
    expect(garbage.plan).toEqual({ mar: 25, jun: 50, oct: 80, dec: 100 });
  });

  it('takes cost ceilings from the itemised 资金用途 and counts from the purpose and goals', () => {
    const [works, training, salary, garbage, legal] = projects(document);
    expect(byName(works, '外墙保温改造成本')).toMatchObject({
      description: '外墙保温改造支出不超过45万元',
      value: { text: '≤45万元', numbers: [45], unit: '万元' },
    });
    expect(byName(works, '雨污管网更换成本').value.text).toBe('≤31.5万元');
    expect(byName(works, '工程监理费').value.text).toBe('≤3.5万元');
    expect(byName(works, '建设改造数量').value.text).toBe('≥3个');
    expect(byName(works, '受益居民户数')).toMatchObject({
      description: '工程完工后受益居民420户',
      value: { text: '≥420户' },
    });
    expect(byName(training, '参训人数').value.text).toBe('≥120人');
    expect(byName(training, '培训期数').value.text).toBe('≥4期');
    // The library's alternatives ("培训（会议）", "咨询（服务）") are chosen by the project's own words.
    expect(JSON.stringify(document)).not.toMatch(/（(会议|粪污|服务|物资)）/);
    expect(byName(training, '人均培训成本').value.text).toBe('≤500元/人');
    expect(byName(salary, '发放人数')).toMatchObject({
      description: '全年发放对象40人',
      value: { text: '≥40人' },
    });
    expect(byName(salary, '发放月数').value.text).toBe('=12个月');
    expect(byName(salary, '人均发放标准').value.text).toBe('≤7200元/人');
    expect(byName(garbage, '垃圾清运量').value.text).toBe('≥3600吨');
    expect(byName(garbage, '生活垃圾清运服务成本').value.text).toBe('≤32万元');
    expect(byName(legal, '提供法律服务件次').value.text).toBe('≥200件次');
  });

  it('marks unknown numbers as placeholders instead of inventing them', () => {
    const placeholders = document.tables.flatMap((t) => t.indicators).filter((i) => i.placeholder);
    // Rates with a norm (能力提升率 ≥90%) are drafted at the norm; only those that depend on last year's
    // figures or on the results are asked for.
    expect(placeholders.map((i) => i.name)).toEqual(['环境卫生问题投诉下降率', '成果采纳率']);
    for (const p of placeholders) {
      expect(p.value.text).toBe(`≥${PLACEHOLDER}%`);
      expect(p.value.kind).toBe('qualitative');
      expect(p.description).not.toMatch(/\d/);
    }
  });

  it('gives every indicator a stable id and the status suggested', () => {
    const ids = document.tables.flatMap((t) => t.indicators.map((i) => i.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe('d-i1');
    expect(projects(document)[0].indicators.map((i) => i.id)).toEqual(
      projects(document)[0].indicators.map((_, n) => `p1-i${n + 1}`),
    );
    expect(document.tables.every((t) => t.indicators.every((i) => i.status === 'suggested'))).toBe(true);
  });

  it('covers 产出 (数量 质量 时效 成本), 效益 and 满意度 in every project, grouped by 一级/二级', () => {
    for (const table of projects(document)) {
      const level2 = table.indicators.map((i) => i.level2);
      for (const needed of ['数量指标', '质量指标', '时效指标', '成本指标', '服务对象满意度指标'])
        expect(level2, table.projectName).toContain(needed);
      expect(table.indicators.some((i) => i.level1 === '效益指标')).toBe(true);
      const blocks = level2.filter((l, i) => l !== level2[i - 1]);
      expect(new Set(blocks).size, `${table.projectName}: ${level2.join(',')}`).toBe(blocks.length);
    }
  });

  it('tells which categories were chosen automatically', () => {
    expect(notes).toContain(
      '项目“老旧小区改造提升工程”：按名称和资金用途归入“工程建设、改造、修缮”类，可在审阅时修改。',
    );
    expect(notes.some((n) => n.startsWith('项目“社区工作者业务培训”：按名称'))).toBe(false);
  });

  it('is deterministic', async () => {
    expect((await draft(exampleAnswers())).document).toEqual(document);
  });
});

describe('offline drafter on other answers', () => {
  const minimal = (
    project: Partial<AnswersInput['projects'] extends Array<infer P> | undefined ? P : never>,
    unit: Partial<AnswersInput['unit']> = {},
  ): AnswersInput => ({
    unit: { name: '某镇人民政府', year: 2025, ...unit },
    projects: [{ name: '专项工作经费', fiscal: 10, ...project }],
  });

  it('puts costs under the 成本指标 一级 in the 2021 central framework', async () => {
    const { document } = await draft({
      ...exampleAnswers(),
      unit: { ...exampleAnswers().unit, framework: 'central-2021' },
    });
    const costs = document.tables
      .flatMap((t) => t.indicators)
      .filter((i) => /成本|费|支出/.test(i.name) && i.value.unit.includes('元'));
    expect(costs.length).toBeGreaterThan(5);
    for (const c of costs) expect([c.level1, c.level2]).toEqual(['成本指标', '经济成本指标']);
    expect(document.tables.flatMap((t) => t.indicators).some((i) => i.level2 === '成本指标')).toBe(false);
    expect(errors(document)).toEqual([]);
  });

  it('drafts a project with nothing but a name and a budget: placeholders, a budget ceiling, no errors', async () => {
    for (const category of ['construction', 'equipment', 'other', 'petition-stability'] as const) {
      const { document, notes } = await draft(minimal({ name: '某某项目', fiscal: 12.5, category }));
      const table = projects(document)[0];
      expect(table.purpose).toBe('主要用于某某项目相关支出。');
      expect(table.goals).toContain('某某项目');
      expect(table.goals).not.toMatch(/\d/);
      expect(table.indicators.some((i) => i.placeholder && i.value.text.includes(PLACEHOLDER))).toBe(true);
      expect(table.indicators.some((i) => i.value.text === '≤12.5万元')).toBe(true);
      expect(table.indicators.length).toBeGreaterThanOrEqual(3);
      expect(notes.some((n) => n.includes('未填写资金用途'))).toBe(true);
      expect(notes.some((n) => n.includes('未填写资金支出计划'))).toBe(true);
      expect(errors(document), category).toEqual([]);
    }
  });

  it('asks for a fallback number only when nothing of its kind was found', async () => {
    const found = projects(
      (
        await draft(
          minimal({ name: '政务网络运维', category: 'it-system', purpose: '维护政务外网线路12条。' }),
        )
      ).document,
    )[0];
    expect(
      found.indicators.filter((i) => i.level2 === '数量指标').map((i) => [i.name, i.value.text]),
    ).toEqual([['维护网络线路数量', '≥12条']]);
    const none = projects(
      (await draft(minimal({ name: '政务网络运维', category: 'it-system' }))).document,
    )[0];
    expect(
      none.indicators
        .filter((i) => i.level2 === '数量指标')
        .map((i) => [i.name, i.value.text, i.placeholder]),
    ).toEqual([['建设运维系统数量', '≥（待填）个', true]]);
  });

  it('uses the month the plan reaches 100% as the deadline', async () => {
    const { document } = await draft(minimal({ category: 'construction', plan: [10, 60, 100, 100] }));
    expect(byName(projects(document)[0], '工程完工时间')).toMatchObject({
      description: '10月底前完成全部建设内容',
      value: { text: '≤10月底' },
    });
  });

  it('leaves out an item above the budget and says so', async () => {
    const { document, notes } = await draft(
      minimal({
        category: 'construction',
        fiscal: 50,
        purpose: '主要用于：1.道路硬化120万元；2.排水沟20万元。',
      }),
    );
    expect(projects(document)[0].indicators.map((i) => i.name)).not.toContain('道路硬化成本');
    expect(notes).toContain(
      '项目“专项工作经费”：资金用途中“道路硬化”120.00万元超过预算数50.00万元，未作为成本指标，请核对金额。',
    );
  });

  it('takes a rate the goals state rather than the norm (≥100% becomes =100%)', async () => {
    const { document } = await draft(
      minimal({ category: 'construction', goals: '群众满意度达到95%以上，验收合格率100%。' }),
    );
    const table = projects(document)[0];
    expect(byName(table, '受益群众满意度').value.text).toBe('≥95%');
    expect(byName(table, '工程验收合格率').value.text).toBe('=100%');
  });

  it('falls back on the unit staff for 运转 projects and divides the budget by it', async () => {
    const { document } = await draft(
      minimal({ name: '机关日常运转经费', fiscal: 100, category: 'operations' }, { staff: 45 }),
    );
    const table = projects(document)[0];
    expect(byName(table, '保障在职人员数量').value.text).toBe('=45人');
    expect(byName(table, '人均运转成本').value.text).toBe('≤2.22万元/人');
  });

  it('lists the projects as tasks when no task was given', async () => {
    const { document, notes } = await draft(minimal({ fiscal: 10, other: 2.5 }));
    const unit = document.tables[0];
    if (unit.kind !== 'department') throw new Error('no unit table');
    expect(unit.tasks).toEqual([
      {
        name: '专项工作经费',
        content: '主要用于专项工作经费相关支出。',
        funding: { total: '12.50', fiscal: '10.00', other: '2.50' },
      },
    ]);
    expect(unit.tasksTotal?.total).toBe('12.50');
    expect(notes[0]).toMatch(/未填写年度主要任务/);
  });

  it('drafts a unit with neither tasks nor projects', async () => {
    const { document } = await draft({ unit: { name: '某中心', year: 2025 } });
    expect(document.tables).toHaveLength(1);
    const unit = document.tables[0];
    if (unit.kind !== 'department') throw new Error('no unit table');
    expect(unit.tasksTotal).toBeNull();
    expect(unit.goals).toContain('某中心');
    expect(unit.indicators.length).toBeGreaterThanOrEqual(3);
    expect(errors(document)).toEqual([]);
  });

  it('adds money exactly: 0.1 + 0.2 万元 is 0.30', async () => {
    const { document } = await draft(minimal({ fiscal: 0.1, other: 0.2 }));
    expect(projects(document)[0].budget).toEqual({ total: '0.30', fiscal: '0.10', other: '0.20' });
    const unit = document.tables[0];
    expect(unit.kind === 'department' && unit.tasksTotal?.total).toBe(sumMoney(['0.10', '0.20']));
  });

  it('reports progress for every table and stops when cancelled', async () => {
    const events: DraftProgress[] = [];
    await drafter.draft(Answers.parse(exampleAnswers()), { onProgress: (p) => events.push(p) });
    expect(events.filter((e) => e.state === 'waiting')).toHaveLength(6);
    expect(events.filter((e) => e.state === 'done').map((e) => e.target)).toEqual([0, 1, 2, 3, 4, 'unit']);
    expect(events.find((e) => e.target === 1 && e.state === 'drafting')?.label).toBe('社区工作者业务培训');

    const controller = new AbortController();
    controller.abort();
    await expect(
      drafter.draft(Answers.parse(exampleAnswers()), { signal: controller.signal }),
    ).rejects.toThrow();
  });

  it('drafts 10 projects well under 50 ms once the library is loaded', async () => {
    loadLibrary();
    const answers = Answers.parse(exampleAnswers());
    const ten = { ...answers, projects: [...answers.projects, ...answers.projects] };
    await drafter.draft(ten);
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      await drafter.draft(ten);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    expect(times[2]).toBeLessThan(50);
  });
});
