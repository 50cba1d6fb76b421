import type { Answers } from '../../domain/answers.js';
import { makeDocument, makeProject } from '../../domain/build.js';
import type { ProjectCategory } from '../../domain/document.js';
import { CATEGORY_LABELS, classifyProject } from '../../domain/categories.js';
import { multiplicationNotes } from '../../draft/offline/standards.js';
import { reportMessage } from '../../rules/messages.js';
import { purposeBreakdown } from '../../rules/sum/purpose-breakdown.js';
import { moneyFromNumber, parseMoneyInput, sumMoney, toYuan } from '../../value/money.js';
import type { DraftAnswers, InterviewStep } from '../../store/drafts.js';

/**
 * The interview, one question at a time: what is asked at each step, its hint and example, how the
 * typed text is read (forgivingly: 全角 digits, "80万", "2025年") and where the answer goes. Pure.
 */

export interface Choice {
  value: string;
  label: string;
}

export interface Question {
  /** Section heading, e.g. "年度主要任务 · 第 2 项". */
  section: string;
  title: string;
  hint: string;
  example: string;
  kind: 'text' | 'multiline' | 'choice';
  choices?: Choice[];
  /** Whether Enter on an empty field is allowed (optional answer, or the end of a list). */
  optional: boolean;
  /** The answer given so far, as text to edit. */
  current: string;
}

export type AnswerResult =
  { ok: true; answers: DraftAnswers; next: InterviewStep; notice?: string } | { ok: false; error: string };

export const FRAMEWORK_CHOICES: Choice[] = [
  { value: 'local', label: '地方通行体系（成本指标是“产出指标”下的二级指标）' },
  { value: 'central-2021', label: '财预〔2021〕101号体系（成本指标是一级指标）' },
];

type TaskField = Extract<InterviewStep, { section: 'task' }>['field'];
type ProjectField = Extract<InterviewStep, { section: 'project' }>['field'];
export const UNIT_FIELDS = ['name', 'year', 'framework', 'duties', 'staff'] as const;
export const TASK_FIELDS: TaskField[] = ['name', 'content', 'fiscal', 'other'];
export const PROJECT_FIELDS: ProjectField[] = ['name', 'code', 'fiscal', 'other', 'purpose', 'plan', 'goals'];

export const FIRST_STEP: InterviewStep = { section: 'unit', field: 'name' };

/** NFKC turns 全角 digits and punctuation into ASCII; spaces are dropped. */
function normalize(text: string): string {
  return text.normalize('NFKC').trim();
}

function moneyText(n: number | undefined): string {
  return n === undefined ? '' : moneyFromNumber(n);
}

/** An amount in 万元, or an error that says what to type. Blank is `undefined`. */
export function readAmount(
  text: string,
  label: string,
): { ok: true; value: number | undefined } | { ok: false; error: string } {
  const parsed = parseMoneyInput(text);
  if (!parsed.ok) return { ok: false, error: `${label}：${parsed.error}` };
  return { ok: true, value: parsed.money === null ? undefined : Number(parsed.money) };
}

export function readYear(text: string): { ok: true; value: number } | { ok: false; error: string } {
  const s = normalize(text)
    .replace(/\s/g, '')
    .replace(/年度?$/, '');
  if (!/^\d{4}$/.test(s)) return { ok: false, error: `“${text.trim()}”不是年份。请填四位年份，例如 2025。` };
  const year = Number(s);
  if (year < 2000 || year > 2100) return { ok: false, error: `年份 ${year} 不在 2000–2100 之间，请检查。` };
  return { ok: true, value: year };
}

export function readStaff(
  text: string,
): { ok: true; value: number | undefined } | { ok: false; error: string } {
  const s = normalize(text)
    .replace(/\s/g, '')
    .replace(/(名|人|个)$/, '');
  if (s === '') return { ok: true, value: undefined };
  if (!/^\d+$/.test(s))
    return { ok: false, error: `“${text.trim()}”不是人数。请只填整数，例如 45；不清楚可以留空。` };
  return { ok: true, value: Number(s) };
}

