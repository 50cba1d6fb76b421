/** Units an actual may be written in instead of the target's, with their size in a common base. */
const SCALES: Array<Record<string, number>> = [
  { 元: 1, 千元: 1_000, 万元: 10_000, 亿元: 100_000_000 },
  { 分钟: 1, 小时: 60, 天: 1_440, 日: 1_440 },
  { 人: 1, 名: 1, 位: 1 },
  { 平方米: 1, 平方公里: 1_000_000 },
  { 米: 1, 公里: 1_000 },
];

/**
 * The factor that turns an actual in `actualUnit` into the target's `targetUnit` (元 → 万元: 0.0001),
 * 1 when either is blank or they are the same, null when they cannot be compared (人 vs 户).
 * Per-unit costs convert on the amount: 元/人 → 万元/人.
 */
export function unitFactor(targetUnit: string, actualUnit: string): number | null {
  if (!targetUnit || !actualUnit || targetUnit === actualUnit) return 1;
  const [tHead, ...tRest] = targetUnit.split('/');
  const [aHead, ...aRest] = actualUnit.split('/');
  if (tRest.join('/') !== aRest.join('/')) return null;
  for (const scale of SCALES) {
    if (scale[tHead] !== undefined && scale[aHead] !== undefined) return scale[aHead] / scale[tHead];
  }
  return null;
}
