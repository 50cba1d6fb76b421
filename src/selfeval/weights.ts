import type { WeightScheme } from '../domain/actuals.js';
import { formatPlain, hundredths } from './numbers.js';

export type { WeightScheme };

/** docs/domain.md §4: 预算执行率 10, 产出 50, 效益 30, 满意度 10. */
export const DEFAULT_WEIGHTS: WeightScheme = { execution: 10, output: 50, effect: 30, satisfaction: 10 };

export type WeightGroup = 'output' | 'effect' | 'satisfaction';

const GROUP_LABEL: Record<WeightGroup, string> = {
  output: '产出指标',
  effect: '效益指标',
  satisfaction: '满意度指标',
};

/** Points written into a 一级 cell, e.g. "产出指标(50分)" → 50. */
export function declaredPoints(level1: string): number | null {
  const m = /[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]/.exec(level1.normalize('NFKC'));
  return m ? Number(m[1]) : null;
}

/** A 一级 name without whitespace and the "(50分)" a self-evaluation adds to it. */
export function canonicalLevel1(level1: string): string {
  return level1
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[（(]\s*\d+(?:\.\d+)?\s*分\s*[)）]/g, '');
}

/** Which default weight a 一级 shares in; 成本指标 (central-2021) counts with 产出. Null when unknown. */
export function weightGroup(level1: string): WeightGroup | null {
  const name = canonicalLevel1(level1);
  if (/产出|成本/.test(name)) return 'output';
  if (/效益|效果/.test(name)) return 'effect';
  if (/满意/.test(name)) return 'satisfaction';
  return null;
}

export type SpreadResult =
  { ok: true; weights: number[]; execution: number } | { ok: false; problem: string };

/**
 * Spreads each 一级's weight evenly over its indicators, in hundredths so that the parts add up
 * exactly (50 over 3 → 16.67, 16.67, 16.66). When a 一级 has no indicators, its points go to the
 * others in proportion, so that the indicators and the execution rate still total 100.
 */
export function spreadWeights(level1s: string[], scheme: WeightScheme = DEFAULT_WEIGHTS): SpreadResult {
  const nominal: Record<WeightGroup, number> = {
    output: hundredths(scheme.output),
    effect: hundredths(scheme.effect),
    satisfaction: hundredths(scheme.satisfaction),
  };
  const execution = hundredths(scheme.execution);
  const schemeTotal = execution + nominal.output + nominal.effect + nominal.satisfaction;
  if (schemeTotal !== 10_000) {
    return {
      ok: false,
      problem: `分值方案合计为 ${formatPlain(schemeTotal / 100)}（执行率 ${formatPlain(scheme.execution)} + 产出 ${formatPlain(scheme.output)} + 效益 ${formatPlain(scheme.effect)} + 满意度 ${formatPlain(scheme.satisfaction)}），应为 100。`,
    };
  }
  const groups = level1s.map(weightGroup);
  const unknown = [...new Set(level1s.filter((_, i) => groups[i] === null))];
  if (unknown.length > 0) {
    return {
      ok: false,
      problem: `一级指标“${unknown.join('”“')}”不属于产出、效益或满意度指标，无法按默认分值分配；请为每个指标填写分值（weight）。`,
    };
  }
  const present = (Object.keys(nominal) as WeightGroup[]).filter((g) => groups.includes(g));
  if (present.length === 0) return { ok: true, weights: [], execution: execution / 100 };
  const available = 10_000 - execution;
  const presentNominal = present.reduce((acc, g) => acc + nominal[g], 0);
  if (presentNominal === 0 && available > 0) {
    const names = present.map((g) => GROUP_LABEL[g]).join('、');
    return {
      ok: false,
      problem: `${names}的分值都为 0，无法分配 ${formatPlain(available / 100)} 分；请修改分值方案。`,
    };
  }
  const groupPoints = new Map<WeightGroup, number>();
  let assigned = 0;
  for (const g of present) {
    const points =
      presentNominal === available ? nominal[g] : Math.floor((nominal[g] * available) / presentNominal);
    groupPoints.set(g, points);
    assigned += points;
  }
  // Hundredths lost to rounding go to the largest 一级.
  const largest = present.reduce((a, b) => (nominal[b] > nominal[a] ? b : a));
  groupPoints.set(largest, (groupPoints.get(largest) ?? 0) + available - assigned);

  const weights = new Array<number>(level1s.length).fill(0);
  for (const g of present) {
    const members = groups.flatMap((group, i) => (group === g ? [i] : []));
    const points = groupPoints.get(g) ?? 0;
    const base = Math.floor(points / members.length);
    members.forEach((index, k) => {
      weights[index] = (base + (k < points - base * members.length ? 1 : 0)) / 100;
    });
  }
  return { ok: true, weights, execution: execution / 100 };
}