/** 资金支出计划: four cumulative percentages (3/6/10/12 月底), e.g. "20 50 80 100" or "20%/50%/80%/100%". */
export function readPlan(
  text: string,
): { ok: true; value: number[] | undefined } | { ok: false; error: string } {
  // "3月底20%" names the month: drop the month labels before reading the percentages.
  const s = normalize(text).replace(/(3|6|10|12)\s*月(底|末)?\s*[:：]?/g, ' ');
  if (s.trim() === '') return { ok: true, value: undefined };
  const numbers = (s.match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
  if (numbers.length !== 4 || /[^\d.%\s,、/;|-]/.test(s)) {
    return {
      ok: false,
      error: `请按 3月底、6月底、10月底、12月底 的顺序填四个累计百分比，用空格隔开，例如 20 50 80 100（现在读到 ${numbers.length} 个数）。`,
    };
  }
  const over = numbers.find((n) => n > 100);
  if (over !== undefined) return { ok: false, error: `累计支出比例不能超过 100%，现在有 ${over}%。` };
  for (let i = 1; i < 4; i++) {
    if (numbers[i] < numbers[i - 1]) {
      return {
        ok: false,
        error: `累计支出比例应逐月不减少：${['3月底', '6月底', '10月底', '12月底'][i]} 的 ${numbers[i]}% 小于前一个的 ${numbers[i - 1]}%。`,
      };
    }
  }
  if (numbers[3] !== 100) return { ok: false, error: `12月底应累计支出 100%，现在是 ${numbers[3]}%。` };
  return { ok: true, value: numbers };
}

/** "任务合计 681.20 万元" for the tasks answered so far. */
export function taskTotal(answers: DraftAnswers): string {
  const total = sumMoney(
    answers.tasks.flatMap((t) =>
      [t.fiscal, t.other].map((n) => (n === undefined ? null : moneyFromNumber(n))),
    ),
  );
  return `任务合计 ${total} 万元（${answers.tasks.length} 项）`;
}

export function projectTotal(answers: DraftAnswers): string {
  const total = sumMoney(
    answers.projects.flatMap((p) =>
      [p.fiscal, p.other].map((n) => (n === undefined ? null : moneyFromNumber(n))),
    ),
  );
  return `项目合计 ${total} 万元（${answers.projects.length} 个）`;
}

export function questionAt(answers: DraftAnswers, step: InterviewStep): Question {
  switch (step.section) {
    case 'unit':
      return unitQuestion(answers, step.field);
    case 'task':
      return taskQuestion(answers, step.index, step.field);
    case 'project':
      return projectQuestion(answers, step.index, step.field);
    case 'summary':
      return {
        section: '核对',
        title: '核对答案',
        hint: '',
        example: '',
        kind: 'choice',
        optional: true,
        current: '',
      };
  }
}

function unitQuestion(answers: DraftAnswers, field: (typeof UNIT_FIELDS)[number]): Question {
  const u = answers.unit;
  const base = { section: '单位信息', optional: false, kind: 'text' as const };
  switch (field) {
    case 'name':
      return {
        ...base,
        title: '单位名称',
        hint: '填写预算单位的全称，与部门预算上的名称一致。',
        example: '某某市某区某街道办事处',
        current: u.name ?? '',
      };
    case 'year':
      return {
        ...base,
        title: '预算年度',
        hint: '绩效目标对应的预算年度（四位数字）。',
        example: '2025',
        current: u.year ? String(u.year) : '',
      };
    case 'framework':
      return {
        ...base,
        kind: 'choice',
        title: '指标体系',
        hint: '不确定就选第一项：本地财政局的表格大多如此。',
        example: '',
        choices: FRAMEWORK_CHOICES,
        current: u.framework ?? '',
      };
    case 'duties':
      return {
        ...base,
        kind: 'multiline',
        optional: true,
        title: '单位主要职能',
        hint: '可直接粘贴“三定”方案或部门预算说明中的职能段落（多行）。可以留空。',
        example: '1.负责辖区社会治安综合治理；2.组织开展社区建设……',
        current: u.duties ?? '',
      };
    case 'staff':
      return {
        ...base,
        optional: true,
        title: '编制或在职人数',
        hint: '用于人均成本等指标；不清楚可以留空。',
        example: '45',
        current: u.staff === undefined ? '' : String(u.staff),
      };
  }
}

function taskQuestion(answers: DraftAnswers, index: number, field: TaskField): Question {
  const t = answers.tasks[index];
  const section = `年度主要任务 · 第 ${index + 1} 项`;
  switch (field) {
    case 'name':
      return {
        section,
        kind: 'text',
        optional: true,
        title: '任务名称',
        hint:
          index === 0
            ? '部门整体表中的“年度主要任务”，一项一项填；没有就直接回车。'
            : '再填一项任务；已填完请直接回车（留空）进入项目。',
        example: '履职保障（人员经费和公用经费）',
        current: t?.name ?? '',
      };
    case 'content':
      return {
        section,
        kind: 'multiline',
        optional: true,
        title: '主要内容',
        hint: `“${t?.name ?? ''}”具体做什么。可以留空。`,
        example: '保障机关正常运转，按时足额发放人员工资',
        current: t?.content ?? '',
      };
    case 'fiscal':
      return {
        section,
        kind: 'text',
        optional: false,
        title: '财政拨款（万元）',
        hint: '只填数字，单位万元；没有填 0。',
        example: '512.40',
        current: moneyText(t?.fiscal),
      };
    case 'other':
      return {
        section,
        kind: 'text',
        optional: true,
        title: '其他资金（万元）',
        hint: '没有就直接回车。',
        example: '0',
        current: moneyText(t?.other),
      };
  }
}

/** The kind a project will be drafted as: the one chosen, else judged as the drafter does (name, then purpose and goals). */
export function projectKindOf(p: {
  name: string;
  purpose?: string;
  goals?: string;
  category?: ProjectCategory;
}): ProjectCategory {
  return p.category ?? classifyProject({ name: p.name, purpose: p.purpose, goals: p.goals });
}

/**
 * The kind shown on a project's questions: on its name question, of the name being typed (a kind
 * chosen earlier stays, as the answer keeps it); null before there is a name.
 */
export function projectKindShown(
  answers: DraftAnswers,
  step: InterviewStep,
  typed: string,
): { label: string; chosen: boolean } | null {
  if (step.section !== 'project') return null;
  const p = answers.projects[step.index];
  const name = step.field === 'name' ? typed.trim() : (p?.name ?? '');
  if (!name) return null;
  return { label: CATEGORY_LABELS[projectKindOf({ ...p, name })], chosen: Boolean(p?.category) };
}

function projectQuestion(answers: DraftAnswers, index: number, field: ProjectField): Question {
  const p = answers.projects[index];
  // The kind the drafter will file the project under (from the head of its name, or chosen with Ctrl+K).
  const kind = p?.name ? CATEGORY_LABELS[projectKindOf(p)] : '';
  const section = `项目 · 第 ${index + 1} 个${p?.name ? `：${p.name} · 类别：${kind}` : ''}`;
  switch (field) {
    case 'name':
      return {
        section: `项目 · 第 ${index + 1} 个`,
        kind: 'text',
        optional: true,
        title: '项目名称',
        hint:
          index === 0
            ? '每个项目一张项目支出绩效目标表；没有项目就直接回车。'
            : '再填一个项目；已填完请直接回车（留空）去核对。',
        example: '老旧小区改造提升工程',
        current: p?.name ?? '',
      };
    case 'code':
      return {
        section,
        kind: 'text',
        optional: true,
        title: '项目编码',
        hint: '预算系统中的项目编码；还没有可以留空。',
        example: '2025XX0001',
        current: p?.code ?? '',
      };
    case 'fiscal':
      return {
        section,
        kind: 'text',
        optional: false,
        title: '财政资金（万元）',
        hint: '只填数字，单位万元。',
        example: '80',
        current: moneyText(p?.fiscal),
      };
    case 'other':
      return {
        section,
        kind: 'text',
        optional: true,
        title: '其他资金（万元）',
        hint: '没有就直接回车。',
        example: '0',
        current: moneyText(p?.other),
      };
    case 'purpose':
      return {
        section,
        kind: 'multiline',
        optional: true,
        title: '资金用途',
        hint: '逐项写明金额，起草时据此生成成本指标；分项合计应等于预算数。',
        example: '主要用于：1.外墙保温改造45万元；2.雨污管网更换30万元；3.工程监理费5万元。',
        current: p?.purpose ?? '',
      };
    case 'plan':
      return {
        section,
        kind: 'text',
        optional: true,
        title: '资金支出计划（累计 %）',
        hint: '3月底、6月底、10月底、12月底 四个累计百分比，空格隔开；可以留空。',
        example: '20 50 80 100',
        current: p?.plan ? p.plan.join(' ') : '',
      };
    case 'goals':
      return {
        section,
        kind: 'multiline',
        optional: true,
        title: '绩效目标（可选）',
        hint: '写上数量（户、人、个、公里……），起草时据此定指标值；可以留空。',
        example: '完成3个老旧小区外墙保温及管网改造，惠及居民420户',
        current: p?.goals ?? '',
      };
  }
}

export function nextStep(answers: DraftAnswers, step: InterviewStep): InterviewStep {
  switch (step.section) {
    case 'unit': {
      const i = UNIT_FIELDS.indexOf(step.field);
      return i < UNIT_FIELDS.length - 1
        ? { section: 'unit', field: UNIT_FIELDS[i + 1] }
        : { section: 'task', index: 0, field: 'name' };
    }
    case 'task': {
      if (step.index >= answers.tasks.length) return { section: 'project', index: 0, field: 'name' };
      const i = TASK_FIELDS.indexOf(step.field);
      return i < TASK_FIELDS.length - 1
        ? { ...step, field: TASK_FIELDS[i + 1] }
        : { section: 'task', index: step.index + 1, field: 'name' };
    }
    case 'project': {
      if (step.index >= answers.projects.length) return { section: 'summary' };
      const i = PROJECT_FIELDS.indexOf(step.field);
      return i < PROJECT_FIELDS.length - 1
        ? { ...step, field: PROJECT_FIELDS[i + 1] }
        : { section: 'project', index: step.index + 1, field: 'name' };
    }
    case 'summary':
      return step;
  }
}

/** The question before this one (Esc), or null at the very first. */
export function previousStep(answers: DraftAnswers, step: InterviewStep): InterviewStep | null {
  switch (step.section) {
    case 'unit': {
      const i = UNIT_FIELDS.indexOf(step.field);
      return i > 0 ? { section: 'unit', field: UNIT_FIELDS[i - 1] } : null;
    }
    case 'task': {
      const i = TASK_FIELDS.indexOf(step.field);
      if (i > 0) return { ...step, field: TASK_FIELDS[i - 1] };
      return step.index > 0
        ? { section: 'task', index: step.index - 1, field: 'other' }
        : { section: 'unit', field: 'staff' };
    }
    case 'project': {
      const i = PROJECT_FIELDS.indexOf(step.field);
      if (i > 0) return { ...step, field: PROJECT_FIELDS[i - 1] };
      return step.index > 0
        ? { section: 'project', index: step.index - 1, field: 'goals' }
        : { section: 'task', index: answers.tasks.length, field: 'name' };
    }
    case 'summary':
      return { section: 'project', index: answers.projects.length, field: 'name' };
  }
}

/** Reads the text typed for `step`, stores it and says which question comes next. */
export function answer(answers: DraftAnswers, step: InterviewStep, text: string): AnswerResult {
  const trimmed = text.trim();
  switch (step.section) {
    case 'unit':
      return answerUnit(answers, step, trimmed);
    case 'task':
      return answerTask(answers, step, trimmed);
    case 'project':
      return answerProject(answers, step, trimmed);
    case 'summary':
      return { ok: true, answers, next: step };
  }
}

function done(answers: DraftAnswers, step: InterviewStep, notice?: string): AnswerResult {
  return { ok: true, answers, next: nextStep(answers, step), ...(notice ? { notice } : {}) };
}

function answerUnit(
  answers: DraftAnswers,
  step: Extract<InterviewStep, { section: 'unit' }>,
  text: string,
): AnswerResult {
  const unit = { ...answers.unit };
  switch (step.field) {
    case 'name':
      if (!text) return { ok: false, error: '请填写单位名称，例如 某某街道办事处。' };
      unit.name = text;
      break;
    case 'year': {
      const year = readYear(text);
      if (!year.ok) return year;
      unit.year = year.value;
      break;
    }
    case 'framework':
      if (text !== 'local' && text !== 'central-2021') return { ok: false, error: '请选择一种指标体系。' };
      unit.framework = text;
      break;
    case 'duties':
      unit.duties = text;
      break;
    case 'staff': {
      const staff = readStaff(text);
      if (!staff.ok) return staff;
      if (staff.value === undefined) delete unit.staff;
      else unit.staff = staff.value;
      break;
    }
  }
  return done({ ...answers, unit }, step);
}

function answerTask(
  answers: DraftAnswers,
  step: Extract<InterviewStep, { section: 'task' }>,
  text: string,
): AnswerResult {
  const tasks = [...answers.tasks];
  const i = step.index;
  if (step.field === 'name') {
    if (!text) {
      if (i >= tasks.length)
        return { ok: true, answers, next: { section: 'project', index: 0, field: 'name' } };
      const removed = tasks.splice(i, 1)[0];
      const next: InterviewStep =
        i < tasks.length
          ? { section: 'task', index: i, field: 'name' }
          : { section: 'project', index: 0, field: 'name' };
      return {
        ok: true,
        answers: { ...answers, tasks },
        next,
        notice: `已删除任务“${removed.name}”（Ctrl+Z 可恢复）。`,
      };
    }
    tasks[i] = { ...(tasks[i] ?? {}), name: text };
    return done({ ...answers, tasks }, step);
  }
  const task = { ...tasks[i] };
  if (step.field === 'content') task.content = text;
  else {
    const label = step.field === 'fiscal' ? '财政拨款' : '其他资金';
    if (step.field === 'fiscal' && !text)
      return { ok: false, error: '请填写财政拨款（万元）；没有财政拨款请填 0。' };
    const amount = readAmount(text, label);
    if (!amount.ok) return amount;
    if (amount.value === undefined) delete task[step.field];
    else task[step.field] = amount.value;
  }
  tasks[i] = task;
  const next = { ...answers, tasks };
  return done(next, step, step.field === 'other' ? taskTotal(next) : undefined);
}

function answerProject(
  answers: DraftAnswers,
  step: Extract<InterviewStep, { section: 'project' }>,
  text: string,
): AnswerResult {
  const projects = [...answers.projects];
  const i = step.index;
  if (step.field === 'name') {
    if (!text) {
      if (i >= projects.length) return { ok: true, answers, next: { section: 'summary' } };
      const removed = projects.splice(i, 1)[0];
      const next: InterviewStep =
        i < projects.length ? { section: 'project', index: i, field: 'name' } : { section: 'summary' };
      return {
        ok: true,
        answers: { ...answers, projects },
        next,
        notice: `已删除项目“${removed.name}”（Ctrl+Z 可恢复）。`,
      };
    }
    projects[i] = { ...(projects[i] ?? {}), name: text };
    return done({ ...answers, projects }, step);
  }
  const project = { ...projects[i] };
  switch (step.field) {
    case 'code':
      project.code = text;
      break;
    case 'fiscal':
    case 'other': {
      const label = step.field === 'fiscal' ? '财政资金' : '其他资金';
      if (step.field === 'fiscal' && !text) return { ok: false, error: '请填写财政资金（万元），例如 80。' };
      const amount = readAmount(text, label);
      if (!amount.ok) return amount;
      if (amount.value === undefined) delete project[step.field];
      else project[step.field] = amount.value;
      break;
    }
    case 'purpose':
      project.purpose = text;
      break;
    case 'plan': {
      const plan = readPlan(text);
      if (!plan.ok) return plan;
      if (plan.value === undefined) delete project.plan;
      else project.plan = plan.value;
      break;
    }
    case 'goals':
      project.goals = text;
      break;
  }
  projects[i] = project;
  const next = { ...answers, projects };
  return done(next, step, step.field === 'other' ? projectTotal(next) : undefined);
}

/** What is still missing before drafting can start (Chinese), empty when ready. */
export function missingAnswers(answers: DraftAnswers): Array<{ message: string; step: InterviewStep }> {
  const missing: Array<{ message: string; step: InterviewStep }> = [];
  if (!answers.unit.name)
    missing.push({ message: '还没有填单位名称', step: { section: 'unit', field: 'name' } });
  if (!answers.unit.year)
    missing.push({ message: '还没有填预算年度', step: { section: 'unit', field: 'year' } });
  answers.tasks.forEach((t, index) => {
    if (t.fiscal === undefined)
      missing.push({
        message: `任务“${t.name}”还没有填财政拨款`,
        step: { section: 'task', index, field: 'fiscal' },
      });
  });
  answers.projects.forEach((p, index) => {
    if (p.fiscal === undefined)
      missing.push({
        message: `项目“${p.name}”还没有填财政资金`,
        step: { section: 'project', index, field: 'fiscal' },
      });
  });
  return missing;
}

/** The answers as the drafter takes them (call only when missingAnswers is empty). */
export function toAnswers(answers: DraftAnswers, defaultFramework: Answers['unit']['framework']): Answers {
  const u = answers.unit;
  return {
    unit: {
      name: u.name ?? '',
      year: u.year ?? new Date().getFullYear(),
      framework: u.framework ?? defaultFramework,
      duties: u.duties ?? '',
      ...(u.staff === undefined ? {} : { staff: u.staff }),
    },
    tasks: answers.tasks.map((t) => ({
      name: t.name,
      content: t.content ?? '',
      fiscal: t.fiscal ?? 0,
      other: t.other ?? 0,
    })),
    projects: answers.projects.map((p) => ({
      name: p.name,
      code: p.code ?? '',
      fiscal: p.fiscal ?? 0,
      other: p.other ?? 0,
      purpose: p.purpose ?? '',
      goals: p.goals ?? '',
      ...(p.plan ? { plan: p.plan } : {}),
      ...(p.category ? { category: p.category } : {}),
    })),
  };
}

/** Answers read from a file (the worked example, `draft --answers`) as interview answers. */
export function fromAnswers(input: Answers): DraftAnswers {
  return {
    unit: { ...input.unit, staff: input.unit.staff ?? undefined },
    tasks: input.tasks.map((t) => ({ ...t })),
    projects: input.projects.map((p) => ({ ...p })),
  };
}

/**
 * While 资金用途 is typed: when its itemised amounts do not add up to the project's budget, the
 * checker's own message (the same rule the review applies), so the mismatch is fixed at the source.
 */
export function purposeCheck(answers: DraftAnswers, step: InterviewStep, text: string): string | null {
  if (step.section !== 'project' || step.field !== 'purpose') return null;
  const p = answers.projects[step.index];
  if (!p || p.fiscal === undefined || !text.trim()) return null;
  const fiscal = moneyFromNumber(p.fiscal);
  const other = p.other === undefined ? null : moneyFromNumber(p.other);
  const table = makeProject({
    projectName: p.name,
    budget: { total: sumMoney([fiscal, other]), fiscal, other },
    purpose: text,
  });
  const document = makeDocument({
    unit: { name: answers.unit.name ?? '', year: answers.unit.year ?? null, framework: 'local' },
    tables: [table],
  });
  const [report] = purposeBreakdown.check({ document, framework: 'local' });
  if (report) return reportMessage(purposeBreakdown, report);
  // Standards and counts that do not multiply to the budget (13000名 × 4元/生·天 × 200天).
  const budget = table.budget.total;
  return multiplicationNotes(text, budget ? toYuan(budget) : 0)[0] ?? null;
}
