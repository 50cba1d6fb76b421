import { labelKey } from './labels.js';

/**
 * What the columns of an indicator grid mean, read from what their headers say. The wording of
 * every province is kept in ONE data table (COLUMN_WORDS, then COLUMN_PATTERNS for families of
 * wordings); a new wording is added there and nowhere else. Headers are normalised first
 * (headerKey): spaces and line breaks removed ("绩 效 指 标"), half-width forms made one form, a
 * unit or score suffix ("（万元）", "（分）") and a period qualifier ("（长期）", "（年度）") taken off,
 * and any year written 20xx ("预期2022年实现值" → "预期20xx年实现值").
 */
export type ColumnRole =
  /** 序号 */
  | 'index'
  /** A label column merged down the grid ("绩效指标", "年度绩效指标"). */
  | 'section'
  | 'level1'
  | 'level2'
  | 'name'
  | 'description'
  | 'value'
  /** 指标性质 / 符号 of a 指标值 split over three columns (≥ | 30 | 万元). */
  | 'op'
  /** 度量单位 / 计量单位 of a split 指标值. */
  | 'measure'
  | 'weight'
  | 'basis'
  | 'note'
  /** 历史参考值, 2021年实际实现值: kept, never read as the target. */
  | 'history'
  | 'direction'
  | 'actual'
  | 'score'
  | 'reason'
  /** 改进措施 as its own column: joined to the 偏差原因. */
  | 'remedy'
  /** Columns of a flat sheet that lists several projects: the project's own fields. */
  | 'project'
  | 'code'
  | 'amount'
  | 'goal'
  | 'implementer';

const COLUMN_WORDS: Record<ColumnRole, string[]> = {
  index: ['序号', '编号', '行次', '序'],
  section: [
    '绩效指标',
    '年度绩效指标',
    '长期绩效指标',
    '中期绩效指标',
    '项目绩效指标',
    '绩效指标表',
    '绩效项目指标表',
  ],
  level1: ['一级指标', '一级', '一级指标名称', '一级绩效指标'],
  level2: ['二级指标', '二级', '二级指标名称', '二级绩效指标'],
  name: [
    '三级指标',
    '三级',
    '三级指标名称',
    '三级绩效指标',
    '指标名称',
    '指标内容',
    '绩效指标名称',
    '绩效指标内容',
    '具体指标',
    '考核指标',
    '指标项',
    '指标',
  ],
  description: [
    '指标描述',
    '绩效指标描述',
    '三级指标描述',
    '指标解释',
    '指标说明',
    '指标内涵',
    '指标定义',
    '指标含义',
    '指标解释说明',
    '指标内容说明',
    '指标值说明',
    '目标值说明',
    '描述',
  ],
  value: [
    '指标值',
    '年度指标值',
    '全年指标值',
    '当年指标值',
    '本年指标值',
    '预期目标值',
    '目标值',
    '年度目标值',
    '绩效目标值',
    '指标目标值',
    '预期指标值',
    '预期值',
    '计划值',
    '标准值',
    '当年预期实现值',
    '预期实现值',
    '预期20xx年实现值',
    '20xx年预期实现值',
    '20xx年指标值',
    '20xx年目标值',
    '20xx年目标',
    '20xx年度目标值',
    '20xx年度指标值',
    '指标值（目标值）',
    '目标值（指标值）',
    '年度预期目标值',
    '中期指标值',
    '长期指标值',
    '数值',
  ],
  op: ['指标性质', '符号', '比较符', '比较符号', '运算符', '运算符号', '计算符号', '指标符号', '关系符'],
  measure: ['度量单位', '计量单位', '单位', '指标单位', '计量单位名称', '度量'],
  weight: ['权重', '分值', '指标分值', '指标权重', '权重分值', '标准分值', '标准分', '分数', '满分', '权数'],
  basis: [
    '指标值确定依据',
    '确定依据',
    '指标值设定依据',
    '指标值依据',
    '指标值测算依据',
    '指标设定依据',
    '设定依据',
    '测算依据',
    '依据',
    '指标标准或依据',
    '评分标准',
    '指标说明及评分标准',
    '评分规则',
    '评分办法',
    '评分方法',
    '计分方法',
    '评价标准',
    '计算方法',
    '计算公式',
    '数据来源',
  ],
  note: ['备注', '说明', '佐证材料', '证明材料', '年度总体目标完成情况'],
  history: [
    '历史参考值',
    '历史值',
    '参考值',
    '基期值',
    '上年实际值',
    '上年完成值',
    '上年指标值',
    '上年实现值',
    '20xx年实际实现值',
    '20xx年实际值',
    '20xx年完成值',
    '20xx年实际完成值',
  ],
  direction: ['指标方向', '方向', '指标类型', '指标类别', '指标分类'],
  actual: [
    '实际完成值',
    '全年完成值',
    '年度完成值',
    '完成值',
    '实际完成情况',
    '实际完成',
    '实际值',
    '全年实际值',
    '全年实际完成值',
    '实际实现值',
    '实际完成指标值',
    '完成情况',
  ],
  score: ['得分', '自评得分', '评分', '指标得分', '实际得分', '评价得分', '考核得分'],
  reason: [
    '偏差原因分析及改进措施',
    '偏差原因',
    '未完成原因分析',
    '未完成原因',
    '原因',
    '原因分析',
    '偏差原因分析',
    '偏差分析',
  ],
  remedy: ['改进措施', '整改措施', '改进建议'],
  project: ['项目名称', '项目支出名称', '项目'],
  code: ['项目编码', '项目代码', '项目编号'],
  amount: [
    '金额',
    '预算金额',
    '预算数',
    '年度预算数',
    '资金总额',
    '年度资金总额',
    '项目金额',
    '项目资金',
    '预算资金',
    '资金金额',
    '预算额',
  ],
  goal: ['年度目标', '绩效目标', '年度绩效目标', '总体目标', '年度总体目标', '项目绩效目标', '项目目标'],
  implementer: ['实施单位', '项目实施单位', '单位名称', '预算单位', '预算单位名称', '部门名称'],
};

