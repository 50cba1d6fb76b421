import type { IndicatorValue, Op } from './schema.js';
import { leadingNumber, normalizeText, stripThousands } from './normalize.js';
import { normalizeUnit } from './units.js';

const BLANK = /^(无|\/|-+|—+|─+|…+|\.{2,}|、+|空|暂无|NULL|null|N\/A)?$/;
const OPS: Array<[string, Op]> = [
  ['≥', '≥'],
  ['≤', '≤'],
  ['>', '>'],
  ['<', '<'],
  ['=', '='],
];
/** Words that set a direction before a number ("不少于4次") or after it ("95%以上"). */
const CUE_BEFORE: Array<[RegExp, Op]> = [
  [/^(不少于|不低于|不小于|至少|大于等于|高于等于|达到|达)/, '≥'],
  [/^(大于|超过|高于|多于)/, '>'],
  [/^(不超过|不高于|不多于|不大于|小于等于|控制在|最多|最高)/, '≤'],
  [/^(小于|低于|少于)/, '<'],
  [/^(约|为|等于|共|计)/, '='],
];
const CUE_AFTER: Array<[RegExp, Op]> = [
  [/(及以上|以上|或以上)$/, '≥'],
  [/(以内|以下|之内|内完成|前完成|之前|内|前)$/, '≤'],
];
const DEADLINE = /^(?:(\d{4})年)?(\d{1,2})月(底|末|份|上旬|中旬|下旬|(\d{1,2})日)?$/;
const MAX_UNIT_LENGTH = 12;

function qualitative(text: string): IndicatorValue {
  return {
    text,
    kind: 'qualitative',
    op: null,
    opExplicit: false,
    numbers: [],
    unit: '',
    unitRaw: '',
    quantitative: false,
  };
}

/**
 * Parses a 指标值 as written in a table. Never throws: anything it cannot read as a quantity is
 * qualitative, and empty / 无 / …… are blank. `text` is kept as given.
 */
export function parseValue(input: unknown): IndicatorValue {
  const text = typeof input === 'string' ? input : input == null ? '' : String(input);
  let s = stripThousands(normalizeText(text));
  if (BLANK.test(s)) {
    return { ...qualitative(text), kind: 'blank' };
  }
  if (s.length > 200) return qualitative(text);

  let op: Op | null = null;
  for (const [symbol, value] of OPS) {
    if (s.startsWith(symbol)) {
      op = value;
      s = s.slice(symbol.length);
      break;
    }
  }
  if (!op) {
    for (const [cue, value] of CUE_BEFORE) {
      const m = cue.exec(s);
      if (m && /^[\d.]/.test(s.slice(m[0].length))) {
        op = value;
        s = s.slice(m[0].length);
        break;
      }
    }
  }
  let opExplicit = op !== null;
  for (const [cue, value] of CUE_AFTER) {
    const m = cue.exec(s);
    if (m && /\d/.test(s)) {
      if (!op) {
        op = value;
        opExplicit = true;
      }
      s = s.slice(0, m.index);
      break;
    }
  }

  const deadline = DEADLINE.exec(s);
  if (deadline) {
    const month = Number(deadline[2]);
    const day = deadline[4] ? Number(deadline[4]) : null;
    if (month >= 1 && month <= 12 && (day === null || (day >= 1 && day <= 31))) {
      const unitRaw = day !== null ? '日' : (deadline[3] ?? '月');
      return {
        text,
        kind: 'deadline',
        op: op ?? '≤',
        opExplicit,
        numbers: day !== null ? [month, day] : [month],
        unit: day !== null ? '日期' : '月底',
        unitRaw,
        quantitative: true,
      };
    }
  }

  const first = leadingNumber(s);
  if (!first) return qualitative(text);
  const numbers = [first.value];
  let rest = first.rest;
  let kind: IndicatorValue['kind'] = 'number';
  // Composite `1/160`, `80/92/8`: numbers joined by slashes, the unit after the last one.
  while (rest.startsWith('/')) {
    const next = leadingNumber(rest.slice(1));
    if (!next) break;
    numbers.push(next.value);
    rest = next.rest;
    kind = 'composite';
  }
  const unitRaw = rest;
  if (unitRaw.length > MAX_UNIT_LENGTH || /[≥≤<>=]/.test(unitRaw) || /\d{2,}/.test(unitRaw))
    return qualitative(text);
  return {
    text,
    kind,
    op: op ?? '=',
    opExplicit,
    numbers,
    unit: normalizeUnit(unitOf(unitRaw)),
    unitRaw,
    quantitative: true,
  };
}

/** The unit without a note after it: "%（含）", "%（全年）", "人左右" → %, %, 人. */
function unitOf(raw: string): string {
  const unit = raw.replace(/\s*[（(][^（）()]*[)）]\s*$/, '').replace(/(左右|之内|以内)$/, '');
  return unit || raw;
}
