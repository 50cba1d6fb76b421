import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { Framework, ProjectCategory } from '../domain/document.js';
import { FRAMEWORK_LEVELS } from '../domain/framework.js';
import { Op } from '../domain/value.js';
import { JixiaoError } from '../errors.js';

/**
 * The indicator library: data in library/*.json (one file per project category, department.json for
 * the whole-unit table, levels.json for where each dimension sits in each framework). This module is
 * its zod schema and a cached loader. Templates use {{placeholders}}; the names each value source
 * allows are checked here, so a typo in a library file fails at load time (and in the tests).
 */

/** What an indicator measures; levels.json maps it to 一级/二级 names per framework. */
export const Dimension = z.enum([
  'quantity',
  'quality',
  'timeliness',
  'cost',
  'economic-benefit',
  'social-benefit',
  'ecological-benefit',
  'sustainable',
  'satisfaction',
]);
export type Dimension = z.infer<typeof Dimension>;

export const BENEFIT_DIMENSIONS: Dimension[] = [
  'economic-benefit',
  'social-benefit',
  'ecological-benefit',
  'sustainable',
];

/** The kind a dimension belongs to for `fallback` (the four 效益 dimensions are one kind). */
export function dimensionGroup(dimension: Dimension): string {
  return BENEFIT_DIMENSIONS.includes(dimension) ? 'benefit' : dimension;
}

export const Basis = z.enum(['计划标准', '行业标准', '历史标准', '其他标准']);
export type Basis = z.infer<typeof Basis>;

const Words = z.array(z.string().min(1));

/** Where a template's 指标值 comes from. */
export const ValueSource = z.discriminatedUnion('from', [
  /** A norm (=100%, ≥90%). When the purpose/goals name one of `words` with a number in `unit`, that number wins. */
  z.strictObject({
    from: z.literal('standard'),
    op: Op,
    number: z.number(),
    unit: z.string(),
    words: Words.default([]),
  }),
  /** A count found in the purpose/goals ("共240人"); `words` rank the candidates; `staff` falls back to unit.staff. */
  z.strictObject({
    from: z.literal('count'),
    units: Words.min(1),
    words: Words.default([]),
    wordsRequired: z.boolean().default(false),
    op: Op.default('≥'),
    staff: z.boolean().default(false),
  }),
  /** The project's total budget as a ceiling; skipped when 资金用途 itemises amounts (those become costs). */
  z.strictObject({ from: z.literal('budget'), op: Op.default('≤'), withItems: z.boolean().default(false) }),
  /** One cost ceiling per amount itemised in 资金用途 ("外墙保温改造45万元" → ≤45万元). */
  z.strictObject({ from: z.literal('items'), max: z.number().int().positive().default(5) }),
  /** The budget divided by a count of the text (or unit.staff): 元/人, 万元/公里… */
  z.strictObject({
    from: z.literal('unit-cost'),
    units: Words.min(1),
    words: Words.default([]),
    staff: z.boolean().default(false),
  }),
  /** The month the spending plan reaches 100% (12 when there is no plan): ≤10月底. */
  z.strictObject({ from: z.literal('deadline') }),
  /** Always asks the reviewer. */
  z.strictObject({ from: z.literal('placeholder'), op: Op, unit: z.string() }),
  /** Whole-unit table: unit.staff. */
  z.strictObject({ from: z.literal('staff'), op: Op.default('=') }),
  /** Whole-unit table: the number of main tasks. */
  z.strictObject({ from: z.literal('task-count') }),
  /** Whole-unit table: one ceiling per main task (its 总额). */
  z.strictObject({ from: z.literal('tasks'), max: z.number().int().positive().default(6) }),
  /** Whole-unit table: the first quantified indicator of each project in these dimensions. */
  z.strictObject({
    from: z.literal('projects'),
    dimensions: z.array(Dimension).min(1),
    max: z.number().int().positive().default(5),
  }),
]);
export type ValueSource = z.infer<typeof ValueSource>;
export type ValueSourceKind = ValueSource['from'];

