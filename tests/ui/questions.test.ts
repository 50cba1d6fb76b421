import { describe, expect, it } from 'vitest';
import type { DraftAnswers, InterviewStep } from '../../src/store/drafts.js';
import {
  answer,
  FIRST_STEP,
  missingAnswers,
  nextStep,
  previousStep,
  purposeCheck,
  questionAt,
  readPlan,
  readYear,
  taskTotal,
  toAnswers,
} from '../../src/ui/state/questions.js';

const empty: DraftAnswers = { unit: {}, tasks: [], projects: [] };

/** Answers the questions in order, checking each is accepted. */
function walk(texts: string[], start: DraftAnswers = empty, step: InterviewStep = FIRST_STEP) {
  let answers = start;
  let at = step;
  for (const text of texts) {
    const r = answer(answers, at, text);
    if (!r.ok) throw new Error(`${JSON.stringify(at)}: ${r.error}`);
    answers = r.answers;
    at = r.next;
  }
  return { answers, step: at };
}

describe('interview answers', () => {
  it('walks the unit, two tasks and a project to the summary', () => {
    const { answers, step } = walk([
      '青石街道办事处',
      '２０２５年',
      'local',
      '1.负责辖区治理\n2.组织公共服务',
      '45人',
      '人员保障',
      '保障工资福利',
      '512.40',
      '',
      '机关日常运转',
      '',
      '８６.３万',
      '0',
      '',
      '老旧小区改造提升工程',
      '2025QS0001',
      '80',
      '',
      '主要用于：1.外墙保温改造45万元',
      '20 50 80 100',
      '惠及居民420户',
      '',
    ]);
    expect(step).toEqual({ section: 'summary' });
    expect(answers.unit).toEqual({
      name: '青石街道办事处',
      year: 2025,
      framework: 'local',
      duties: '1.负责辖区治理\n2.组织公共服务',
      staff: 45,
    });
    expect(answers.tasks).toEqual([
      { name: '人员保障', content: '保障工资福利', fiscal: 512.4 },
      { name: '机关日常运转', content: '', fiscal: 86.3, other: 0 },
    ]);
    expect(answers.projects[0]).toMatchObject({
      name: '老旧小区改造提升工程',
      code: '2025QS0001',
      fiscal: 80,
      plan: [20, 50, 80, 100],
      goals: '惠及居民420户',
    });
    expect(taskTotal(answers)).toBe('任务合计 598.70 万元（2 项）');
    expect(missingAnswers(answers)).toEqual([]);
    expect(toAnswers(answers, 'local').projects[0]).toMatchObject({
      other: 0,
      purpose: '主要用于：1.外墙保温改造45万元',
    });
  });

  it('sums money exactly (681.20, not 681.2000000001)', () => {
    const { answers } = walk(
      ['A', '', '512.40', '', 'B', '', '86.30', '', 'C', '', '64', '', 'D', '', '18.5', ''],
      empty,
      { section: 'task', index: 0, field: 'name' },
    );
    expect(taskTotal(answers)).toBe('任务合计 681.20 万元（4 项）');
  });

  it('rejects numbers that make no sense, saying what to type', () => {
    const fiscal: InterviewStep = { section: 'project', index: 0, field: 'fiscal' };
    const withProject: DraftAnswers = { ...empty, projects: [{ name: '项目' }] };
    expect(answer(withProject, fiscal, '八十')).toEqual({
      ok: false,
      error: expect.stringContaining('不是金额'),
    });
    expect(answer(withProject, fiscal, '-5')).toEqual({
      ok: false,
      error: expect.stringContaining('不能为负数'),
    });
    expect(answer(withProject, fiscal, '')).toEqual({
      ok: false,
      error: expect.stringContaining('请填写财政资金'),
    });
    const ok = answer(withProject, fiscal, '800000元');
    expect(ok.ok && ok.answers.projects[0].fiscal).toBe(80);
    expect(answer(empty, { section: 'unit', field: 'name' }, '  ')).toMatchObject({ ok: false });
    expect(answer(empty, { section: 'unit', field: 'staff' }, '四十五')).toMatchObject({
      ok: false,
      error: expect.stringContaining('不是人数'),
    });
  });

  it('reads years and spending plans forgivingly', () => {
    expect(readYear('２０２５年度')).toEqual({ ok: true, value: 2025 });
    expect(readYear('25')).toMatchObject({ ok: false });
    expect(readYear('1999')).toMatchObject({ ok: false, error: expect.stringContaining('2000–2100') });
    expect(readPlan('20%，50%，80%，100%')).toEqual({ ok: true, value: [20, 50, 80, 100] });
    expect(readPlan('3月底20% 6月底50% 10月底80% 12月底100%')).toEqual({
      ok: true,
      value: [20, 50, 80, 100],
    });
    expect(readPlan('')).toEqual({ ok: true, value: undefined });
    expect(readPlan('20 50 80')).toMatchObject({ ok: false, error: expect.stringContaining('读到 3 个数') });
    expect(readPlan('20 60 50 100')).toMatchObject({ ok: false, error: expect.stringContaining('不减少') });
    expect(readPlan('20 50 80 90')).toMatchObject({
      ok: false,
      error: expect.stringContaining('12月底应累计支出 100%'),
    });
    expect(readPlan('20 50 80 120')).toMatchObject({
      ok: false,
      error: expect.stringContaining('不能超过 100%'),
    });
  });

  it('an empty name removes that task or project', () => {
    const answers: DraftAnswers = { ...empty, tasks: [{ name: '甲' }, { name: '乙' }] };
    const r = answer(answers, { section: 'task', index: 0, field: 'name' }, '');
    expect(r).toMatchObject({
      ok: true,
      next: { section: 'task', index: 0, field: 'name' },
      notice: expect.stringContaining('已删除任务“甲”'),
    });
    expect(r.ok && r.answers.tasks).toEqual([{ name: '乙' }]);
  });

  it('goes back and forth between questions', () => {
    const answers: DraftAnswers = { ...empty, tasks: [{ name: '甲' }] };
    expect(previousStep(answers, FIRST_STEP)).toBeNull();
    expect(previousStep(answers, { section: 'task', index: 0, field: 'name' })).toEqual({
      section: 'unit',
      field: 'staff',
    });
    expect(previousStep(answers, { section: 'project', index: 0, field: 'name' })).toEqual({
      section: 'task',
      index: 1,
      field: 'name',
    });
    expect(previousStep(answers, { section: 'summary' })).toEqual({
      section: 'project',
      index: 0,
      field: 'name',
    });
    expect(nextStep(answers, { section: 'task', index: 0, field: 'other' })).toEqual({
      section: 'task',
      index: 1,
      field: 'name',
    });
    expect(nextStep(answers, { section: 'task', index: 1, field: 'name' })).toEqual({
      section: 'project',
      index: 0,
      field: 'name',
    });
  });

  it('lists what is missing before drafting', () => {
    expect(
      missingAnswers({ unit: { name: '某局' }, tasks: [], projects: [{ name: '甲' }] }).map((m) => m.message),
    ).toEqual(['还没有填预算年度', '项目“甲”还没有填财政资金']);
  });
});

