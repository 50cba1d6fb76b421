import { type Table } from '../../domain/document.js';
import { isSelfEvaluation } from '../../domain/table-kind.js';
import { tableLocation } from '../helpers.js';
import type { Report, Rule } from '../types.js';
import { textFields } from './_fields.js';

/**
 * Only clear contradictions are flagged. Years are legitimately mentioned all the time: 上年 figures
 * ("较2021年度下降"), multi-year plans ("到2035年远景目标", "2024-2026年目标"), the year a thing was
 * built ("2000年底前建成的小区"), documents cited 《2023年度…办法》.
 */
const OWN_YEAR_GOAL = /(\d{4})年度?(?:的)?(?:绩效|工作|主要|总体|重点)?(?:目标|任务)/g;
const THIS_YEAR = /(?:本年度|本年|今年)[（(](\d{4})年?[)）]|(\d{4})年[（(](?:本年度|本年|今年)[)）]/g;
const PAST_DEADLINE =
  /(\d{4})年(?:\d{1,2}月(?:\d{1,2}日)?(?:底|末)?|底|末)(?:前|之前)(?!建成|建设|修建|竣工的|落成)/g;
/** Words just before a year that make it a reference, not this table's own year. */
const REFERENCE_BEFORE =
  /较|比|上|截至|截止|完成了|基础|延续|结转|同期|与|对照|接续|承接|巩固|总结|回顾|实现|到|至|[-—～~－]|已|曾/;
/** …and words just after it ("2021年度目标的基础上", "2021年度目标完成情况"). */
const REFERENCE_AFTER = /^(?:的)?(?:基础|相比|对比|以来|完成情况|执行情况|实际|结转|已)/;

interface Mention {
  phrase: string;
  year: number;
  kind: 'goal' | 'this-year' | 'deadline';
}

/** A deadline value with a year ("≤2023年10月底"). */
const DEADLINE_VALUE_YEAR = /(\d{4})年/g;

function mentions(text: string, targets: boolean, deadlineValue: boolean): Mention[] {
  const clean = text.replace(/《[^》]*》/g, '');
  const found: Mention[] = [];
  const scan = (pattern: RegExp, kind: Mention['kind'], checkBefore: boolean) => {
    for (const m of clean.matchAll(pattern)) {
      if (checkBefore && REFERENCE_BEFORE.test(clean.slice(Math.max(0, m.index - 4), m.index))) continue;
      if (checkBefore && REFERENCE_AFTER.test(clean.slice(m.index + m[0].length, m.index + m[0].length + 6)))
        continue;
      found.push({ phrase: deadlineValue ? clean.trim() : m[0], year: Number(m[1] ?? m[2]), kind });
    }
  };
  scan(OWN_YEAR_GOAL, 'goal', true);
  scan(THIS_YEAR, 'this-year', false);
  if (targets) scan(deadlineValue ? DEADLINE_VALUE_YEAR : PAST_DEADLINE, 'deadline', !deadlineValue);
  return found;
}

function hasYear(text: string): boolean {
  return /\d{4}/.test(text);
}

function tableYear(table: Table, documentYear: number | null): number | null {
  return table.kind === 'department' && table.year ? table.year : documentYear;
}

export const yearMismatch: Rule = {
  meta: {
    id: 'text/year-mismatch',
    description: '文字中的年份与表格年度明显矛盾（如2024年的目标表写“2023年度目标”、时限早于本年度）',
    severity: 'warning',
    tags: ['text'],
    messages: {
      headerYear: '本表表头年度为{{tableYear}}年，而文档年度为{{documentYear}}年',
      titleYear: '表名写的是{{titleYear}}年，而本表是{{year}}年度的',
      deadlineBeforeYear: '{{field}}中的时限“{{phrase}}”早于本表年度（{{year}}年），这个目标在本年度无法实现',
      otherYear: '{{field}}中写着“{{phrase}}”，而本表是{{year}}年度的',
    },
  },
  check({ document }) {
    const reports: Report[] = [];
    const documentYear = document.unit.year;
    for (const [tableIndex, table] of document.tables.entries()) {
      if (table.kind === 'department' && table.year && documentYear && table.year !== documentYear) {
        reports.push({
          messageId: 'headerYear',
          data: { tableYear: table.year, documentYear },
          location: tableLocation(table, tableIndex, '表头', '年度'),
          suggestion: `核对年度：目标表应填写预算年度（${documentYear}年）。`,
        });
      }
      const year = tableYear(table, documentYear);
      if (!year) continue;
      const titleYear = /(\d{4})年/.exec(table.title);
      if (titleYear && Number(titleYear[1]) !== year && /目标表|自评表/.test(table.title)) {
        reports.push({
          messageId: 'titleYear',
          data: { titleYear: titleYear[1], year },
          location: tableLocation(table, tableIndex, '表头', '表名'),
          suggestion: `把表名中的年份改为${year}年。`,
        });
      }
      const targets = !isSelfEvaluation(table);
      for (const field of textFields(table, tableIndex, ['name', 'description', 'value'], hasYear)) {
        const deadlineValue = field.part === 'value' && field.indicator?.value.kind === 'deadline';
        for (const mention of mentions(field.text, targets, deadlineValue)) {
          if (mention.kind === 'deadline' ? mention.year >= year : mention.year === year) continue;
          reports.push(
            mention.kind === 'deadline'
              ? {
                  messageId: 'deadlineBeforeYear',
                  data: { field: field.label, phrase: mention.phrase, year },
                  location: field.locate(),
                  suggestion: `核对年份：${year}年度的目标，时限应在${year}年内。`,
                }
              : {
                  messageId: 'otherYear',
                  data: { field: field.label, phrase: mention.phrase, year },
                  location: field.locate(),
                  suggestion: `改为${year}年；如果说的是往年的情况，请写明（如“较${mention.year}年”）。`,
                },
          );
        }
      }
    }
    return reports;
  },
};
