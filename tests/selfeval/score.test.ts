import { describe, expect, it } from 'vitest';
import { parseValue } from '../../src/value/parse-value.js';
import {
  DEFAULT_GRADE_THRESHOLDS,
  directionOf,
  explain,
  overallGrade,
  parseGrade,
  rateAgrees,
  round2,
  scoreExecution,
  scoreIndicator,
  spreadWeights,
  type IndicatorScoreInput,
  type ScoredIndicator,
} from '../../src/selfeval/score.js';

/** Scores `actual` against `target` with weight 10 (other fields as given) and expects it to be scorable. */
function scored(target: string, actual: string, extra: Partial<IndicatorScoreInput> = {}): ScoredIndicator {
  const result = scoreIndicator({ target: parseValue(target), actual, weight: 10, ...extra });
  if (!result.ok) throw new Error(`not scored: ${result.problem}`);
  return result;
}
const code = (target: string, actual: string, extra: Partial<IndicatorScoreInput> = {}) => {
  const result = scoreIndicator({ target: parseValue(target), actual, weight: 10, ...extra });
  return result.ok ? 'ok' : result.code;
};

describe('round2', () => {
  it('rounds half away from zero to two decimals, where x * 100 in floats would not', () => {
    expect(round2(1.005)).toBe(1.01);
    expect(round2(7.302631)).toBe(7.3);
    expect(round2(3.125)).toBe(3.13);
    expect(round2(-1.005)).toBe(-1.01);
    expect(round2(Number.NaN)).toBe(0);
  });
});

describe('execution rate', () => {
  it('kaifu: 27.75 / 38 (年初, 全年 blank) = 73.03%, 7.30 of 10', () => {
    const result = scoreExecution({ initial: '38', full: null, spent: '27.75', weight: 10 });
    expect(result).toMatchObject({ ok: true, budgetSource: 'initial', rateText: '73.03%', score: 7.3 });
    expect(explain(result)).toContain('实际 27.75 / 预算 38 = 73.03%，得分 7.30');
    expect(explain(result)).toContain('按年初预算数');
  });
  it('takes 全年预算数 over 年初预算数', () => {
    expect(scoreExecution({ initial: '38', full: '40', spent: '30', weight: 10 })).toMatchObject({
      budgetSource: 'full',
      rateText: '75.00%',
      score: 7.5,
    });
  });
  it('caps the score at the weight when more than the budget was spent', () => {
    const result = scoreExecution({ initial: '40', full: null, spent: '42', weight: 10 });
    expect(result).toMatchObject({ rateText: '105.00%', score: 10 });
    expect(explain(result)).toContain('以分值 10 为限');
  });
  it('divides money exactly and uses the given weight', () => {
    expect(scoreExecution({ initial: '0.30', full: null, spent: '0.10', weight: 20 })).toMatchObject({
      rateText: '33.33%',
      score: 6.67,
    });
    expect(scoreExecution({ initial: '681.20', full: null, spent: '681.2', weight: 10 })).toMatchObject({
      rateText: '100.00%',
      score: 10,
    });
  });
  it('cannot score without a budget or a spent amount', () => {
    expect(scoreExecution({ initial: null, full: null, spent: '1', weight: 10 }).ok).toBe(false);
    expect(scoreExecution({ initial: '0', full: null, spent: '1', weight: 10 }).ok).toBe(false);
    expect(scoreExecution({ initial: '38', full: null, spent: null, weight: 10 }).ok).toBe(false);
  });
  it('reads a written rate to its own precision', () => {
    const rate = 27.75 / 38;
    expect(rateAgrees('73.03%', rate)).toBe(true);
    expect(rateAgrees('73%', rate)).toBe(true);
    expect(rateAgrees('73.0%', rate)).toBe(true);
    expect(rateAgrees('0.7303', rate)).toBe(true);
    expect(rateAgrees('0.73', rate)).toBe(true);
    expect(rateAgrees('73.1%', rate)).toBe(false);
    expect(rateAgrees('100%', rate)).toBe(false);
    expect(rateAgrees('——', rate)).toBeNull();
  });
});

