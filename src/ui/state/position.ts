import type { DraftAnswers, InterviewStep } from '../../store/drafts.js';
import { PROJECT_FIELDS, TASK_FIELDS, UNIT_FIELDS } from './questions.js';

/**
 * Where the interview stands, in words for the title: "单位信息 · 第 2/5 题",
 * "项目 2/4 · 第 3/7 题". A task or project being added (past the end of the list) counts as one more.
 */
export function stepPosition(answers: DraftAnswers, step: InterviewStep): string {
  switch (step.section) {
    case 'unit':
      return `单位信息 · 第 ${UNIT_FIELDS.indexOf(step.field) + 1}/${UNIT_FIELDS.length} 题`;
    case 'task': {
      const count = Math.max(answers.tasks.length, step.index + 1);
      const adding = step.index >= answers.tasks.length;
      return `${adding ? `新增任务（已有 ${answers.tasks.length} 项）` : `任务 ${step.index + 1}/${count}`} · 第 ${TASK_FIELDS.indexOf(step.field) + 1}/${TASK_FIELDS.length} 题`;
    }
    case 'project': {
      const count = Math.max(answers.projects.length, step.index + 1);
      const adding = step.index >= answers.projects.length;
      return `${adding ? `新增项目（已有 ${answers.projects.length} 个）` : `项目 ${step.index + 1}/${count}`} · 第 ${PROJECT_FIELDS.indexOf(step.field) + 1}/${PROJECT_FIELDS.length} 题`;
    }
    case 'summary':
      return '核对答案';
  }
}