/** Families of wordings, tried in order after the exact words. */
const COLUMN_PATTERNS: Array<[RegExp, ColumnRole]> = [
  [/^20xx年(实际|已)/, 'history'],
  [/原因/, 'reason'],
  [/(改进|整改)(措施|建议)$/, 'remedy'],
  [/得分$/, 'score'],
  [/(分值|权重)$/, 'weight'],
  [/(实际|完成)(完成|实现)?(值|情况)$/, 'actual'],
  [/(依据|评分标准)$/, 'basis'],
  [/(指标|目标|预期|实现)值$/, 'value'],
  [/^(三级|具体)?指标(名称|内容)$/, 'name'],
  [/指标(描述|解释|说明)$/, 'description'],
  [/^(度量|计量)单位/, 'measure'],
];

/** 绩效标准 is the 指标值 of some forms (鄂州) and the benchmark of others: the value only when no real value column exists. */
const VALUE_OR_BASIS = new Set(['绩效标准', '指标标准', '标准']);

const ROLE_OF = new Map<string, ColumnRole>();
for (const [role, words] of Object.entries(COLUMN_WORDS) as Array<[ColumnRole, string[]]>) {
  for (const word of words) ROLE_OF.set(word, role);
}

/** Long-term (中期/长期) or annual copy of a column, when the header says so. */
export type Period = 'long' | 'annual' | null;

export interface HeaderCell {
  role: ColumnRole | 'value-or-basis' | null;
  period: Period;
}

const PERIOD_QUALIFIER = /（(长期|中期|年度|当年|本年|近期)）/;

/** A header cell's normal form (see the file comment). */
export function headerKey(cell: string): string {
  return labelKey(cell)
    .replace(/（(万元|元|%|％|分|\d+(\.\d+)?分|个|人)）$/, '')
    .replace(/(19|20)\d{2}/g, '20xx')
    .replace(/^其中：/, '');
}

const NONE: HeaderCell = { role: null, period: null };
const headerCache = new Map<string, HeaderCell>();

/** What a header cell names, and whether it is a long-term or annual copy. */
export function readHeaderCell(cell: string): HeaderCell {
  if (cell.length > 40) return NONE;
  let header = headerCache.get(cell);
  if (header === undefined) {
    if (headerCache.size > 20_000) headerCache.clear();
    header = computeHeaderCell(cell);
    headerCache.set(cell, header);
  }
  return header;
}

function computeHeaderCell(cell: string): HeaderCell {
  let key = headerKey(cell);
  if (key === '' || key.length > 24) return { role: null, period: null };
  const qualifier = PERIOD_QUALIFIER.exec(key);
  let period: Period = null;
  if (qualifier) {
    period = /长期|中期/.test(qualifier[1]) ? 'long' : 'annual';
    key = key.replace(PERIOD_QUALIFIER, '');
  } else if (/^(长期|中期)/.test(key)) period = 'long';
  else if (/^(年度|当年|本年|全年)/.test(key)) period = 'annual';
  if (VALUE_OR_BASIS.has(key)) return { role: 'value-or-basis', period };
  const role = roleOfKey(key);
  if (role) return { role, period };
  // "指标值（包含数字及文字描述）", "年度指标值（A）": a note in brackets after a known header.
  const bare = key.replace(/（[^（）]*）$/, '');
  return { role: bare !== key && bare !== '' ? roleOfKey(bare) : null, period };
}

function roleOfKey(key: string): ColumnRole | null {
  const exact = ROLE_OF.get(key);
  if (exact) return exact;
  for (const [pattern, role] of COLUMN_PATTERNS) if (pattern.test(key)) return role;
  return null;
}

/** Roles that make a row an indicator header when they stand together. */
const INDICATOR_ROLES = new Set<ColumnRole>(['level1', 'level2', 'name']);
const MEASURE_ROLES = new Set<ColumnRole>(['value', 'op', 'actual', 'score', 'weight', 'description']);

/**
 * Whether a row is the header of an indicator grid: it names a 一级/二级 column, or a 三级 column
 * together with a value, an actual, a score or a description; and no cell is data (a level name, a number).
 */
export function isHeaderRow(cells: string[]): boolean {
  let indicator = 0;
  let levels = 0;
  let measure = 0;
  for (const cell of cells) {
    if (cell.trim() === '') continue;
    const { role } = readHeaderCell(cell);
    if (role === null) continue;
    if (role === 'level1' || role === 'level2') levels++;
    if (INDICATOR_ROLES.has(role as ColumnRole)) indicator++;
    if (MEASURE_ROLES.has(role as ColumnRole) || role === 'value-or-basis') measure++;
  }
  return levels > 0 ? indicator + measure >= 2 : indicator > 0 && measure > 0;
}
