import { moneyFromNumber, toYuan } from '../value/money.js';
import { normalizeText, stripThousands } from '../value/normalize.js';

/** An amount of money itemised in a text: `外墙保温改造45万元` → 45万元 = 450000元. */
export interface Amount {
  text: string;
  yuan: number;
  /** Stated as a whole (共80万元, 总投资120万元), not as one item. */
  total: boolean;
  /** Written after 其中 in the same item: a part of the amount before it. */
  part: boolean;
}

/** 万 alone is 万元 unless a unit follows it (2.1万人, 1.5万平方米, 3万株) or it is approximate (30万余). */
const AMOUNT =
  /(?<![\d.A-Za-z])(\d+(?:\.\d+)?)(亿元|万元|千元|元|万(?![元人户次册个件台套辆座处项亩米平公千吨株棵盏张本条份篇批余多左名位场期所家间a-zA-Z\d.]))(?![/每])/g;
const FACTOR: Record<string, number> = { 亿元: 10_000, 万元: 1, 万: 1, 千元: 0.1, 元: 0.0001 };
const TOTAL_BEFORE =
  /((共|合计|总计|累计)[^\d，。；、,;]{0,4}|共计?|合计|总计|总额|总投资|总预算|预算数?|预算资金|计划投资|投资|累计|总金额|总价|总造价|资金规模|规模)[为是:：达约]?$/;
const NOT_AN_ITEM_BEFORE =
  /(每[^\d，。；、,;]{0,6}|人均|户均|平均|单价|均价|标准为?|按|不超过|不低于|以上|以下)$/;
/** Where an item ends: a semicolon, a full stop, a line break or the next number (2. / （2） / ②). */
const ITEM_BREAK = /[；;。\n]|(?<![\d.])\d{1,2}[.、．](?!\d)|[（(]\d{1,2}[)）]|[①-⑳]/g;

/** The amounts of money a text names, in 元, unit rates (元/人, 每人500元) left out. Null when approximate (约, 余万元). */
export function moneyAmounts(raw: string): Amount[] | null {
  if (!/[元万]/.test(raw)) return [];
  const text = stripThousands(normalizeText(raw));
  if (/约\d|\d余万|余元|\d多万|左右/.test(text)) return null;
  const amounts: Amount[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const start = m.index ?? 0;
    const before = text.slice(Math.max(0, start - 8), start);
    if (NOT_AN_ITEM_BEFORE.test(before)) continue;
    const wan = Number(m[1]) * FACTOR[m[2]];
    if (!(wan < 1e9)) continue; // no budget is that large: a code or a typo, not an amount
    const itemStart = lastBreak(text.slice(0, start));
    amounts.push({
      text: m[0],
      yuan: toYuan(moneyFromNumber(wan)),
      total: TOTAL_BEFORE.test(before),
      part: text.slice(itemStart, start).includes('其中'),
    });
  }
  return amounts;
}

function lastBreak(text: string): number {
  let at = 0;
  for (const m of text.matchAll(ITEM_BREAK)) at = (m.index ?? 0) + m[0].length;
  return at;
}
