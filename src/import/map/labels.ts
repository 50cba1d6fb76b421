import type { TableKind } from '../../domain/document.js';

/**
 * The words a table is built from: the labels of its fields and sections, its title, its year line.
 * Everything is matched on `labelKey(cell)`: whitespace and line breaks removed (cells wrap as
 * "项目支\n\n出名称"), half-width brackets and colons made full-width, markdown `**` removed.
 */
const keyCache = new Map<string, string>();

export function labelKey(cell: string): string {
  if (cell.length > 60) return computeKey(cell); // prose-sized cells are never labels: not worth caching
  let key = keyCache.get(cell);
  if (key === undefined) {
    if (keyCache.size > 20_000) keyCache.clear();
    key = computeKey(cell);
    keyCache.set(cell, key);
  }
  return key;
}

function computeKey(cell: string): string {
  return cell
    .normalize('NFKC')
    .replace(/\*\*/g, '')
    .replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/:/g, '：')
    .replace(/：$/, '');
}

/**
 * A cell's text for the document: trimmed (full-width spaces too), inner line breaks kept. Every
 * other character is kept, template placeholders too ("(≥**万元)"); only markdown bold around the
 * whole cell goes.
 */
const textCache = new Map<string, string>();

export function cellText(cell: string): string {
  if (cell.length > 60) return computeCellText(cell);
  let text = textCache.get(cell);
  if (text === undefined) {
    if (textCache.size > 20_000) textCache.clear();
    text = computeCellText(cell);
    textCache.set(cell, text);
  }
  return text;
}

