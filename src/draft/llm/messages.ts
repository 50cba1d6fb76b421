import { z } from 'zod';
import type { Answers, AnswersProject } from '../../domain/answers.js';
import { CATEGORY_LABELS, classifyProject } from '../../domain/categories.js';
import type { DepartmentTable, Framework, Indicator, ProjectTable } from '../../domain/document.js';
import type { Finding } from '../../domain/finding.js';
import { FRAMEWORK_LEVELS } from '../../domain/framework.js';
import type { Money } from '../../domain/money.js';
import { fromYuan, moneyFromNumber, sumMoney, toYuan } from '../../value/money.js';
import { renderPrompt } from './prompts.js';
import type { ChatMessage, LlmService } from './service.js';

/** Fills the prompt templates of prompts/ from the answers and tables. */

const FRAMEWORK_LABEL: Record<Framework, string> = {
  local: '本地通行体系（成本指标是产出指标下的二级指标）',
  'central-2021': '财预〔2021〕101号（成本指标是一级指标）',
};

export function systemMessage(framework: Framework): ChatMessage {
  const levels = Object.entries(FRAMEWORK_LEVELS[framework])
    .map(([level1, level2s]) => `- ${level1}：${level2s.join('、')}`)
    .join('\n');
  return {
    role: 'system',
    content: renderPrompt('system', { framework_label: FRAMEWORK_LABEL[framework], levels }),
  };
}

/** How to answer: "JSON please" with json_schema; the schema itself in the prompt with json_object. */
export function outputFormat(service: LlmService, schema: z.ZodType): string {
  if (service.jsonMode === 'json_schema') return renderPrompt('output-json-schema');
  const { $schema: _drop, ...jsonSchema } = z.toJSONSchema(schema) as Record<string, unknown>;
  return renderPrompt('output-json-object', { schema: JSON.stringify(jsonSchema) });
}

export function projectMessages(
  service: LlmService,
  schema: z.ZodType,
  answers: Answers,
  project: AnswersProject,
  skeleton: ProjectTable,
): ChatMessage[] {
  const category = skeleton.category ?? project.category ?? classifyProject(project);
  const needsCost = category === 'construction' || category === 'equipment';
  const user = renderPrompt('project-table', {
    unit_name: answers.unit.name,
    year: answers.unit.year,
    unit_duties: orNone(answers.unit.duties),
    project_name: project.name,
    category: CATEGORY_LABELS[category],
    budget: money(skeleton.budget.total),
    fiscal: money(skeleton.budget.fiscal),
    other: money(skeleton.budget.other),
    purpose: orNone(skeleton.purpose || project.purpose),
    plan: project.plan ? project.plan.map((p) => `${p}%`).join(' / ') : '（未填写）',
    goals_hint: orNone(project.goals),
    offline_draft: describeTable(skeleton),
    cost_hint: needsCost ? '、成本（本类项目必须有）' : '、成本（有明确金额时）',
    output_format: outputFormat(service, schema),
  });
  return [systemMessage(answers.unit.framework), { role: 'user', content: user }];
}

export function unitMessages(
  service: LlmService,
  schema: z.ZodType,
  answers: Answers,
  skeleton: DepartmentTable,
): ChatMessage[] {
  const tasks = skeleton.tasks.length
    ? skeleton.tasks
        .map(
          (t) =>
            `- ${t.name}：${orNone(t.content)}（总额 ${money(t.funding.total)} 万元，财政拨款 ${money(t.funding.fiscal)}，其他资金 ${money(t.funding.other)}）`,
        )
        .join('\n')
    : '（未填写）';
  const projects = answers.projects.length
    ? answers.projects
        .map((p) => `- ${p.name}：${sumMoney([moneyFromNumber(p.fiscal), moneyFromNumber(p.other)])} 万元`)
        .join('\n')
    : '（无）';
  const user = renderPrompt('unit-table', {
    unit_name: answers.unit.name,
    year: answers.unit.year,
    unit_duties: orNone(answers.unit.duties),
    staff: answers.unit.staff ?? '（未填写）',
    tasks,
    projects,
    output_format: outputFormat(service, schema),
  });
  return [systemMessage(answers.unit.framework), { role: 'user', content: user }];
}

export function findingsRepairMessage(findings: Finding[]): ChatMessage {
  const lines = findings.slice(0, 20).map((f) => {
    const where = [
      f.location.indicator && `指标“${f.location.indicator}”`,
      f.location.field && `字段 ${f.location.field}`,
    ]
      .filter(Boolean)
      .join('，');
    return `- ${f.message}${where ? `（${where}）` : ''}${f.suggestion ? ` 建议：${f.suggestion}` : ''}`;
  });
  return { role: 'user', content: renderPrompt('repair-findings', { findings: lines.join('\n') }) };
}

/** A table as plain text for prompts: heading facts, goals, then numbered indicators. */
export function describeTable(table: ProjectTable | DepartmentTable): string {
  const head =
    table.kind === 'project'
      ? [
          `项目：${table.projectName}`,
          `预算数：${money(table.budget.total)} 万元`,
          `资金用途：${orNone(table.purpose)}`,
          `绩效目标：${orNone(table.goals)}`,
        ]
      : [`单位：${table.unitName}`, `年度总体目标：${orNone(table.goals)}`];
  const rows = table.indicators.map((ind, i) => `${i + 1}. ${describeIndicator(ind)}`);
  return [...head, '指标：', ...(rows.length ? rows : ['（无）'])].join('\n');
}

export function describeIndicator(ind: Indicator): string {
  const extra = [ind.description && `描述：${ind.description}`, ind.basis && `依据：${ind.basis}`]
    .filter(Boolean)
    .join('；');
  return `${ind.level1} / ${ind.level2} / ${ind.name}：${ind.value.text || '（空）'}${extra ? `（${extra}）` : ''}`;
}

function money(value: Money | null | undefined): string {
  return value ? fromYuan(toYuan(value)) : '0.00';
}

function orNone(text: string | undefined | null): string {
  return text?.trim() ? text.trim() : '（未填写）';
}
