import type { Money } from '../../domain/money.js';
import { moneyFromNumber } from '../../value/money.js';
import { normalizeText, stripThousands } from '../../value/normalize.js';
import { normalizeUnit } from '../../value/units.js';

/**
 * Reading numbers out of what the user wrote (资金用途, 绩效目标): counts with their unit
 * ("共240人", "惠及居民420户") and itemised amounts ("1.外墙保温改造45万元"). The drafter takes
 * its values from these, never from thin air.
 */

/** Counts written in 万 ("1.2万亩", "3万株"): read as the plain unit, the number times 10,000. */
const TEN_THOUSANDS = [
  '万亩',
  '万株',
  '万户',
  '万名',
  '万头',
  '万只',
  '万羽',
  '万册',
  '万份',
  '万套',
  '万件',
  '万立方米',
];

/** Units a count can have, longest first so "人次" wins over "人" and "个月" over "个". */
const COUNT_UNITS = [
  '万平方米',
  '平方米',
  '平方',
  'm2',
  '万人次',
  '万人',
  '人次',
  '人',
  '名',
  '户',
  '家',
  '个月',
  '个',
  '处',
  '座',
  '栋',
  '幢',
  '条',
  '间',
  '所',
  '项',
  '期',
  '场次',
  '场',
  '次',
  '批次',
  '批',
  '班',
  '台套',
  '台',
  '套',
  '辆',
  '册',
  '本',
  '件次',
  '件',
  '份',
  '篇',
  '部',
  '张',
  '幅',
  '把',
  '公里',
  '千米',
  '延米',
  '米',
  '亩',
  '株',
  '头',
  '羽',
  '顶',
  '公顷',
  '万吨',
  '吨',
  '立方米',
  '起',
  '趟',
  '年',
  '天',
  '小时',
  '课时',
  '%',
  ...TEN_THOUSANDS,
].sort((a, b) => b.length - a.length);

const COUNT_RE = new RegExp(
  `(?<![\\d.])(\\d+(?:\\.\\d+)?)[ \\t]*(${COUNT_UNITS.map(escape).join('|')})`,
  'g',
);
/** As sum/purpose-breakdown reads amounts: 万 alone only before punctuation, rates (元/人, 每人) left out. */
const MONEY_RE =
  /(?<![\d.A-Za-z])(\d+(?:\.\d+)?)[ \t]*(亿元|万元|千元|元|万(?=[；;，,。、）)\s]|$))(?![/每])/g;
const MONEY_FACTOR: Record<string, number> = { 亿元: 10_000, 万元: 1, 万: 1, 千元: 0.1, 元: 0.0001 };
/** Larger amounts are typing errors (Money holds at most 11 integer digits of 万元). */
const MAX_ITEM_WAN = 1e9;
/** Approximate amounts (约30万元, 30余万元) are not ceilings. */
const APPROXIMATE = /约\d|\d余万|余元|\d多万|左右/;
/** Where a clause ends: the context of a number never reaches past these (nor past another number). */
const DELIMITER = /[，。；;,、：:！？!?\n（）()【】“”"'《》\s]/;
/** Words in front of a number that only say how it is counted. */
const CUE = /^(共计|合计|累计|总计|共|约|计|达到|达|不少于|不低于|至少|超过|全年|年内|预计|为)+/;
const LEADING_JUNK = /^[.．、)）\]】\-—·•*#]+/;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** NFKC (full-width digits and signs, ㎡ → m2), thousands separators joined; line breaks stay (they end a clause). */
export function normalizeForNumbers(text: string): string {
  return stripThousands(text.normalize('NFKC').replace(/[\u200b\ufeff]/g, ''));
}

export interface CountMention {
  n: number;
  /** Normalised unit (平方 → 平方米). */
  unit: string;
  /** The words before the number in its clause (no digits), cue words removed. */
  before: string;
  /** The words after the unit in its clause (no digits). */
  after: string;
  /** The clause goes on with another number after `after` ("13000名学生每生每天补助4元"). */
  continued?: boolean;
}

function contextBefore(text: string, index: number, floor: number): string {
  let i = index;
  while (i > floor && !DELIMITER.test(text[i - 1]) && !/\d/.test(text[i - 1])) i--;
  return text.slice(i, index).replace(LEADING_JUNK, '');
}

function contextAfter(text: string, index: number, ceiling: number): string {
  let i = index;
  while (i < ceiling && !DELIMITER.test(text[i]) && !/\d/.test(text[i])) i++;
  return text.slice(index, i);
}