function computeCellText(cell: string): string {
  return cell
    .replace(/^\s*\*\*([^*][\s\S]*[^*])\*\*\s*$/, '$1')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * A short field (name, value, basis): wrapped lines joined without a break ("年初\n预算数" → "年初预算数"),
 * and a line-wrap space between two Chinese characters taken out ("成 品粮储备到位率").
 */
const shortCache = new Map<string, string>();

export function shortText(cell: string): string {
  if (cell.length > 60) return computeShortText(cell);
  let text = shortCache.get(cell);
  if (text === undefined) {
    if (shortCache.size > 20_000) shortCache.clear();
    text = computeShortText(cell);
    shortCache.set(cell, text);
  }
  return text;
}

function computeShortText(cell: string): string {
  const lines = cellText(cell)
    .replace(/([\u4e00-\u9fa5])[ \u3000]+(?=[\u4e00-\u9fa5])/g, '$1')
    .split('\n');
  let out = lines[0] ?? '';
  for (const line of lines.slice(1)) {
    // Latin words and numbers wrapped across lines keep a space between them; Chinese does not.
    out += /[A-Za-z0-9]$/.test(out) && /^[A-Za-z0-9]/.test(line) ? ` ${line}` : line;
  }
  return out;
}

/** A unit's name as a signature line writes it: "某街道办事处（盖章）" → 某街道办事处. */
export function organisationName(cell: string): string {
  return shortText(cell)
    .replace(/[（(]\s*(?:盖章|公章|签章|印章|章)\s*[）)]/g, '')
    .replace(/[：:]?\s*(?:盖章|公章|签章)\s*$/, '')
    .trim();
}

export function isBlank(cell: string | undefined): boolean {
  return cell === undefined || /^[\s\u3000\u00a0\u200b\ufeff]*$/.test(cell);
}

export type FieldLabel =
  | 'unitName'
  | 'year'
  | 'code'
  | 'projectName'
  | 'department'
  | 'implementer'
  | 'budgetSection'
  | 'budgetTotal'
  | 'budgetFiscal'
  | 'budgetOther'
  | 'purpose'
  | 'plan'
  | 'goals'
  | 'overallGoals'
  | 'tasks'
  | 'indicatorsSection'
  | 'total'
  | 'scoreTotal'
  | 'funds'
  | 'headerNote';

const LABELS: Record<FieldLabel, string[]> = {
  unitName: [
    '单位',
    '部门（单位）名称',
    '部门（单位）',
    '部门名称',
    '单位名称',
    '预算单位',
    '预算单位名称',
    '填报单位',
  ],
  year: ['年度', '预算年度'],
  code: ['项目编码', '项目代码', '项目编号'],
  projectName: ['项目名称', '项目支出名称', '资金名称', '专项资金名称', '专项名称', '项目（资金）名称'],
  department: [
    '主管部门',
    '主管部门及代码',
    '主管部门及编码',
    '主管单位',
    '项目主管部门',
    '主管部门名称',
    '主管部门（单位）名称',
    '主管部门（单位）',
    '县级主管部门',
    '区县主管部门',
    '市级主管部门',
  ],
  implementer: [
    '实施单位',
    '项目实施单位',
    '项目执行单位',
    '执行单位',
    '项目单位',
    '实施单位名称',
    '项目承担单位',
    '承担单位',
  ],
  budgetSection: ['预算规模及资金用途', '项目资金规模及用途', '资金规模及用途'],
  budgetTotal: ['预算数', '项目预算数', '年度预算数', '预算金额', '项目总预算', '资金总额'],
  budgetFiscal: ['其中：财政资金', '财政资金', '其中：财政拨款', '财政拨款'],
  budgetOther: ['其他资金', '其中：其他资金'],
  purpose: [
    '资金用途',
    '主要用途',
    '资金主要用途',
    '项目资金用途',
    '资金使用用途',
    '资金使用方向',
    '资金使用内容',
    '项目主要内容',
    '项目内容',
    '项目实施内容',
    '项目建设内容',
  ],
  plan: ['资金支出计划', '资金支出计划（%）', '资金支出进度计划', '资金支出进度', '支出计划'],
  goals: [
    '绩效目标',
    '年度绩效目标',
    '项目绩效目标',
    '年度目标',
    '项目年度目标',
    '项目目标',
    '年度项目目标',
    '年度履职目标',
    '部门绩效目标',
    '部门整体绩效目标',
    '整体绩效目标',
    '年度工作目标',
  ],
  overallGoals: ['年度总体目标', '总体目标'],
  tasks: ['年度主要任务', '主要任务'],
  indicatorsSection: ['年度绩效指标', '绩效指标', '项目绩效指标'],
  total: ['合计', '总计', '金额合计', '资金合计'],
  scoreTotal: ['总分', '合计得分', '得分合计'],
  funds: [
    '项目资金',
    '项目预算',
    '项目预算资金',
    '资金预算',
    '项目资金（万元）',
    '项目资金情况',
    '资金情况',
    '资金情况（万元）',
    '资金来源',
    '资金投入',
    '资金投入情况',
    '年度资金总额及构成',
    '年度预算安排',
    '年度资金',
    '部门资金',
    '单位资金情况',
    '预算资金情况',
    '预算安排',
    '年度预算情况',
    '预算情况',
    '资金预算情况',
    '年度资金情况',
    '预算执行情况',
  ],
  /** Fields of the header block the tables have no place for: kept as the table's notes. */
  headerNote: [
    '项目负责人',
    '项目负责人及电话',
    '项目负责人及联系电话',
    '负责人及电话',
    '负责人',
    '联系人',
    '联系电话',
    '联络电话',
    '项目属性',
    '项目期',
    '项目起止时间',
    '项目开始时间',
    '项目结束时间',
    '项目开始日期',
    '项目结束日期',
    '项目实施期限',
    '项目周期',
    '项目类别',
    '项目类型',
    '项目性质',
    '立项依据',
    '项目概况',
    '项目立项情况',
    '项目实施进度计划',
    '主管部门编码',
    '部门预算编码',
    '预算编码',
    '人员编制',
    '实有人数',
    '职能职责概述',
    '中央主管部门',
    '省级财政部门',
    '省级主管部门',
    '市级财政部门',
    '区县财政部门',
    '县级财政部门',
  ],
};

const LABEL_OF = new Map<string, FieldLabel>();
for (const [label, words] of Object.entries(LABELS) as Array<[FieldLabel, string[]]>) {
  for (const word of words) LABEL_OF.set(word, label);
}

/** The field or section a cell names, or null. "预算数（万元）" is 预算数, "绩效指标（90分）" is 绩效指标. */
const labelCache = new Map<string, FieldLabel | null>();

export function fieldLabel(cell: string): FieldLabel | null {
  if (cell.length > 40) return null;
  let label = labelCache.get(cell);
  if (label === undefined) {
    if (labelCache.size > 20_000) labelCache.clear();
    const key = labelKey(cell);
    label =
      key === '' || key.length > 20
        ? null
        : (LABEL_OF.get(key) ??
          (key.endsWith('）') ? LABEL_OF.get(key.replace(/（[^（）]*）$/, '')) : undefined) ??
          null);
    labelCache.set(cell, label);
  }
  return label;
}

/** Rows after the indicators kept as the table's notes: their labels. */
const NOTE_LABELS = new Set([
  '其他需说明的问题',
  '其他需要说明的问题',
  '其他说明的问题',
  '其他需说明事项',
  '其他说明',
  '评价结论',
  '自评结论',
  '结论',
  '存在问题',
  '存在的问题',
  '主要问题',
  '问题',
  '改进措施',
  '整改措施',
  '改进建议',
  '意见建议',
  '说明',
  '备注',
  '注',
]);

/** The label of a note row ("评价结论", "注：各地请根据…"), or null. */
export function noteLabel(cell: string): string | null {
  const key = labelKey(cell.length > 24 ? cell.slice(0, 24) : cell); // only its start can be a label
  if (NOTE_LABELS.has(key)) return key;
  const m = /^(注|说明|备注)(\d*)：/.exec(key);
  return m ? m[1] : null;
}

const SIGNATURE_LABEL =
  /^(填报人|填表人|填报日期|填表日期|联系电话|联系人|审核人|审核日期|日期|财务负责人|单位负责人|项目负责人|部门负责人|制表人|负责人|经办人|分管领导|单位公章|公章)$/;

/** A cell of a signature or review row: "填报人：张三", "(盖章)", "财政部门绩效评价股审核意见", "年 月 日". */
export function isSignatureCell(cell: string): boolean {
  if (cell.length > 60) return false;
  const key = labelKey(cell);
  if (key === '') return true;
  if (/盖章|公章|签章|签字|签名/.test(key)) return true;
  if (/(审核|初审|复审|审批|审查)意见$/.test(key)) return true;
  if (/^(\d{4})?年\d{0,2}月\d{0,2}日$/.test(key)) return true;
  const label = key.split('：')[0];
  return SIGNATURE_LABEL.test(label);
}

/** Table furniture that carries nothing: "单位：万元", "金额单位：万元". */
export function isUnitNote(cell: string): boolean {
  if (cell.length > 24 || !/单位|元/.test(cell)) return false;
  const key = labelKey(cell);
  return /^（?(金额)?单位：(万元|元|亿元)）?$/.test(key) || /^（(万元|元)）$/.test(key);
}

/** A month of the spending plan: "3月底" → 3. */
export function planMonth(cell: string): number | null {
  const key = labelKey(cell).normalize('NFKC');
  const m = /^(\d{1,2})月(底|末|前)?$/.exec(key);
  if (m) return Number(m[1]);
  // Quarters ("一季度", "第3季度", "Q4") end in March, June, September, December.
  const q = /^(?:第)?([一二三四1-4])季度(?:末)?$|^Q([1-4])$/i.exec(key);
  if (q) return 3 * ('一二三四'.indexOf(q[1] ?? '') + 1 || Number(q[1] ?? q[2]));
  return /^上半年(底|末)?$/.test(key) ? 6 : null;
}

const CHINESE_NUMBERING = /^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)/;