describe('资金用途 while it is typed', () => {
  it('says when the itemised amounts do not add up to the budget, in the checker’s words', () => {
    const answers: DraftAnswers = { ...empty, projects: [{ name: '老旧小区改造提升工程', fiscal: 80 }] };
    const step: InterviewStep = { section: 'project', index: 0, field: 'purpose' };
    expect(
      purposeCheck(
        answers,
        step,
        '主要用于：1.外墙保温改造45万元；2.雨污管网更换30万元；3.工程监理费3.5万元。',
      ),
    ).toMatch(/45万元 \+ 30万元 \+ 3\.5万元 = 78\.50万元，与预算数80\.00万元不符/);
    expect(purposeCheck(answers, step, '主要用于：1.外墙保温改造45万元；2.雨污管网更换35万元。')).toBeNull();
    expect(
      purposeCheck(answers, { section: 'project', index: 0, field: 'goals' }, '45万元；30万元'),
    ).toBeNull();
  });

  it('says when the standards and counts of the purpose do not multiply to the budget', () => {
    const answers: DraftAnswers = { ...empty, projects: [{ name: '义务教育学生营养改善计划', fiscal: 520 }] };
    const step: InterviewStep = { section: 'project', index: 0, field: 'purpose' };
    expect(purposeCheck(answers, step, '为全县13000名学生每生每天补助4元，全年200天。')).toMatch(
      /13000名 × 4元\/生·天 × 200天 = 1040万元，与预算数520万元不符/,
    );
    expect(purposeCheck(answers, step, '为全县6500名学生每生每天补助4元，全年200天。')).toBeNull();
    expect(questionAt(answers, step).section).toContain('类别：学生营养改善');
  });
});