/** Every count in the text with its unit and clause; a year ("2025年") is not a count. */
export function findCounts(input: string): CountMention[] {
  const text = normalizeForNumbers(input);
  const matches = [...text.matchAll(COUNT_RE)];
  const mentions: CountMention[] = [];
  matches.forEach((m, k) => {
    const tenThousands = TEN_THOUSANDS.includes(m[2]);
    const n = Number(m[1]) * (tenThousands ? 10_000 : 1);
    const unitRaw = tenThousands ? m[2].slice(1) : m[2];
    if (!Number.isFinite(n) || n > 1e12) return;
    if (unitRaw === '年' && (n >= 1900 || /^年度/.test(text.slice(m.index + m[0].length - 1)))) return;
    const start = m.index;
    const end = start + m[0].length;
    const prevEnd = k > 0 ? matches[k - 1].index + matches[k - 1][0].length : 0;
    const nextStart = k + 1 < matches.length ? matches[k + 1].index : text.length;
    const after = contextAfter(text, end, nextStart);
    const stop = end + after.length;
    mentions.push({
      n: Math.round(n * 1e6) / 1e6,
      unit: normalizeCountUnit(unitRaw),
      before: contextBefore(text, start, prevEnd).replace(CUE, ''),
      after,
      ...(stop < text.length && /\d/.test(text[stop]) ? { continued: true } : {}),
    });
  });
  return mentions;
}

