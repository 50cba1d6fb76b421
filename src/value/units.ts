/** Incomplete or variant spellings of units and their standard form (docs/domain.md §3). */
const UNIT_ALIASES: Record<string, string> = {
  平方: '平方米',
  平米: '平方米',
  '㎡': '平方米',
  m2: '平方米',
  'm²': '平方米',
  万: '万元',
  '万/人': '万元/人',
  '万/年': '万元/年',
  km: '公里',
  千米: '公里',
  '％': '%',
  小时内: '小时',
  天内: '天',
  日内: '天',
  个工作日: '工作日',
};

export function normalizeUnit(raw: string): string {
  return UNIT_ALIASES[raw] ?? raw;
}

/** Units that name an amount of money. */
export function isMoneyUnit(unit: string): boolean {
  return /^(万元|元|亿元|千元)(\/.+)?$/.test(unit);
}

/** Units that name a time span or a point in time. */
export function isTimeUnit(unit: string): boolean {
  return /^(年|个月|月|天|日|工作日|小时|分钟|周|月底|日期|季度)$/.test(unit);
}