describe('direction', () => {
  it('≥ > positive, ≤ < negative, = equal, deadlines and unsigned costs negative', () => {
    expect(directionOf(parseValue('≥95%'))).toBe('positive');
    expect(directionOf(parseValue('>3次'))).toBe('positive');
    expect(directionOf(parseValue('≤15万元'))).toBe('negative');
    expect(directionOf(parseValue('<24小时'))).toBe('negative');
    expect(directionOf(parseValue('=100%'))).toBe('equal');
    expect(directionOf(parseValue('1434'))).toBe('equal');
    expect(directionOf(parseValue('10月底'))).toBe('negative');
    expect(directionOf(parseValue('38'), '产出指标', '成本指标')).toBe('negative');
    expect(directionOf(parseValue('=38万元'), '产出指标', '成本指标')).toBe('equal');
  });
  it('a failure rate or a time limit written without a sign is a ceiling; with a sign the sign rules', () => {
    expect(directionOf(parseValue('2%'), '产出指标', '质量指标', '系统故障率')).toBe('negative');
    expect(directionOf(parseValue('24小时'), '产出指标', '时效指标', '投诉处理响应时间')).toBe('negative');
    expect(directionOf(parseValue('≥2%'), '产出指标', '质量指标', '系统故障率')).toBe('positive');
    expect(directionOf(parseValue('40小时'), '产出指标', '数量指标', '培训时长')).toBe('equal');
    expect(scored('2%', '3%', { name: '系统故障率' }).score).toBe(5);
  });
});

describe('positive indicators (≥ >)', () => {
  it('full weight when the actual reaches the target', () => {
    expect(scored('≥95%', '98%').score).toBe(10);
    expect(scored('≥95%', '95%').score).toBe(10);
    expect(scored('>3次', '3次').score).toBe(10);
  });
  it('actual / target × weight below it, 2 decimals', () => {
    const result = scored('≥95%', '90%');
    expect(result.score).toBe(9.47);
    expect(result.explain).toBe('实际 90% / 目标 95% = 94.74%，得分 94.74% × 分值 10 = 9.47');
    expect(scored('≥1434户', '1000', { weight: 5 }).score).toBe(3.49);
  });
  it('a target of 0 is always reached', () => {
    expect(scored('≥0', '0').score).toBe(10);
  });
  it('a negative actual counts as 0', () => {
    const result = scored('≥100人', '-5');
    expect(result.score).toBe(0);
    expect(result.explain).toContain('按 0 计');
  });
  it('never above the weight, and warns when the actual is 120% of the target or more', () => {
    const result = scored('≥100人', '500人');
    expect(result.score).toBe(10);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain('500.00%');
    expect(result.warnings[0]).toContain('目标可能定得偏低');
    expect(scored('≥100人', '120').warnings).toHaveLength(1);
    expect(scored('≥100人', '119').warnings).toHaveLength(0);
    expect(scored('≥95%', '100%').warnings).toHaveLength(0);
  });
});

describe('equal indicators (=)', () => {
  it('as positive when the target is above 0', () => {
    expect(scored('=100%', '100%').score).toBe(10);
    expect(scored('=100%', '80%').score).toBe(8);
    expect(scored('1434', '1434', { weight: 5 }).score).toBe(5);
    expect(scored('100%', '100%').score).toBe(10);
  });
  it('target 0: full only if the actual is 0 or less', () => {
    expect(scored('=0', '0').score).toBe(10);
    expect(scored('=0起', '1起').score).toBe(0);
    expect(scored('=0', '-1').score).toBe(10);
  });
});

describe('negative indicators (≤ <)', () => {
  it('full weight at or below the target', () => {
    expect(scored('≤10万元', '8万元').score).toBe(10);
    expect(scored('≤10万元', '10').score).toBe(10);
    expect(scored('<24小时', '24小时').score).toBe(10);
  });
  it('(1 − (actual − target) / target) × weight between target and 2 × target', () => {
    const result = scored('≤10万元', '12万元');
    expect(result.score).toBe(8);
    expect(result.explain).toBe('实际 12万元 超出目标 10万元 20.00%，得分 (1 − 20.00%) × 分值 10 = 8.00');
    expect(scored('≤10万元', '15').score).toBe(5);
  });
  it('0 at 2 × target and beyond', () => {
    expect(scored('≤10万元', '20').score).toBe(0);
    expect(scored('≤10万元', '25').explain).toContain('2 倍及以上');
  });
  it('target 0: full only if the actual is 0; a negative actual counts as 0', () => {
    expect(scored('≤0起', '0').score).toBe(10);
    expect(scored('≤0起', '1').score).toBe(0);
    expect(scored('≤5次', '-3').score).toBe(10);
  });
  it('a cost written without a sign is a ceiling (kaifu 征收工作经费 38 → 27.75)', () => {
    const level = { level1: '产出指标', level2: '成本指标', weight: 5 };
    expect(scored('38', '27.75', level).score).toBe(5);
    expect(scored('38', '27.75', level).explain).toContain('未超过目标');
    expect(scored('38', '45', level).score).toBe(4.08);
  });
  it('converts money and time units to the target’s', () => {
    expect(scored('≤15万元', '120000元').score).toBe(10);
    expect(scored('≤15万元', '180000元').score).toBe(8);
    expect(scored('≤500元/人', '0.06万元/人').score).toBe(8);
    expect(scored('≤24小时', '1天').score).toBe(10);
    expect(scored('≤24小时', '2天').score).toBe(0);
  });
});

