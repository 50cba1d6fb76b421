import type { ProjectCategory } from './document.js';

/**
 * The vocabulary of each kind of project: words that show a text is about that field. Used by the
 * drafter to choose a project's category and by `relevance/off-topic` to see whether a project's
 * 资金用途, goals and indicators are about the project at all.
 */
export const CATEGORY_VOCABULARY: Record<
  Exclude<ProjectCategory, 'other'>,
  { label: string; words: string[] }
> = {
  'salary-subsidy': {
    label: '工资/补贴/奖金发放',
    words: [
      '工资',
      '补贴',
      '补助',
      '奖金',
      '报酬',
      '津贴',
      '绩效奖',
      '社保',
      '公积金',
      '抚恤',
      '生活费',
      '劳务费',
      '发放',
      '人员经费',
      '薪酬',
      '慰问金',
    ],
  },
  operations: {
    label: '办公/机关运转',
    words: [
      '办公',
      '运转',
      '公用经费',
      '水电',
      '取暖',
      '物业',
      '差旅',
      '三公',
      '公务用车',
      '印刷',
      '邮电',
      '维修',
      '日常',
      '工会',
      '福利费',
    ],
  },
  construction: {
    label: '工程建设、改造、修缮',
    words: [
      '工程',
      '建设',
      '改造',
      '修缮',
      '维修',
      '施工',
      '道路',
      '管网',
      '提升',
      '竣工',
      '验收',
      '造价',
      '硬化',
      '加固',
      '安装',
      '设计',
      '监理',
      '老旧小区',
      '外墙',
      '保温',
    ],
  },
  'it-system': {
    label: '信息化建设/运维',
    words: [
      '信息化',
      '系统',
      '平台',
      '网络',
      '软件',
      '运维',
      '数据',
      '服务器',
      '机房',
      '线路',
      '政务网',
      '监控',
      '数字化',
      '智慧',
    ],
  },
  'training-meeting': {
    label: '培训/会议/竞赛',
    words: [
      '培训',
      '会议',
      '竞赛',
      '研讨',
      '学习',
      '讲座',
      '参训',
      '学员',
      '考核',
      '教材',
      '师资',
      '授课',
      '技能',
    ],
  },
  equipment: {
    label: '设备/车辆/图书购置',
    words: [
      '购置',
      '采购',
      '设备',
      '车辆',
      '图书',
      '器材',
      '家具',
      '电脑',
      '书籍',
      '仪器',
      '配备',
      '购买',
      '装备',
    ],
  },
  publicity: {
    label: '宣传/活动',
    words: ['宣传', '活动', '展览', '文艺', '演出', '知晓率', '宣讲', '传单', '海报', '媒体', '节日', '文化'],
  },
  expropriation: {
    label: '征地/征收/拆迁/补偿安置',
    words: ['征地', '征收', '拆迁', '补偿', '安置', '摸底', '腾地', '房屋', '被征收', '土地'],
  },
  'petition-stability': {
    label: '信访/维稳/护路/安全',
    words: [
      '信访',
      '维稳',
      '护路',
      '安全',
      '矛盾',
      '纠纷',
      '调解',
      '化解',
      '接访',
      '治安',
      '应急',
      '巡逻',
      '隐患',
      '消防',
    ],
  },
  'community-service': {
    label: '社区/村级组织服务',
    words: [
      '社区',
      '村级',
      '居委会',
      '村委会',
      '居民',
      '网格',
      '服务中心',
      '党群',
      '志愿',
      '养老',
      '服务站',
      '社区工作者',
    ],
  },
  'environment-sanitation': {
    label: '环境卫生/垃圾/污水/粪污',
    words: [
      '环境',
      '卫生',
      '保洁',
      '垃圾',
      '清运',
      '污水',
      '粪污',
      '绿化',
      '清扫',
      '无害化',
      '公厕',
      '环卫',
      '分类',
      '整治',
      '养护',
      '园林',
      '苗木',
      '绿地',
    ],
  },
  'consulting-study': {
    label: '规划/课题/咨询/评审/法律服务',
    words: [
      '规划',
      '课题',
      '咨询',
      '评审',
      '法律',
      '顾问',
      '研究',
      '编制',
      '报告',
      '论证',
      '审计',
      '评估',
      '专家',
      '方案',
    ],
  },
};

export const CATEGORY_LABELS: Record<ProjectCategory, string> = {
  ...Object.fromEntries(Object.entries(CATEGORY_VOCABULARY).map(([k, v]) => [k, v.label])),
  other: '其他',
} as Record<ProjectCategory, string>;

/** How many of a category's words occur in the text (each word once). */
export function vocabularyHits(category: Exclude<ProjectCategory, 'other'>, text: string): number {
  return CATEGORY_VOCABULARY[category].words.filter((w) => text.includes(w)).length;
}

/** A Chinese name's head noun comes last ("社区工作者业务培训" is a 培训): what the name ends with, generic endings removed. */
function nameHead(name: string): string {
  return name.replace(/(项目|专项|经费|资金|费用|费|工作|补助)+$/, '');
}

/**
 * Scores per category: the project name counts three times as much as its purpose and goals, and a
 * word the name ends with counts four more.
 */
export function categoryScores(project: {
  name: string;
  purpose?: string;
  goals?: string;
}): Array<[ProjectCategory, number]> {
  const other = `${project.purpose ?? ''} ${project.goals ?? ''}`;
  const head = nameHead(project.name);
  return (Object.keys(CATEGORY_VOCABULARY) as Array<Exclude<ProjectCategory, 'other'>>)
    .map((c): [ProjectCategory, number] => {
      const endsWith = CATEGORY_VOCABULARY[c].words.some((w) => head.endsWith(w)) ? 4 : 0;
      return [c, vocabularyHits(c, project.name) * 3 + vocabularyHits(c, other) + endsWith];
    })
    .sort((a, b) => b[1] - a[1]);
}

/** The most likely category of a project from its name, 资金用途 and goals; `other` when nothing fits. */
export function classifyProject(project: {
  name: string;
  purpose?: string;
  goals?: string;
}): ProjectCategory {
  const [best] = categoryScores(project);
  return best && best[1] >= 2 ? best[0] : 'other';
}
