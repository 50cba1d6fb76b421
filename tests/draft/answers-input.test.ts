import { describe, expect, it } from 'vitest';
import { formatPath, parseAnswers, parseAnswersText } from '../../src/draft/answers-input.js';

const errorsOf = (raw: unknown) => {
  const result = parseAnswers(raw);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
};

describe('answers input', () => {
  it('accepts the documented minimal shape and fills the defaults', () => {
    const result = parseAnswers({
      unit: { name: '某街道办事处', year: 2025 },
      projects: [{ name: '项目', fiscal: 80 }],
    });
    expect(result.ok && result.answers).toMatchObject({
      unit: { framework: 'local', duties: '' },
      tasks: [],
      projects: [{ name: '项目', fiscal: 80, other: 0, purpose: '', goals: '', code: '' }],
    });
  });

  it('names the field in its path and in Chinese, and says what is wrong', () => {
    const errors = errorsOf({
      unit: { name: '', year: 2025.5, framework: 'provincial' },
      projects: [
        { name: 'a', fiscal: 1 },
        { name: 'b', fiscal: 2 },
        { name: 'c', fiscal: '80万' },
        { fiscal: -1, plan: [10, 20] },
      ],
      tasks: {},
    });
    expect(errors).toEqual([
      'unit.name（名称）：单位名称不能为空',
      'unit.year（年度）：应为整数（现为 2025.5）',
      'unit.framework（指标体系）：应为以下之一：local、central-2021',
      'tasks（年度主要任务）：应为列表（[ … ]）',
      'projects[2].fiscal（财政资金）：应为数字，不要加引号或单位，例如 80 或 80.5（现为“80万”）',
      'projects[3].name（名称）：缺少此项（必填）',
      'projects[3].fiscal（财政资金）：财政资金不能为负数',
      'projects[3].plan（资金支出计划）：资金支出计划应有 3月底、6月底、10月底、12月底 四个数',
    ]);
  });

  it('refuses amounts no office has (typed in 元 instead of 万元)', () => {
    expect(
      errorsOf({ unit: { name: '某单位', year: 2025 }, projects: [{ name: 'a', fiscal: 8_000_000_000 }] }),
    ).toEqual([
      'projects[0].fiscal（财政资金）：金额 8000000000 万元过大，请确认单位是万元（例如 80 表示 80 万元）',
    ]);
  });

  it('says where a JSON syntax error is, and that the file is empty', () => {
    const broken = parseAnswersText('{\n  "unit": {"name": “某单位”}\n}');
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.errors[0]).toMatch(/^不是有效的 JSON：第 2 行第 \d+ 列附近有错误。/);
    const empty = parseAnswersText('');
    expect(!empty.ok && empty.errors[0]).toMatch(/不是有效的 JSON/);
    expect(parseAnswersText('\ufeff{"unit":{"name":"x","year":2025}}').ok).toBe(true);
  });

  it('formats paths like projects[2].fiscal', () => {
    expect(formatPath(['projects', 2, 'fiscal'])).toBe('projects[2].fiscal');
    expect(formatPath([])).toBe('');
  });
});
