import { makeIndicator } from '../../domain/build.js';
import {
  type Indicator,
  type JixiaoDocument,
  type ProjectCategory,
  type Table,
} from '../../domain/document.js';
import { isSelfEvaluation } from '../../domain/table-kind.js';
import type { Finding } from '../../domain/finding.js';
import { indicatorLocation } from '../../rules/helpers.js';
import { formatNumber } from '../../value/format-value.js';
import { parseValue } from '../../value/parse-value.js';

/** How the offline drafter marks a number it does not know (src/draft/offline/indicators.ts). */
export const PLACEHOLDER = '（待填）';

/** Pure edits of the drafted document during review, and what stands between a table and "done". */

export const INDICATOR_FIELDS = ['level1', 'level2', 'name', 'description', 'value', 'basis'] as const;
export type IndicatorField = (typeof INDICATOR_FIELDS)[number];
export type IndicatorTexts = Record<IndicatorField, string>;

export const FIELD_LABELS: Record<IndicatorField, string> = {
  level1: '一级指标',
  level2: '二级指标',
  name: '三级指标',
  description: '绩效指标描述',
  value: '指标值',
  basis: '指标值确定依据',
};

/** A finding's field label (as rules write it) → the form field to open. */
export function fieldOfLabel(label: string | undefined): IndicatorField {
  if (!label) return 'value';
  const hit = INDICATOR_FIELDS.find((f) => FIELD_LABELS[f] === label || label.includes(FIELD_LABELS[f]));
  if (hit) return hit;
  if (/描述/.test(label)) return 'description';
  if (/依据/.test(label)) return 'basis';
  if (/名称|三级/.test(label)) return 'name';
  return 'value';
}

export function indicatorTexts(
  indicator: Indicator | undefined,
  defaults: Partial<IndicatorTexts> = {},
): IndicatorTexts {
  return {
    level1: indicator?.level1 ?? defaults.level1 ?? '',
    level2: indicator?.level2 ?? defaults.level2 ?? '',
    name: indicator?.name ?? defaults.name ?? '',
    description: indicator?.description ?? defaults.description ?? '',
    value: indicator?.value.text ?? defaults.value ?? '',
    basis: indicator?.basis ?? defaults.basis ?? '计划标准',
  };
}

function replaceTable(document: JixiaoDocument, index: number, table: Table): JixiaoDocument {
  return { ...document, tables: document.tables.map((t, i) => (i === index ? table : t)) };
}

function replaceIndicators(
  document: JixiaoDocument,
  tableIndex: number,
  indicators: Indicator[],
): JixiaoDocument {
  const table = document.tables[tableIndex];
  return replaceTable(document, tableIndex, { ...table, indicators } as Table);
}

/** Every drafted indicator starts as a suggestion the reviewer accepts, edits or rejects. */
export function markSuggested(document: JixiaoDocument): JixiaoDocument {
  return {
    ...document,
    tables: document.tables.map(
      (t) =>
        ({ ...t, indicators: t.indicators.map((i) => ({ ...i, status: i.status ?? 'suggested' })) }) as Table,
    ),
  };
}

/** Saves the edit form: the value is parsed again; a placeholder counts as filled once its value changed. */
export function saveIndicator(
  document: JixiaoDocument,
  tableIndex: number,
  indicatorIndex: number,
  texts: IndicatorTexts,
): JixiaoDocument {
  const list = document.tables[tableIndex].indicators;
  const old = list[indicatorIndex];
  const trimmed = Object.fromEntries(INDICATOR_FIELDS.map((f) => [f, texts[f].trim()])) as IndicatorTexts;
  const { placeholder, ...rest } = old ?? {};
  const filled = placeholder && trimmed.value !== old?.value.text && trimmed.value !== '';
  // The drafter wrote the unknown number into the description too: fill it there with the same number.
  const number = filled ? parseValue(trimmed.value).numbers[0] : undefined;
  if (
    number !== undefined &&
    old &&
    trimmed.description === old.description.trim() &&
    trimmed.description.includes(PLACEHOLDER)
  ) {
    trimmed.description = trimmed.description.replaceAll(PLACEHOLDER, formatNumber(number));
  }
  const next = makeIndicator({
    ...rest,
    ...trimmed,
    status: old ? (old.status === 'custom' ? 'custom' : 'edited') : 'custom',
    ...(placeholder && !filled ? { placeholder: true } : {}),
  });
  const indicators = old ? list.map((x, i) => (i === indicatorIndex ? next : x)) : [...list, next];
  return replaceIndicators(document, tableIndex, indicators);
}