/** The same count said twice (in 资金用途 and in the goals) is one count. */
export function uniqueCounts(mentions: CountMention[]): CountMention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => {
    const key = `${m.n}\u0000${m.unit}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface PurposeItem {
  /** What the money is for, as written ("外墙保温改造"). */
  name: string;
  amount: Money;
}

const ITEM_PREFIX = /^(主要用于|主要包括|用于|其中|包括|含|一是|二是|三是|四是|五是|是)+/;
const ITEM_SUFFIX = /(费用为|金额为|资金为|预算为|共计|合计|约为|约|计|为|需|需要|安排|预计)+$/;
/** Amounts that are totals or rates, not items. */
const NOT_AN_ITEM =
  /(共计?|合计|总计|总额|总投资|总预算|预算数?|预算资金|计划投资|投资|累计|总金额|总价|总造价|资金规模|规模|每[^\d，。；、,;]{0,3}|人均|户均|平均|单价|均价|标准为?|按|不超过|不低于|以上|以下)[为是:：达约]?$/;

/** Amounts itemised in 资金用途: "1.外墙保温改造45万元；2.雨污管网更换30万元" → two items. */
export function findItems(input: string): PurposeItem[] {
  const text = normalizeForNumbers(input);
  if (APPROXIMATE.test(text)) return [];
  const items: PurposeItem[] = [];
  for (const m of text.matchAll(MONEY_RE)) {
    const raw = contextBefore(text, m.index, 0);
    const name = raw.replace(ITEM_PREFIX, '').replace(ITEM_SUFFIX, '').replace(LEADING_JUNK, '').trim();
    if (!/\p{Script=Han}{2}/u.test(name) || NOT_AN_ITEM.test(raw)) continue;
    const wan = Number(m[1]) * MONEY_FACTOR[m[2]];
    if (!Number.isFinite(wan) || wan <= 0 || wan > MAX_ITEM_WAN) continue;
    items.push({ name: name.slice(-20), amount: moneyFromNumber(wan) });
  }
  return items;
}

/** A name without digits ("2025年老旧小区改造" → "老旧小区改造"), so an indicator name never carries a stray number. */
export function withoutDigits(name: string): string {
  return normalizeText(name)
    .replace(/^\d{4}年度?/, '')
    .replace(/[A-Za-z]*\d+(?:\.\d+)?[A-Za-z]*/g, '')
    .replace(LEADING_JUNK, '')
    .trim();
}

/**
 * The project name as it goes into text the drafter writes (goals, purpose): without years and amounts
 * of money, so that text can never contradict the document's year or add up to another budget.
 */
export function nameForText(name: string): string {
  const cleaned = name
    .trim()
    .replace(/\d{4}年度?/g, '')
    .replace(/\d+(?:\.\d+)?\s*(?:亿元|万元|千元|元|万)/g, '')
    .trim();
  return cleaned || '本项目';
}

/** The suffix that turns a noun into a count name, by unit ("人" → 人数, "公里" → 长度). */
export function countSuffix(unit: string): string {
  if (/^(人|名|万人)$/.test(unit)) return '人数';
  if (/(人次|户次)$/.test(unit)) return unit.slice(-2);
  if (/^(户|家)$/.test(unit)) return '户数';
  if (unit === '期') return '期数';
  if (/^场/.test(unit)) return '场次';
  if (/^(次|趟)$/.test(unit)) return '次数';
  if (/^件/.test(unit)) return '件数';
  if (/^批/.test(unit)) return '批次';
  if (/^(公里|米|延米)$/.test(unit)) return '长度';
  if (/(平方米|亩|公顷)$/.test(unit)) return '面积';
  if (/(吨|立方米)$/.test(unit)) return '量';
  if (unit === '个月') return '月数';
  if (unit === '起') return '起数';
  return '数量';
}

const VERBS =
  /^(完成|开展|组织|举办|实施|新建|新增|建设|改造|购置|采购|发放|提供|召开|惠及|覆盖|服务|培训|维护|保障|接待|办结|清运|为)+/;
/** Measure words: the noun comes after the number ("8个社区"); with other units it comes before ("居民420户"). */
const MEASURE_WORD = /^(个|处|座|栋|幢|条|间|所|项|台套|台|套|辆|册|本|件|份|篇|部|张|幅|把|家|名|批)$/;
/** Where the noun after a measure word ends. */
const NOUN_END = /(的|及|和|与|并|提供|开展|进行|实施|完成|改造|建设|维护|共|等)/;

/** A name for a count found in the text: the noun around it plus the suffix of its unit. */
export function nameForCount(mention: CountMention): string | null {
  const han = (s: string) => (s.match(/\p{Script=Han}/gu) ?? []).length;
  const before = mention.before.replace(/[^\p{Script=Han}A-Za-z]/gu, '');
  const stripped = before.replace(VERBS, '');
  // "清运垃圾345吨": the bare noun (垃圾) is too short to name it, the verb stays (清运垃圾量).
  const noun = (han(stripped) >= 3 ? stripped : before).slice(-10);
  const after = mention.after.replace(/[^\p{Script=Han}A-Za-z]/gu, '');
  const following = after.slice(0, Math.max(after.search(NOUN_END), 0) || after.length).slice(0, 8);
  const candidates = MEASURE_WORD.test(mention.unit) ? [following, noun] : [noun, following];
  let base = candidates.find((c) => han(c) >= 2) ?? '';
  if (!base) return null;
  base = base.replace(/(的|了|和|及|与)$/, '');
  return /(数|数量|量|面积|长度|人次|场次|批次)$/.test(base) ? base : `${base}${countSuffix(mention.unit)}`;
}

/** Where the words after a count turn to another figure of the same clause (每生每天补助4元, 按…标准, 其中…). */
const NEXT_FIGURE = /(每|按|标准|人均|户均|其中|共计|合计|总计|共|计|约|达到|补助|补贴|为)/u;
/** Where a noun phrase after a count may end when it is too long to keep whole. */
const PHRASE_END = /(的|及|和|与|并|进行|实施|开展)/u;

/**
 * The clause a count was found in, with only that number in it (for a description), never cut in the
 * middle of a phrase: words leading to another figure of the clause are left out whole.
 */
export function phraseForCount(mention: CountMention, formatted: string): string {
  let after = mention.after;
  if (mention.continued) {
    const at = after.search(NEXT_FIGURE);
    after = at >= 0 ? after.slice(0, at) : '';
  }
  if (after.length > 16) {
    const at = after.search(PHRASE_END);
    after = at > 0 ? after.slice(0, at) : '';
  }
  return `${mention.before}${formatted}${after}`;
}

/** A unit as a library template names it, in the form findCounts reports ("千米" → 公里, "平方" → 平方米). */
export function normalizeCountUnit(unit: string): string {
  return normalizeUnit(unit === '千米' ? 'km' : unit);
}

/** What 资金用途 says the money or the purchase is for: "用于占道经营、违法建设等日常巡查执法" → 日常巡查执法. */
export function purposeUse(purpose: string): string | undefined {
  const clause = /用于([^，。；;,\n\d]{2,40})/u.exec(normalizeText(purpose))?.[1];
  if (!clause) return undefined;
  // The head of a list ("A、B等C"): what follows 等, else the last item.
  const head = (clause.split('等').pop() ?? clause)
    .split(/[、和及与]/)
    .pop()!
    .replace(/(工作|需要|需求|使用)$/, '');
  return /^\p{Script=Han}{2,10}$/u.test(head) ? head : undefined;
}