const COMMON_VARS = ['project', 'year', 'unitName', 'n', 'unit', 'value'];
/** The {{names}} a template may use, by value source. */
export const TEMPLATE_VARS: Record<ValueSourceKind, string[]> = {
  /** `use`: what 资金用途 says the purchase is for ("用于日常巡查执法"); a template naming it needs one. */
  standard: [...COMMON_VARS, 'use'],
  count: [...COMMON_VARS, 'countName'],
  budget: COMMON_VARS,
  items: [...COMMON_VARS, 'item', 'itemCost'],
  'unit-cost': [...COMMON_VARS, 'count', 'countUnit', 'budget'],
  deadline: [...COMMON_VARS, 'month'],
  placeholder: COMMON_VARS,
  staff: COMMON_VARS,
  'task-count': [...COMMON_VARS, 'taskNames'],
  tasks: [...COMMON_VARS, 'task'],
  projects: COMMON_VARS,
};
const PROJECT_SOURCES: ValueSourceKind[] = [
  'standard',
  'count',
  'budget',
  'items',
  'unit-cost',
  'deadline',
  'placeholder',
];
const DEPARTMENT_SOURCES: ValueSourceKind[] = [
  'standard',
  'staff',
  'task-count',
  'tasks',
  'projects',
  'placeholder',
];
export const GOAL_VARS = ['project', 'year', 'unitName', 'category'];
const DEPARTMENT_GOAL_VARS = ['index', 'task', 'content', 'unitName', 'year'];

export const IndicatorTemplate = z.strictObject({
  dimension: Dimension,
  /** 三级指标 (ignored for `projects`, which copies the project's). */
  name: z.string().min(1),
  /** 绩效指标描述; repeats the value's number ({{n}}{{unit}}). */
  description: z.string(),
  basis: Basis,
  value: ValueSource,
  /** Used only when the project's name, 资金用途 or goals contain one of these words. */
  when: Words.optional(),
  /** Not used when they contain one of these. */
  unless: Words.optional(),
  /**
   * When the number is unknown: `placeholder`, a marked placeholder for the reviewer; `fallback`, a
   * placeholder only when nothing else of its kind (数量, 质量, 时效, 成本, 效益, 满意度) was drafted;
   * `skip`, leave the indicator out.
   */
  ifUnknown: z.enum(['placeholder', 'fallback', 'skip']).default('placeholder'),
  /** Unit of the placeholder value (default: the first unit the source names). */
  placeholderUnit: z.string().optional(),
  /** Use the sentence of 资金用途/goals the count was found in as the description (generic templates). */
  describeFromText: z.boolean().default(false),
  /** Why this indicator fits (shown on request in review). */
  rationale: z.string().optional(),
});
export type IndicatorTemplate = z.infer<typeof IndicatorTemplate>;

export const CategoryLibrary = z.strictObject({
  category: ProjectCategory,
  label: z.string().min(1),
  /** 绩效目标 written when the answer has none; no numbers (they would have to agree with the indicators). */
  goals: z.string().min(1),
  indicators: z.array(IndicatorTemplate).min(3),
});
export type CategoryLibrary = z.infer<typeof CategoryLibrary>;

export const DepartmentLibrary = z.strictObject({
  kind: z.literal('department'),
  label: z.string().min(1),
  /** One line of 年度总体目标 per main task. */
  goalLine: z.string().min(1),
  /** 年度总体目标 when there are no tasks. */
  goalsFallback: z.string().min(1),
  indicators: z.array(IndicatorTemplate).min(3),
});
export type DepartmentLibrary = z.infer<typeof DepartmentLibrary>;

/** Where each dimension sits in each framework: [一级, 二级]. */
export const LevelsFile = z.record(Framework, z.record(Dimension, z.tuple([z.string(), z.string()])));
export type Levels = Record<Framework, Record<Dimension, [string, string]>>;

export interface Library {
  dir: string;
  levels: Levels;
  categories: Record<ProjectCategory, CategoryLibrary>;
  department: DepartmentLibrary;
}

/** A library file that is missing or broken: a Chinese message naming the file and the field. */
export class LibraryError extends JixiaoError {}

const PLACEHOLDER_RE = /\{\{\s*([^}\s]+)\s*\}\}/g;

/** The {{names}} used in a template string. */
export function templateVars(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER_RE)].map((m) => m[1]);
}

/**
 * A library text names alternatives for kinds that share it: "培训（会议）", "垃圾（粪污）", "咨询（服务）".
 * The project's own words choose: the bracketed word when the project names it and not the first,
 * else the first. Only words written in the template are chosen between, never a filled-in value.
 */
function chooseAlternatives(template: string, project: string): string {
  return template.replace(
    /([\u4e00-\u9fa5]{1,4})（([\u4e00-\u9fa5]{1,4})）/g,
    (_whole, before: string, other: string) => {
      // The alternative is as long as the bracketed word; what precedes it stays ("购置的设备（车辆）").
      const head = before.slice(0, Math.max(0, before.length - other.length));
      const first = before.slice(head.length);
      const word = (w: string) => w.slice(-2);
      return head + (project.includes(word(other)) && !project.includes(word(first)) ? other : first);
    },
  );
}

