import { normalizeText, stripThousands } from '../value/normalize.js';
import { COUNTERS, unitMeasure, type UnitMeasure } from '../value/measure.js';

/** A number with a unit found in running text ("培训社区工作者120人" → 120人). */
export interface Mention {
  /** The words as they stand in the (normalised) text, e.g. `120人`, `2.1万人`, `0.5万元/人`. */
  text: string;
  number: number;
  unit: string;
  measure: UnitMeasure;
  /** Stated as a change (较上年提高5%), not as the level itself. */
  change: boolean;
  /** Where the mention starts and ends in the normalised text (see `factText`). */
  start: number;
  end: number;
}

const UNITS = [
  '%',
  '人次',
  '人',
  '名',
  '位',
  '场次',
  '批次',
  '场',
  '千元',
  '万元',
  '亿元',
  '元',
  '平方公里',
  '平方米',
  '平方',
  '平米',
  'm2',
  '公里',
  '千米',
  'km',
  '米',
  '千克',
  '公斤',
  '吨',
  '个月',
  '天',
  ...COUNTERS,
];
const PER = [
  '人次',
  '人·月',
  '人/月',
  '人',
  '户',
  '个',
  '次',
  '年',
  '月',
  '天',
  '日',
  '平方米',
  '平方',
  '平米',
  'm2',
  '公里',
  '千米',
  'km',
  '米',
  '亩',
  '台',
  '套',
  '辆',
  '场',
  '期',
  '件',
  '册',
  '本',
  '吨',
  '座',
  '处',
  '项',
  '所',
  '家',
  '间',
  '张',
  '条',
  '课时',
  '学时',
  '小时',
];
const byLength = (a: string, b: string) => b.length - a.length;
const alt = (list: string[]) =>
  [...new Set(list)]
    .sort(byLength)
    .map((u) => u.replace(/[.*+?^${}()|[\]\\/%]/g, '\\$&'))
    .join('|');

/** `120人`, `2.1万人`, `0.5万元/人`, `90-95%`: a number (or a range), an optional 万, a unit, an optional per-unit. */
const MENTION = new RegExp(
  `(?<![\\d.A-Za-z])(?:(\\d+(?:\\.\\d+)?)(?:-|~|至|到|—))?(\\d+(?:\\.\\d+)?)(万(?!元))?(${alt(UNITS)})(?:/(${alt(PER)}))?`,
  'g',
);

/** Characters that, right after a unit, show the unit is the start of another word (人员, 年度, 项目 …). */
const NOT_A_UNIT_BEFORE: Record<string, string> = {
  人: '员民口群才大力事均身文工',
  年: '度级代纪',
  个: '人体百',
  次: '性',
  元: '素旦',
  场: '所地馆',
  家: '庭长',
  所: '有以属',
  台: '账',
  本: '级地部年',
  期: '间限末',
  项: '目',
  件: '事',
  支: '出付持',
  处: '理置室',
  条: '件例',
  节: '约能日',
  组: '织',
  周: '边年期',
  类: '别',
  种: '类植',
  米: '粮',
};

/** Words before a number that make it a rate or an ordinal, not an amount (第3期, 每季度开展1次, 人均0.5万元, 日均10吨). */
const NOT_AN_AMOUNT_AFTER =
  /(第|按|标准为?|(每|人均|户均|平均|[日月年周季]均|单价|均价|单次|单场|单个)[^\d，。；、,;:：]{0,5})$/;
/** Words before a number (in its clause) that make it a change, not a level: 较上年提高5%, 同比增加20人. */
const CHANGE_BEFORE =
  /(较|比上年|同比|环比|提高|提升|增长|增加|上升|下降|降低|减少|压减|节约)[^\d，。；、,;:：]{0,4}$/;

const HAS_DIGIT = /[\d０-９]/;

/** The form of a text every mention's `start`/`end` refer to: full-width folded, spaces and thousands separators removed. */
export function factText(raw: string): string {
  return stripThousands(normalizeText(raw));
}

/** The numbers with units written in a text, years (2025年), dates (3月15日) and ordinals (第3期) left out. */
export function numberMentions(raw: string): Mention[] {
  if (!HAS_DIGIT.test(raw)) return [];
  return mentionsIn(factText(raw));
}

/** `numberMentions` of a text already in `factText` form. */
export function mentionsIn(text: string): Mention[] {
  const mentions: Mention[] = [];
  for (const m of text.matchAll(MENTION)) {
    const [whole, from, digits, wan, unit, per] = m;
    const start = m.index ?? 0;
    const after = text[start + whole.length] ?? '';
    if (after && !per && NOT_A_UNIT_BEFORE[unit]?.includes(after)) continue;
    const before = text.slice(Math.max(0, start - 8), start);
    if (NOT_AN_AMOUNT_AFTER.test(before)) continue;
    const change = CHANGE_BEFORE.test(before);
    const fullUnit = `${wan ?? ''}${unit}${per ? `/${per}` : ''}`;
    const measure = unitMeasure(fullUnit);
    if (!measure) continue;
    if (unit === '年' && !wan && /^(19|20)\d\d$/.test(digits)) continue; // a year, not a duration
    if ((unit === '日' || unit === '天') && /月$/.test(before)) continue; // 3月15日 is a date
    for (const n of from ? [from, digits] : [digits]) {
      mentions.push({
        text: from ? whole : `${n}${fullUnit}`,
        number: Number(n),
        unit: fullUnit,
        measure,
        change,
        start,
        end: start + whole.length,
      });
    }
  }
  return mentions;
}

/** Months named as points in the year (`10月底`, `2025年6月`, `12月31日`), and 年底 / 年末 as 12. */
export function monthMentions(raw: string): Array<{ text: string; month: number }> {
  if (!HAS_DIGIT.test(raw) && !/年[底末]/.test(raw)) return [];
  const text = normalizeText(raw);
  const months: Array<{ text: string; month: number }> = [];
  for (const m of text.matchAll(/(?<![\d.个])(\d{1,2})月(底|末|份|上旬|中旬|下旬|\d{1,2}日)?|年底|年末/g)) {
    const month = m[1] ? Number(m[1]) : 12;
    if (month >= 1 && month <= 12) months.push({ text: m[0], month });
  }
  return months;
}
