import type { Indicator } from '../../domain/document.js';

/** What an indicator's 二级 asks for (docs/domain.md §2), read loosely from the names as written. */
export type LevelKind = 'quantity' | 'quality' | 'time' | 'cost' | 'benefit' | 'satisfaction' | 'other';

export function levelKind(indicator: Pick<Indicator, 'level1' | 'level2'>): LevelKind {
  const level1 = indicator.level1.normalize('NFKC').replace(/\s+/g, '');
  const level2 = indicator.level2.normalize('NFKC').replace(/\s+/g, '');
  if (/满意/.test(level2) || /满意/.test(level1)) return 'satisfaction';
  if (/成本/.test(level2) || /成本/.test(level1)) return 'cost';
  if (/数量/.test(level2)) return 'quantity';
  if (/质量/.test(level2)) return 'quality';
  if (/时效|进度/.test(level2)) return 'time';
  if (/效益|效果|影响/.test(level2) || /效益|效果/.test(level1)) return 'benefit';
  return 'other';
}

/** How to write a measurable value for each kind of indicator (used in suggestions). */
export const MEASURABLE_HINT: Record<LevelKind, string> = {
  quantity: '写成数量（数字加单位），例如 ≥3个、≥240人',
  quality: '写成比率，例如 验收合格率 =100%、考核合格率 ≥90%',
  time: '写成时限或及时率，例如 ≤10月底、≤24小时、按时完成率 =100%',
  cost: '写成金额上限或单位成本，例如 ≤45万元、≤0.5万元/人',
  benefit:
    '写成可衡量的值（比率、数量、年限），例如 受益人口 ≥420户、设施使用年限 ≥15年，或写出可评判的具体标准',
  satisfaction: '写成百分比，例如 ≥90%',
  other: '写成数字加单位的可衡量值，或写出可评判的具体标准',
};
