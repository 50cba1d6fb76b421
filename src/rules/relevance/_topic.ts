import type { ProjectCategory } from '../../domain/document.js';
import { CATEGORY_VOCABULARY } from '../../domain/categories.js';
import { meaningfulBigrams, sharesBigram } from '../text/_text.js';

type Category = Exclude<ProjectCategory, 'other'>;
const CATEGORIES = Object.keys(CATEGORY_VOCABULARY) as Category[];

/**
 * Vocabulary words that turn up in texts of every field (发放, 建设, 系统, 活动, 居民, 环境…): they
 * show a text is on topic when the project's own field has them, but are no evidence that a text
 * is about another field.
 */
const GENERIC = new Set([
  '发放',
  '日常',
  '维修',
  '办公',
  '建设',
  '提升',
  '设计',
  '安装',
  '验收',
  '系统',
  '平台',
  '网络',
  '数据',
  '学习',
  '考核',
  '配备',
  '活动',
  '文化',
  '房屋',
  '土地',
  '安全',
  '应急',
  '隐患',
  '居民',
  '环境',
  '分类',
  '整治',
  '报告',
  '方案',
  '编制',
  '研究',
  '评估',
  '专家',
  '技能',
  '会议',
  '服务中心',
  '补助',
  '监控',
]);

/**
 * Fields that are a subject of their own. The other fields are means any project may use (buy
 * equipment, build, train, publicise, pay people, hire experts, run a system): a 社区养老 project
 * buying 康复设备 is on topic, so their words are no evidence that a text belongs elsewhere.
 */
const SUBJECTS = new Set<Category>([
  'environment-sanitation',
  'expropriation',
  'petition-stability',
  'community-service',
]);

/**
 * Fields whose work overlaps: 物业 includes 保洁 and 垃圾清运, a community mediates 纠纷 and tidies
 * its streets, works need land taken and often clear sewage. A text about a neighbouring field is
 * no evidence of a copy.
 */
const NEIGHBOURS: Partial<Record<Category, Category[]>> = {
  operations: ['environment-sanitation'],
  'community-service': ['environment-sanitation', 'petition-stability'],
  'petition-stability': ['community-service'],
  construction: ['expropriation', 'environment-sanitation'],
  expropriation: ['construction'],
  'environment-sanitation': ['construction', 'community-service'],
};

/** One alternation per field: "does the text have any of its words" in a single scan. */
const ANY_WORD = new Map<Category, RegExp>(
  CATEGORIES.map((c) => [c, new RegExp(CATEGORY_VOCABULARY[c].words.join('|'))]),
);

/** The fields a project's name belongs to (every category with a word in the name). */
export function nameCategories(name: string): Category[] {
  return CATEGORIES.filter((c) => ANY_WORD.get(c)!.test(name));
}

export interface OffTopic {
  /** The field the text is about instead. */
  label: string;
  /** The words that show it. */
  words: string[];
}

/**
 * Whether `text` is about another field than the project named `name`: none of the words of the
 * project's own fields, no two-character word shared with the name, and at least two distinctive
 * words of one other subject field. Null when on topic or when the name tells nothing (no field found).
 */
export function offTopic(name: string, text: string): OffTopic | null {
  const own = nameCategories(name);
  if (own.length === 0 || (text.match(/[\u4e00-\u9fff]/g)?.length ?? 0) < 6) return null;
  if (own.some((c) => ANY_WORD.get(c)!.test(text))) return null;
  if (sharesBigram(meaningfulBigrams(name), meaningfulBigrams(text))) return null;
  let best: OffTopic | null = null;
  for (const c of CATEGORIES) {
    if (own.includes(c) || !SUBJECTS.has(c) || own.some((o) => NEIGHBOURS[o]?.includes(c))) continue;
    const words = CATEGORY_VOCABULARY[c].words.filter((w) => !GENERIC.has(w) && text.includes(w));
    if (words.length >= 2 && (!best || words.length > best.words.length))
      best = { label: CATEGORY_VOCABULARY[c].label, words };
  }
  return best;
}
