import type { Indicator, JixiaoDocument, Table } from '../../domain/document.js';
import { isGenericRowName } from '../../domain/project-model.js';
import { tableLocation } from '../helpers.js';
import { isTemplateRow } from '../structure/_placeholder.js';
import { meaningfulBigrams, sharesBigram } from '../text/_text.js';
import type { Report, Rule } from '../types.js';
import {
  claimsEcology,
  hasEvidence,
  offTopic,
  projectEvidence,
  projectTopic,
  type ProjectTopic,
} from './_topic.js';

const SUGGESTION: Record<string, string> = {
  资金用途: '核对是否从其他项目复制而来；资金用途应写本项目的钱用在哪些事项上、各多少万元。',
  绩效目标: '核对是否从其他项目复制而来；绩效目标应写本项目计划完成的产出和达到的效果。',
  预期目标: '核对是否从其他项目复制而来；预期目标应写本项目年初计划完成的产出和效果。',
  绩效指标: '核对是否从其他项目复制而来；按本项目的实际产出和效果重写绩效指标。',
};

type ProjectLike = Extract<Table, { kind: 'project' | 'self-evaluation' }>;

/** The texts of a project that must be about the project, by the names users know them by. */
function texts(table: ProjectLike): Array<[string, string]> {
  if (table.kind === 'project')
    return [
      ['资金用途', table.purpose],
      ['绩效目标', table.goals],
    ];
  return [['预期目标', table.goalsExpected]];
}

/** The indicators that describe the work itself (满意度 rows are the same for every project). */
function workIndicators(table: ProjectLike): Indicator[] {
  return (table.indicators as Indicator[]).filter(
    (i) => i.status !== 'rejected' && !isTemplateRow(i) && !/满意/.test(i.level1) && !/满意/.test(i.name),
  );
}

const rowText = (i: Indicator) => `${i.name}。${i.description}`;
const quote = (words: string[]) => words.map((w) => `“${w}”`).join('、');
const names = (rows: Indicator[]) =>
  rows
    .slice(0, 3)
    .map((i) => `“${i.name}”`)
    .join('、');

/**
 * The unit's own duties as bigrams: the 职能 of the unit and the main tasks of its whole-unit table,
 * except the task that is this project (its name shares a word with the project's).
 */
function dutyBigrams(duties: UnitDuties, projectName: string): Set<string> {
  const name = meaningfulBigrams(projectName);
  const bigrams = new Set(duties.unit);
  for (const task of duties.tasks)
    if (!sharesBigram(task.name, name)) for (const b of task.all) bigrams.add(b);
  return bigrams;
}

/** The unit's duties and the tasks of its whole-unit tables, read once per document. */
interface UnitDuties {
  unit: Set<string>;
  tasks: Array<{ name: Set<string>; all: Set<string> }>;
}

function unitDuties(document: JixiaoDocument): UnitDuties {
  const tasks: UnitDuties['tasks'] = [];
  for (const table of document.tables)
    if (table.kind === 'department' || table.kind === 'department-self-evaluation')
      for (const task of table.tasks)
        tasks.push({
          name: meaningfulBigrams(task.name),
          all: meaningfulBigrams(`${task.name}。${task.content}`),
        });
  return { unit: meaningfulBigrams(document.unit.duties ?? ''), tasks };
}

/** 产出 rows that say what this project produces (not money, not the generic rows any project has). */
function outputRows(rows: Indicator[]): Indicator[] {
  return rows.filter((i) => /产出/.test(i.level1) && !/成本/.test(i.level2) && !isGenericRowName(i.name));
}

/**
 * A project of a specific kind whose output indicators are all about the unit's everyday duties (a
 * purchase measured by 执法检查次数): none names what the project buys, builds, pays or runs.
 */
function dutyRows(
  unitDutiesOf: () => UnitDuties,
  table: ProjectLike,
  topic: ProjectTopic,
  rows: Indicator[],
): Indicator[] | null {
  if (topic.general) return null;
  const outputs = outputRows(rows);
  if (outputs.length < 2) return null;
  const duties = dutyBigrams(unitDutiesOf(), table.projectName);
  if (duties.size === 0) return null;
  const purpose = table.kind === 'project' ? table.purpose : table.goalsExpected;
  const evidence = projectEvidence(topic, table.projectName, purpose, duties);
  if (outputs.some((i) => hasEvidence(rowText(i), evidence))) return null;
  const aboutDuties = outputs.filter((i) => sharesBigram(meaningfulBigrams(rowText(i)), duties));
  return aboutDuties.length > 0 ? aboutDuties : null;
}