export function setStatus(
  document: JixiaoDocument,
  tableIndex: number,
  indicatorIndex: number,
  status: 'accepted' | 'rejected' | 'suggested',
): JixiaoDocument {
  const list = document.tables[tableIndex].indicators;
  return replaceIndicators(
    document,
    tableIndex,
    list.map((x, i) => (i === indicatorIndex ? { ...x, status } : x)),
  );
}

/** Keeps an indicator the checker flags as an error, with the reviewer's reason (empty reason: no longer kept). */
export function keepWithReason(
  document: JixiaoDocument,
  tableIndex: number,
  indicatorIndex: number,
  reason: string,
): JixiaoDocument {
  const list = document.tables[tableIndex].indicators;
  return replaceIndicators(
    document,
    tableIndex,
    list.map((x, i) => {
      if (i !== indicatorIndex) return x;
      const { keptReason: _old, ...rest } = x;
      return reason.trim() ? { ...rest, keptReason: reason.trim() } : rest;
    }),
  );
}

/** Accepting a table accepts the suggestions still open in it. */
export function acceptTable(document: JixiaoDocument, tableIndex: number): JixiaoDocument {
  const list = document.tables[tableIndex].indicators;
  return replaceIndicators(
    document,
    tableIndex,
    list.map((x) => (x.status === 'suggested' || x.status === undefined ? { ...x, status: 'accepted' } : x)),
  );
}

export type TableTextField = 'goals' | 'purpose';

export function setTableText(
  document: JixiaoDocument,
  tableIndex: number,
  field: TableTextField,
  text: string,
): JixiaoDocument {
  const table = document.tables[tableIndex];
  if (field === 'purpose' && table.kind !== 'project') return document;
  if (isSelfEvaluation(table)) return document;
  return replaceTable(document, tableIndex, { ...table, [field]: text.trim() } as Table);
}

export function setCategory(
  document: JixiaoDocument,
  tableIndex: number,
  category: ProjectCategory,
): JixiaoDocument {
  const table = document.tables[tableIndex];
  return table.kind === 'project' ? replaceTable(document, tableIndex, { ...table, category }) : document;
}

/** One thing the reviewer should look at in a table: a checker finding, or a placeholder to fill. */
export interface Issue {
  finding: Finding;
  /** Blocks accepting the table: an error not kept with a reason, or an unfilled placeholder. */
  blocking: boolean;
}

function isPlaceholderFinding(finding: Finding): boolean {
  return /placeholder/.test(finding.rule);
}

/**
 * The issues of one table: the checker's findings for it, plus any unfilled placeholder the checker
 * did not report; errors first. Errors and unfilled placeholders block accepting the table.
 */
export function tableIssues(document: JixiaoDocument, findings: Finding[], tableIndex: number): Issue[] {
  const table = document.tables[tableIndex];
  const mine = findings.filter((f) => f.location.tableIndex === tableIndex);
  const open = (i: number) =>
    Boolean(table.indicators[i]?.placeholder) && table.indicators[i].status !== 'rejected';
  const placeholders: Finding[] = table.indicators.flatMap((indicator, i) =>
    open(i) && !mine.some((f) => f.location.indicatorIndex === i && isPlaceholderFinding(f))
      ? [
          {
            rule: 'review/placeholder',
            severity: 'error' as const,
            message: `“${indicator.name || indicator.level2}”的指标值还是待填写的占位（${indicator.value.text || '空'}）：起草时不知道这个数，请按实际填写。`,
            location: indicatorLocation(table, tableIndex, indicator, i, '指标值'),
            suggestion: '按回车打开编辑，填写指标值（数字、方向和单位，例如 ≥420户）。',
          },
        ]
      : [],
  );
  const order = { error: 0, warning: 1, info: 2 } as const;
  const blocking = (f: Finding) =>
    f.severity === 'error' ||
    (isPlaceholderFinding(f) && f.location.indicatorIndex !== undefined && open(f.location.indicatorIndex));
  return [...placeholders, ...mine]
    .map((finding) => ({ finding, blocking: blocking(finding) }))
    .sort(
      (a, b) =>
        Number(b.blocking) - Number(a.blocking) ||
        order[a.finding.severity] - order[b.finding.severity] ||
        (a.finding.location.indicatorIndex ?? -1) - (b.finding.location.indicatorIndex ?? -1),
    );
}