describe('composite values', () => {
  it('component by component, averaged (1/160 vs 1/178 is full)', () => {
    expect(scored('1/160', '1/178', { weight: 5 }).score).toBe(5);
    const partial = scored('2/160', '1/120', { weight: 5 });
    expect(partial.score).toBe(3.13);
    expect(partial.explain).toContain('50.00%、75.00%');
  });
  it('needs as many numbers as the target', () => {
    expect(code('1/160', '178')).toBe('composite-mismatch');
  });
});

describe('deadlines', () => {
  it('full when done by the deadline', () => {
    expect(scored('≤10月底', '9月底').score).toBe(10);
    expect(scored('≤10月底', '10月31日').score).toBe(10);
    expect(scored('10月底', '9月30日').score).toBe(10);
    expect(scored('≤10月底', '9月底').explain).toBe('实际 9月底 不晚于目标 ≤10月底，得满分 10.00');
  });
  it('late: the negative rule on months (11月底 vs 10月底 → 90%)', () => {
    expect(scored('≤10月底', '11月底').score).toBe(9);
    expect(scored('≤10月底', '12月底').score).toBe(8);
    expect(scored('≤10月底', '11月底').explain).toContain('晚于目标');
  });
  it('an actual in the next year counts 12 months more', () => {
    expect(scored('≤10月底', '2023年3月底', { year: 2022 }).score).toBe(5);
    expect(scored('≤2022年10月底', '2023年3月底').score).toBe(5);
  });
  it('asks for a date where the actual is not one', () => {
    expect(code('≤10月底', '95%')).toBe('kind-mismatch');
    expect(code('≤10月底', '按期完成')).toBe('actual-not-number');
    expect(code('≥95%', '9月底')).toBe('kind-mismatch');
  });
});

describe('qualitative indicators', () => {
  it('an actual equal to the target counts as 达成年度指标 at full weight', () => {
    const result = scored('有效保障', '有效保障　', { weight: 30 });
    expect(result).toMatchObject({ kind: 'qualitative', grade: 'achieved', score: 30, min: 24, max: 30 });
    expect(result.explain).toContain('视为“达成年度指标”');
  });
  it('scores in the bands: 达成 80–100%, 部分达成 60–80%, 未达成 0–60%', () => {
    expect(scored('有效保障', '基本保障', { grade: 'achieved' })).toMatchObject({
      score: 10,
      min: 8,
      max: 10,
    });
    expect(scored('有效保障', '基本保障', { grade: 'partial' })).toMatchObject({ score: 7, min: 6, max: 8 });
    expect(scored('有效保障', '未保障', { grade: 'failed' })).toMatchObject({ score: 3, min: 0, max: 6 });
    expect(scored('有效保障', '有效保障', { grade: 'partial' }).score).toBe(7);
  });
  it('keeps a chosen score inside the band and refuses one outside it', () => {
    expect(scored('有效保障', '基本保障', { grade: 'partial', chosenScore: 7.5 }).score).toBe(7.5);
    expect(code('有效保障', '基本保障', { grade: 'partial', chosenScore: 9 })).toBe('score-outside-band');
    expect(code('有效保障', '有效保障', { chosenScore: 11 })).toBe('score-outside-band');
  });
  it('reads a grade written as the actual', () => {
    expect(scored('有效保障', '部分达成').grade).toBe('partial');
    expect(parseGrade('未达成且效果较差')).toBe('failed');
    expect(parseGrade('达成年度指标')).toBe('achieved');
    expect(parseGrade('良好')).toBeNull();
  });
  it('needs a grade when the actual differs from the target', () => {
    expect(code('有效保障', '基本保障')).toBe('needs-grade');
  });
});