/**
 * 资金用途, goals or indicators about another field than the project (a 图书购置 whose 资金用途 is
 * about 道路绿化养护), a project of a specific kind measured by the unit's everyday duties, and an
 * ecological benefit a project of its kind cannot have. The project's kind comes from the head of
 * its name (src/domain/project-model.ts). Whole-unit tables cover many tasks and are not checked.
 */
export const offTopicRule: Rule = {
  meta: {
    id: 'relevance/off-topic',
    description:
      '资金用途、绩效目标或绩效指标与项目本身无关：写的是别的领域、只写单位日常职能（专项项目）、或声称本类项目不可能有的生态效益',
    severity: 'warning',
    tags: ['relevance'],
    messages: {
      textOffTopic:
        '{{field}}与项目“{{project}}”无关：写的是{{words}}等{{topic}}方面的内容，没有一处与本项目有关',
      indicatorsOffTopic:
        '绩效指标与项目“{{project}}”无关：{{indicators}}等指标写的是{{topic}}方面的内容（{{words}}）',
      unitDutiesOnly:
        '产出指标写的是单位的日常职能（{{indicators}}），没有一条写本项目“{{project}}”本身的产出',
      borrowedEcology: '{{indicators}}是生态方面的效益（{{claim}}），项目“{{project}}”本身不会带来这种效益',
    },
  },
  check({ document }) {
    const reports: Report[] = [];
    let duties: UnitDuties | undefined;
    const unitDutiesOf = () => (duties ??= unitDuties(document));
    for (const [tableIndex, table] of document.tables.entries()) {
      if (table.kind !== 'project' && table.kind !== 'self-evaluation') continue;
      const name = table.projectName;
      const topic = projectTopic(name, table.kind === 'project' ? table.category : undefined);
      if (!name.trim() || !topic) continue;
      for (const [field, text] of texts(table)) {
        const found = offTopic(topic, text);
        if (!found) continue;
        reports.push({
          messageId: 'textOffTopic',
          data: { field, project: name, words: quote(found.words), topic: found.label },
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
      const found = rows.length ? offTopic(topic, rows.map(rowText).join('。')) : null;
      if (found) {
        const examples = rows.filter((i) => found.words.some((w) => rowText(i).includes(w)));
        reports.push({
          messageId: 'indicatorsOffTopic',
          data: { project: name, indicators: names(examples), topic: found.label, words: quote(found.words) },
          location: tableLocation(table, tableIndex, '绩效指标'),
          suggestion: SUGGESTION.绩效指标,
        });
      } else {
        const dutyOnly = dutyRows(unitDutiesOf, table, topic, rows);
        if (dutyOnly)
          reports.push({
            messageId: 'unitDutiesOnly',
            data: { indicators: names(dutyOnly), project: name },
            location: tableLocation(table, tableIndex, '绩效指标'),
            suggestion:
              '专项项目的产出指标应写这笔钱买到、建成、发放或运行了什么（数量、质量、时效），单位日常业务的指标放在部门整体支出绩效目标表中。',
          });
      }
      const purpose = table.kind === 'project' ? `${table.purpose}${table.goals}` : table.goalsExpected;
      if (!topic.ecological && !claimsEcology(`${name}${purpose}`)) {
        const borrowed = rows.filter((i) => claimsEcology(rowText(i)));
        if (borrowed.length)
          reports.push({
            messageId: 'borrowedEcology',
            data: {
              indicators: names(borrowed),
              claim: String(claimsEcology(rowText(borrowed[0]!))),
              project: name,
            },
            location: tableLocation(table, tableIndex, '绩效指标'),
            suggestion:
              '删去这类指标，换成本项目真正带来的社会或经济效益；生态效益指标没有合适内容时可以不设。',
          });
      }
    }
    return reports;
  },
};
