import type { Framework, Indicator, Table } from '../../domain/document.js';
import { isCostLevel } from '../../domain/framework.js';
import { tableLocation } from '../helpers.js';
import { levelKind } from '../value/_levels.js';
import type { Report, Rule } from '../types.js';
import { cleanLevelName, guessLevel1, ownFramework, resolvedLevels } from './_levels.js';
import { isTemplateRow } from './_placeholder.js';

type Category = '产出' | '时效' | '效益' | '成本' | '满意度';

const OUTPUT_LEVEL2 = new Set(['数量指标', '质量指标', '时效指标']);
const BENEFIT_LEVEL2 = new Set(['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标']);
/** Construction, major repair and purchase projects must state their cost (docs/domain.md §2). */
const NEEDS_COST = /工程|施工|改造|修缮|大修|维修|改建|扩建|新建|修建|购置|采购|购买|配备|配置/;
/** Projects spent on the unit itself: no outside beneficiaries, so no 满意度 required. */
const INTERNAL =
  /工资|薪酬|人员经费|社保|社会保险|公积金|职业年金|运转|办公|公用经费|日常经费|机关经费|离退休|退休人员|在职人员|抚恤|福利费|工会|党费|债务|还本|付息|物业费|水电/;

function categoriesOf(indicator: Indicator, framework: Framework): Set<Category> {
  const { level1, level2 } = resolvedLevels(indicator);
  const l1 = guessLevel1(level1, framework) ?? level1;
  const found = new Set<Category>();
  if (l1 === '产出指标' || OUTPUT_LEVEL2.has(level2)) found.add('产出');
  if (level2 === '时效指标' || levelKind(indicator) === 'time') found.add('时效');
  if (l1 === '效益指标' || BENEFIT_LEVEL2.has(level2)) found.add('效益');
  if (l1 === '满意度指标' || level2 === '服务对象满意度指标' || /满意/.test(indicator.name))
    found.add('满意度');
  if (isCostLevel(cleanLevelName(indicator.level1), level2) || l1 === '成本指标') found.add('成本');
  if (found.has('成本') && framework === 'local') found.add('产出');
  return found;
}

function projectText(table: Table): { name: string; text: string } {
  if (table.kind === 'department' || table.kind === 'department-self-evaluation')
    return { name: table.unitName, text: '' };
  if (table.kind === 'project') return { name: table.projectName, text: table.purpose };
  return { name: table.projectName, text: '' };
}

/**
 * Which categories a table must have: 产出 and 效益 always, 时效 under 产出 in a project table (both
 * frameworks keep 时效指标 under 产出指标), 成本 and 满意度 depending on the project.
 */
export function requiredCategories(table: Table): Category[] {
  const required: Category[] = ['产出', '效益'];
  if (table.kind === 'department' || table.kind === 'department-self-evaluation')
    return [...required, '满意度'];
  if (table.kind === 'project') required.push('时效');
  const { name, text } = projectText(table);
  const category = table.kind === 'project' ? table.category : undefined;
  if (category === 'construction' || category === 'equipment' || NEEDS_COST.test(name)) required.push('成本');
  if (
    category !== 'operations' &&
    !INTERNAL.test(name) &&
    !(category === 'salary-subsidy' && INTERNAL.test(text))
  )
    required.push('满意度');
  return required;
}

function missingMessage(category: Category, table: Table, framework: Framework): Omit<Report, 'location'> {
  switch (category) {
    case '产出':
      return {
        messageId: 'noOutput',
        data: { category },
        suggestion:
          '每张表都要有产出指标：写明完成的数量（如“改造小区数量 =3个”）、质量（验收合格率）和时效（按期完成率）。',
      };
    case '时效':
      return {
        messageId: 'noTimeliness',
        data: { category },
        suggestion:
          '在产出指标下加“时效指标”，如“完工时间 ≤10月底”“补贴按时发放率 =100%”“故障响应时间 ≤24小时”。',
      };
    case '效益':
      return {
        messageId: 'noBenefit',
        data: { category },
        suggestion:
          '写明产出带来的效果，如社会效益指标“受益居民户数 ≥420户”、可持续影响指标“设施正常使用年限 ≥15年”。',
      };
    case '成本':
      return {
        messageId: 'noCost',
        data: { category, project: projectText(table).name },
        suggestion:
          framework === 'local'
            ? '在产出指标下加“成本指标”，如“外墙保温改造成本 ≤45万元”、单位造价“≤120万元/公里”。'
            : '加一级指标“成本指标”，如经济成本指标“外墙保温改造成本 ≤45万元”。',
      };
    case '满意度':
      return {
        messageId: 'noSatisfaction',
        data: { category },
        suggestion: '加“满意度指标 / 服务对象满意度指标”，如“受益群众满意度 ≥90%”。',
      };
  }
}

export const missingCategory: Rule = {
  meta: {
    id: 'structure/missing-category',
    description:
      '缺少必备的指标类别：产出、效益（每张表），时效（项目表），成本（工程、修缮、购置项目），满意度（有外部服务对象时），或三级指标少于3个',
    severity: 'warning',
    tags: ['structure', 'completeness'],
    messages: {
      noIndicators: '本表没有填写任何绩效指标',
      noOutput: '缺少产出指标',
      noTimeliness: '缺少时效指标：产出指标下没有写完成时限或及时程度',
      noBenefit: '缺少效益指标',
      noCost: '缺少成本指标：工程建设、修缮和购置项目必须写明成本（“{{project}}”属于此类）',
      noSatisfaction: '缺少满意度指标：本表的工作有外部服务对象，应设满意度指标',
      tooFew: '本表只有{{count}}个三级指标，至少应有3个',
    },
  },
  check({ document, framework }) {
    const reports: Report[] = [];
    for (const [tableIndex, table] of document.tables.entries()) {
      const rows = (table.indicators as Indicator[]).filter(
        (i) => i.status !== 'rejected' && !isTemplateRow(i),
      );
      const location = tableLocation(table, tableIndex, '绩效指标');
      if (rows.length === 0) {
        reports.push({
          messageId: 'noIndicators',
          location,
          suggestion: '至少填写产出、效益指标（有服务对象时加满意度指标），共不少于3个三级指标。',
        });
        continue;
      }
      const present = new Set(rows.flatMap((i) => [...categoriesOf(i, framework)]));
      // A table in a framework of its own (履职效能 / 管理效率) has none of these categories by design.
      const categories = ownFramework(rows) ? [] : requiredCategories(table);
      for (const category of categories) {
        // Without any 产出 the 产出 finding already asks for 数量, 质量 and 时效.
        if (category === '时效' && !present.has('产出')) continue;
        if (!present.has(category)) reports.push({ ...missingMessage(category, table, framework), location });
      }
      if (rows.length < 3) {
        reports.push({
          messageId: 'tooFew',
          data: { count: rows.length },
          location,
          suggestion: '按产出（数量、质量、时效、成本）、效益、满意度补充指标。',
        });
      }
    }
    return reports;
  },
};
