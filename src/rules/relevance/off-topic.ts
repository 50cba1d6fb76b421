import type { Indicator, Table } from '../../domain/document.js';
import { tableLocation } from '../helpers.js';
import { isTemplateRow } from '../structure/_placeholder.js';
import type { Report, Rule } from '../types.js';
import { offTopic } from './_topic.js';

const SUGGESTION: Record<string, string> = {
  资金用途: '核对是否从其他项目复制而来；资金用途应写本项目的钱用在哪些事项上、各多少万元。',
  绩效目标: '核对是否从其他项目复制而来；绩效目标应写本项目计划完成的产出和达到的效果。',
  预期目标: '核对是否从其他项目复制而来；预期目标应写本项目年初计划完成的产出和效果。',
  绩效指标: '核对是否从其他项目复制而来；按本项目的实际产出和效果重写绩效指标。',
};

/** The texts of a project that must be about the project, by the names users know them by. */
function texts(table: Table): Array<[string, string]> {
  if (table.kind === 'project')
    return [
      ['资金用途', table.purpose],
      ['绩效目标', table.goals],
    ];
  if (table.kind === 'self-evaluation') return [['预期目标', table.goalsExpected]];
  return [];
}

/** The indicators that describe the work itself (满意度 rows are the same for every project). */
function workIndicators(table: Table): Indicator[] {
  return (table.indicators as Indicator[]).filter(
    (i) => i.status !== 'rejected' && !isTemplateRow(i) && !/满意/.test(i.level1) && !/满意/.test(i.name),
  );
}

function quote(words: string[]): string {
  return words.map((w) => `“${w}”`).join('、');
}

/**
 * 资金用途, goals or indicators about another field than the project's name (a 图书购置 project whose
 * 资金用途 is about 道路绿化养护), judged offline by the vocabulary of each field (categories.ts).
 * Whole-unit tables cover many tasks and are not checked.
 */
export const offTopicRule: Rule = {
  meta: {
    id: 'relevance/off-topic',
    description: '资金用途、绩效目标或绩效指标与项目本身无关（按各类项目的常用词离线判断）',
    severity: 'warning',
    tags: ['relevance'],
  },
  check({ document }) {
    const reports: Report[] = [];
    for (const [tableIndex, table] of document.tables.entries()) {
      if (table.kind === 'department' || table.kind === 'department-self-evaluation') continue;
      if (!table.projectName.trim()) continue;
      const name = table.projectName;
      for (const [field, text] of texts(table)) {
        const found = offTopic(name, text);
        if (!found) continue;
        reports.push({
          message: `${field}与项目“${name}”无关：写的是${quote(found.words)}等${found.label}方面的内容，没有一处与本项目有关`,
          location: tableLocation(
            table,
            tableIndex,
            field === '资金用途' ? '预算规模及资金用途' : field,
            field,
          ),
          suggestion: SUGGESTION[field],
        });
      }
      const rows = workIndicators(table);
      const found = rows.length
        ? offTopic(name, rows.map((i) => `${i.name}。${i.description}`).join('。'))
        : null;
      if (found) {
        const examples = rows
          .filter((i) => found.words.some((w) => `${i.name}${i.description}`.includes(w)))
          .slice(0, 3);
        reports.push({
          message: `绩效指标与项目“${name}”无关：${examples.map((i) => `“${i.name}”`).join('、')}等指标写的是${found.label}方面的内容（${quote(found.words)}）`,
          location: tableLocation(table, tableIndex, '绩效指标'),
          suggestion: SUGGESTION.绩效指标,
        });
      }
    }
    return reports;
  },
};
