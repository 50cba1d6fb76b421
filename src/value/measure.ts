import { normalizeUnit } from './units.js';

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
  批次: { family: '批', factor: 1 },
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
  // Wells and ponds (口, 眼), livestock (头, 只, 羽), rooms, plots, courses, ships.
  '口',
  '眼',
  '头',
  '只',
  '羽',
  '间',
  '块',
  '门',
  '艘',
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

/**
 * What kind of thing a unit counts or measures. Units of one class may measure one thing (人 and
 * 人次 both count people); a count in a unit of another class counts something else.
 */
export type UnitClass =
  | 'people'
  | 'household'
  | 'item'
  | 'event'
  | 'length'
  | 'area'
  | 'volume'
  | 'weight'
  | 'money'
  | 'time'
  | 'share';

const CLASS_OF_FAMILY: Record<string, UnitClass> = {
  人: 'people',
  人次: 'people',
  户: 'household',
  户次: 'household',
  次: 'event',
  场: 'event',
  期: 'event',
  批: 'event',
  车次: 'event',
  米: 'length',
  平方米: 'area',
  亩: 'area',
  公顷: 'area',
  立方米: 'volume',
  千克: 'weight',
  元: 'money',
  '%': 'share',
  '‰': 'share',
  年: 'time',
  个月: 'time',
  天: 'time',
  工作日: 'time',
  小时: 'time',
  分钟: 'time',
  周: 'time',
  课时: 'time',
  学时: 'time',
};

/** The class of a plain unit (`个` → item, `万人` → people, `公里` → length); null for `元/人` and unknown units. */
export function unitClass(unit: string): UnitClass | null {
  const measure = unitMeasure(unit);
  if (!measure || measure.family.includes('/')) return null;
  return CLASS_OF_FAMILY[measure.family] ?? 'item';
}