describe('what cannot be scored', () => {
  it('a blank target, a blank actual, a unit that does not compare', () => {
    expect(code('无', '80/92/8')).toBe('blank-target');
    expect(code('≥95%', '')).toBe('blank-actual');
    expect(code('≥95%', '无')).toBe('blank-actual');
    expect(code('≥1434户', '1434人')).toBe('unit-mismatch');
    expect(code('≥95%', '98')).toBe('ok');
  });
  it('says what to do in Chinese', () => {
    const result = scoreIndicator({ target: parseValue('≥1434户'), actual: '1434人', weight: 5 });
    expect(explain(result)).toContain('单位（人）与目标“≥1434户”的单位（户）不一致');
  });
});

describe('grade of the total', () => {
  it('优 ≥90, 良 80–89, 中 60–79, 差 <60', () => {
    expect(overallGrade(97.3)).toBe('优');
    expect(overallGrade(90)).toBe('优');
    expect(overallGrade(89.99)).toBe('良');
    expect(overallGrade(80)).toBe('良');
    expect(overallGrade(79.99)).toBe('中');
    expect(overallGrade(60)).toBe('中');
    expect(overallGrade(59.99)).toBe('差');
    expect(DEFAULT_GRADE_THRESHOLDS).toEqual({ excellent: 90, good: 80, fair: 60 });
  });
  it('with thresholds from the settings', () => {
    const thresholds = { excellent: 85, good: 75, fair: 65 };
    expect(overallGrade(86, thresholds)).toBe('优');
    expect(overallGrade(76, thresholds)).toBe('良');
    expect(overallGrade(64, thresholds)).toBe('差');
  });
});

describe('default weights', () => {
  const kaifuLevels = [...Array(11).fill('产出指标'), '效益指标', '满意度指标'];
  it('10 / 50 / 30 / 10 spread evenly over each 一级, totalling 100 exactly', () => {
    const result = spreadWeights(kaifuLevels);
    if (!result.ok) throw new Error(result.problem);
    expect(result.execution).toBe(10);
    expect(result.weights.slice(0, 11)).toEqual([
      4.55, 4.55, 4.55, 4.55, 4.55, 4.55, 4.54, 4.54, 4.54, 4.54, 4.54,
    ]);
    expect(result.weights.slice(11)).toEqual([30, 10]);
    expect(Math.round(result.weights.reduce((a, b) => a + b, 10) * 100)).toBe(10_000);
  });
  it('50 over 3 → 16.67, 16.67, 16.66; 一级 written with points or synonyms', () => {
    const result = spreadWeights(['产出指标(50分)', '产出指标', '产出指标', '效果指标', '满意度指标']);
    expect(result).toMatchObject({ ok: true, weights: [16.67, 16.67, 16.66, 30, 10] });
  });
  it('a missing 一级 gives its points to the others in proportion', () => {
    expect(spreadWeights(['产出指标', '效益指标'])).toMatchObject({ ok: true, weights: [56.25, 33.75] });
  });
  it('成本指标 (central-2021) shares the 产出 points', () => {
    expect(spreadWeights(['产出指标', '成本指标', '效益指标', '满意度指标'])).toMatchObject({
      ok: true,
      weights: [25, 25, 30, 10],
    });
  });
  it('editable: another scheme, which must total 100', () => {
    expect(
      spreadWeights(['产出指标', '效益指标', '满意度指标'], {
        execution: 20,
        output: 40,
        effect: 30,
        satisfaction: 10,
      }),
    ).toMatchObject({
      ok: true,
      execution: 20,
      weights: [40, 30, 10],
    });
    const bad = spreadWeights(['产出指标'], { execution: 10, output: 50, effect: 30, satisfaction: 20 });
    expect(bad).toMatchObject({ ok: false });
    expect(!bad.ok && bad.problem).toContain('合计为 110');
  });
  it('refuses a 一级 it cannot place', () => {
    const result = spreadWeights(['产出指标', '其他指标']);
    expect(!result.ok && result.problem).toContain('“其他指标”');
  });
});
