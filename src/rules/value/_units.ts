import { bareName } from '../../facts/names.js';

export { unitMeasure } from '../../value/measure.js';
export { bareName, indicatorUnit, nameUnit } from '../../facts/names.js';

/** Names of indicators that measure a share (率, 比例, 占比), not those whose 率 is no percentage. */
export function isRateName(name: string): boolean {
  const bare = bareName(name);
  if (/(频率|功率|容积率|速率|汇率|效率|利率)$/.test(bare)) return false;
  return /(率|比例|占比|比重|百分比)$/.test(bare);
}

/** Names of rates that may exceed 100% (growth, change). */
export function isGrowthName(name: string): boolean {
  return /(增长|增幅|增加|增速|提高|提升|变动|变化|同比|环比|上升|涨幅|回报|倍)/.test(bareName(name));
}

/** Names of indicators that measure a change, up or down (投诉下降率, 增长率, 提升幅度). */
export function isChangeName(name: string): boolean {
  return isGrowthName(name) || /(下降|降低|减少|压减|节约|缩短|幅度)/.test(bareName(name));
}