/**
 * A heading as it should be shown: markdown marks and the residue of Word fields removed
 * ("部门预算 TC 3、项目支出绩效目标表 \f C \l 1" → "3、项目支出绩效目标表" when nothing precedes TC).
 */
export function cleanHeading(text: string): string {
  let s = text
    .replace(/\*\*/g, '')
    .replace(/^#+\s*/, '')
    .trim();
  if (s.length > 300) return s; // a paragraph, not a heading (and keeps the regexes linear)
  const tc = /^(.*?)\s*\bTC\s+"?([^"\\]*?)"?\s*((?:\\[a-z]\s*"?[^\s"\\]*"?\s*)*)$/i.exec(s);
  if (tc) {
    // Word's TC field repeats the heading as a table-of-contents entry; prefer whichever part is a title.
    const [visible, entry] = [tc[1].trim(), tc[2].trim()];
    s = visible && (titleKind(visible) || !titleKind(entry)) ? visible : entry;
  }
  s = s.replace(/\s*\\[fl]\s*"?[A-Za-z0-9]?"?/g, '').trim();
  return s;
}

/** The kind of table a heading announces, or null when it is not a table title. */
export function titleKind(text: string): TableKind | null {
  const s = labelKey(cleanHeading(text));
  if (s.length > 60 || s.length < 4 || /[。；;，,]$/.test(s) || s.includes('。')) return null;
  if (!/(绩效目标(申报|批复|审核|备案|汇总|明细|情况|一览){0,2}表|自评(汇总|明细|情况)?表)/.test(s))
    return null;
  if (/自评(汇总|明细|情况)?表/.test(s))
    return /整体支出|部门（单位）|部门整体|单位整体|整体绩效/.test(s)
      ? 'department-self-evaluation'
      : 'self-evaluation';
  if (/整体支出|部门（单位）|部门整体|单位整体/.test(s)) return 'department';
  return 'project';
}

/** A year named in a heading: "(2021 年)", "（2022年度）", "2025年项目…" → the year. */
export function findYear(text: string): number | null {
  const m = /((?:19|20)\d{2})\s*年/.exec(text.normalize('NFKC'));
  if (!m) return null;
  const year = Number(m[1]);
  return year >= 1990 && year <= 2100 ? year : null;
}

/** A line that is only a year: "(2021 年)", "（2022年度）", "2022年". */
export function yearLine(text: string): number | null {
  const s = labelKey(text).normalize('NFKC');
  return /^[（(]?((?:19|20)\d{2})年度?[)）]?$/.test(s) ? findYear(s) : null;
}

/** The unit a document title names before its year: "某街道办事处2025年项目支出绩效目标表" → 某街道办事处. */
export function unitFromTitle(text: string): string | null {
  const m = /^(.{2,40}?)\s*(?:19|20)\d{2}\s*年/.exec(cleanHeading(text));
  if (!m) return null;
  const unit = m[1]
    .replace(CHINESE_NUMBERING, '')
    .replace(/^\d+[、.．]/, '')
    .trim();
  return unit.length >= 2 && !/\d/.test(unit) ? unit : null;
}

/** A heading of prose ("一、单位基本情况", "（一）项目支出资金概况"): short and not a sentence. */
export function isProseHeading(text: string): boolean {
  const s = text.trim();
  if (s.length === 0 || s.length > 40) return false;
  if (CHINESE_NUMBERING.test(s)) return !/[。；;]/.test(s.slice(0, -1));
  return !/[。；;，,、：:！!？?]/.test(s);
}
