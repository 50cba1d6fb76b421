import type { Indicator } from '../../domain/document.js';
import { normalizeUnit } from '../../value/units.js';

/**
 * Unit families for comparing amounts written in different spellings: 名 and 人 count the same
 * thing, 2.1万人 is 21000人, 45万元 is 450000元. Units of different families are never compared
 * (人 and 户 count different things; 年 and 个月 are not converted).
 */
export interface UnitMeasure {
  family: string;
  factor: number;
}

const BASE_UNITS: Record<string, UnitMeasure> = {
  '%': { family: '%', factor: 1 },
  人: { family: '人', factor: 1 },
  名: { family: '人', factor: 1 },
  位: { family: '人', factor: 1 },
  人次: { family: '人次', factor: 1 },
  场: { family: '场', factor: 1 },
  场次: { family: '场', factor: 1 },
  元: { family: '元', factor: 1 },
  千元: { family: '元', factor: 1_000 },
  万元: { family: '元', factor: 10_000 },
  亿元: { family: '元', factor: 100_000_000 },
  米: { family: '米', factor: 1 },
  公里: { family: '米', factor: 1_000 },
  千米: { family: '米', factor: 1_000 },
  平方米: { family: '平方米', factor: 1 },
  平方公里: { family: '平方米', factor: 1_000_000 },
  千克: { family: '千克', factor: 1 },
  公斤: { family: '千克', factor: 1 },
  吨: { family: '千克', factor: 1_000 },
  个月: { family: '个月', factor: 1 },
  天: { family: '天', factor: 1 },
  日: { family: '天', factor: 1 },
};

/** Counters that stand for themselves (户, 个, 次 …), each its own family. */
export const COUNTERS = [
  '户',
  '个',
  '次',
  '期',
  '册',
  '套',
  '台',
  '辆',
  '件',
  '篇',
  '份',
  '家',
  '所',
  '座',
  '处',
  '项',
  '支',
  '条',
  '批',
  '棵',
  '株',
  '张',
  '本',
  '栋',
  '幢',
  '盏',
  '课时',
  '学时',
  '节',
  '类',
  '种',
  '宗',
  '例',
  '组',
  '队',
  '亩',
  '公顷',
  '年',
  '工作日',
  '小时',
  '分钟',
  '周',
  '车次',
  '户次',
  '‰',
];

/** The family and factor of a (normalised) unit, `万人` and `元/人` included; null when unknown. */
export function unitMeasure(rawUnit: string): UnitMeasure | null {
  const unit = normalizeUnit(rawUnit);
  const slash = unit.indexOf('/');
  if (slash > 0) {
    const base = unitMeasure(unit.slice(0, slash));
    const per = unit.slice(slash + 1);
    return base && per ? { family: `${base.family}/${normalizeUnit(per)}`, factor: base.factor } : null;
  }
  if (BASE_UNITS[unit]) return BASE_UNITS[unit];
  if (COUNTERS.includes(unit)) return { family: unit, factor: 1 };
  if (unit.startsWith('万') && unit.length > 1 && unit !== '万元') {
    const base = unitMeasure(unit.slice(1));
    return base ? { family: base.family, factor: base.factor * 10_000 } : null;
  }
  return null;
}

/** The unit a 三级 name gives in brackets: `调查数量（户）` → 户, `征收工作经费（万元）` → 万元; '' if none. */
export function nameUnit(name: string): string {
  const m = /[（(]([^（()）]{1,8})[)）]\s*$/.exec(name.trim());
  return m ? m[1].trim() : '';
}

/** The name without a trailing bracketed unit or note: `覆盖率（%）` → 覆盖率. */
export function bareName(name: string): string {
  return name
    .trim()
    .replace(/\s*[（(][^（()）]*[)）]\s*$/, '')
    .trim();
}

/** The unit of an indicator's value: as written after the number, else the one its name gives in brackets. */
export function indicatorUnit(indicator: Indicator): string {
  return indicator.value.unit || normalizeUnit(nameUnit(indicator.name));
}

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