/** Fills {{names}}; throws on a name without a value (the loader has checked the names already). */
export function fillTemplate(template: string, vars: Record<string, string | number>): string {
  const text = typeof vars.project === 'string' ? chooseAlternatives(template, vars.project) : template;
  return text.replace(PLACEHOLDER_RE, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new LibraryError(`指标库模板缺少变量 {{${name}}}：${template}`);
    return String(value);
  });
}

function checkTemplateVars(
  templates: IndicatorTemplate[],
  allowedSources: ValueSourceKind[],
  file: string,
): void {
  templates.forEach((t, i) => {
    const where = `${file} indicators[${i}]（${t.name}）`;
    if (!allowedSources.includes(t.value.from))
      throw new LibraryError(`指标库 ${where}：此处不能用取值方式 ${t.value.from}`);
    const allowed = TEMPLATE_VARS[t.value.from];
    for (const field of ['name', 'description'] as const) {
      const unknown = templateVars(t[field]).filter((v) => !allowed.includes(v));
      if (unknown.length)
        throw new LibraryError(
          `指标库 ${where}：${field} 用了不认识的变量 ${unknown.map((v) => `{{${v}}}`).join('、')}`,
        );
    }
  });
}

function readJson<T>(dir: string, file: string, schema: z.ZodType<T>): T {
  const path = join(dir, file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? '文件不存在'
        : `无法读取：${(error as Error).message}`;
    throw new LibraryError(`内置指标库文件 ${path} ${reason}。请重新安装 jixiao。`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new LibraryError(
      `内置指标库文件 ${path} 格式有误：${issue.path.join('.') || '（根）'}：${issue.message}`,
    );
  }
  return parsed.data;
}

function checkLevels(levels: Levels): void {
  for (const framework of Framework.options) {
    for (const dimension of Dimension.options) {
      const pair = levels[framework]?.[dimension];
      if (!pair) throw new LibraryError(`指标库 levels.json：${framework} 缺少 ${dimension}`);
      const [level1, level2] = pair;
      if (!FRAMEWORK_LEVELS[framework][level1]?.includes(level2)) {
        throw new LibraryError(`指标库 levels.json：${framework} 中没有 ${level1}/${level2}`);
      }
    }
  }
}

/** library/ beside the package root, found by walking up from this module (src/draft/ under tsx, dist/ when bundled). */
export function findLibraryDir(start: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'library');
    if (existsSync(join(candidate, 'levels.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new LibraryError(`找不到内置指标库（library 文件夹，从 ${start} 向上查找）。请重新安装 jixiao。`);
}

const cache = new Map<string, Library>();

/** Reads and validates every library file once per folder; later calls return the cached library. */
export function loadLibrary(options: { dir?: string } = {}): Library {
  const dir = options.dir ?? findLibraryDir();
  const cached = cache.get(dir);
  if (cached) return cached;
  const levels = readJson(dir, 'levels.json', LevelsFile) as Levels;
  checkLevels(levels);
  const categories = {} as Record<ProjectCategory, CategoryLibrary>;
  for (const category of ProjectCategory.options) {
    const file = `${category}.json`;
    const lib = readJson(dir, file, CategoryLibrary);
    if (lib.category !== category)
      throw new LibraryError(`指标库 ${file}：category 应为 ${category}，实为 ${lib.category}`);
    checkTemplateVars(lib.indicators, PROJECT_SOURCES, file);
    const unknown = templateVars(lib.goals).filter((v) => !GOAL_VARS.includes(v));
    if (unknown.length) throw new LibraryError(`指标库 ${file}：goals 用了不认识的变量 {{${unknown[0]}}}`);
    categories[category] = lib;
  }
  const department = readJson(dir, 'department.json', DepartmentLibrary);
  checkTemplateVars(department.indicators, DEPARTMENT_SOURCES, 'department.json');
  for (const field of ['goalLine', 'goalsFallback'] as const) {
    const unknown = templateVars(department[field]).filter((v) => !DEPARTMENT_GOAL_VARS.includes(v));
    if (unknown.length)
      throw new LibraryError(`指标库 department.json：${field} 用了不认识的变量 {{${unknown[0]}}}`);
  }
  const library: Library = { dir, levels, categories, department };
  cache.set(dir, library);
  return library;
}

/** Forgets loaded libraries (tests). */
export function clearLibraryCache(): void {
  cache.clear();
}
