import type { AnswersInput } from '../../src/domain/answers.js';
import { ProjectCategory } from '../../src/domain/document.js';
import { seededRandom as random } from '../support/random.js';

/**
 * Generated interview answers for property tests: every category, budgets from 0 to huge and with
 * odd decimals, empty and itemised purposes, counts in the text, both frameworks, with or without
 * a spending plan. Deterministic from a seed. Itemised amounts always add up to the budget and plans
 * are valid: what the user typed is consistent, so any checker error would be the drafter's.
 */

export { seededRandom as random } from '../support/random.js';

const NAMES: Record<ProjectCategory, string[]> = {
  'salary-subsidy': ['社区工作者工资补贴', '村干部报酬发放', '2025年公益性岗位补贴', '城乡低保人员生活补助'],
  operations: ['机关日常运转经费', '办公经费', '公务用车运行维护', '机关物业管理费'],
  construction: [
    '老旧小区改造提升工程',
    '农村道路硬化工程',
    '排水管网改造',
    '办公楼维修改造',
    'G312国道沿线整治工程',
  ],
  'it-system': ['政务信息化平台运维', '视频监控系统建设', '智慧社区平台建设', '网络线路租赁'],
  'training-meeting': ['社区工作者业务培训', '基层干部能力提升培训班', '安全生产培训', '职业技能竞赛'],
  equipment: ['图书购置', '执法车辆购置', '办公设备采购', '应急救援器材配备'],
  publicity: ['文明城市创建宣传', '全民阅读推广活动', '法治宣传活动', '春节文艺演出'],
  expropriation: ['棚户区房屋征收补偿', '道路建设征地补偿', '项目用地拆迁安置'],
  'petition-stability': ['信访维稳工作经费', '社会治安综合治理', '护路联防工作', '平安建设'],
  'community-service': ['社区党群服务中心运行', '社区网格化管理', '社区志愿服务活动', '村级组织活动场所运转'],
  'environment-sanitation': ['辖区生活垃圾清运', '农村厕所粪污清运', '道路清扫保洁', '污水处理设施运维'],
  'consulting-study': ['国土空间规划编制', '法律顾问服务', '政府购买课题研究', '项目评审咨询费'],
  'farmland-construction': ['高标准农田建设项目', '耕地质量提升'],
  'agricultural-subsidy': ['耕地地力保护补贴', '农机购置补贴'],
  'animal-epidemic': ['重大动物疫病强制免疫', '动物防疫补助经费'],
  'water-supply': ['农村饮水安全工程维修养护', '供水工程维护'],
  'river-management': ['中小河流河道治理', '河道清淤疏浚'],
  'rural-road': ['农村公路日常养护', '县乡道养护'],
  'student-aid': ['家庭经济困难学生资助', '学前教育资助'],
  'school-meals': ['义务教育学生营养改善计划', '学生营养餐补助'],
  'school-repair': ['中小学校舍维修改造', '农村学校校舍安全改造'],
  'public-health': ['基本公共卫生服务项目', '家庭医生签约服务'],
  'medical-assistance': ['城乡医疗救助资金', '困难群众医疗救助'],
  'minimum-living': ['城乡低保资金', '特困人员供养'],
  'temporary-assistance': ['困难群众临时救助', '临时救助资金'],
  'elderly-care': ['居家养老服务', '敬老院运行'],
  'legal-aid': ['法律援助经费', '法律援助办案补贴'],
  mediation: ['人民调解工作经费', '矛盾纠纷排查调处'],
  'grain-reserve': ['粮食储备费用补贴', '县级储备粮保管'],
  'emergency-supplies': ['县级应急物资储备', '救灾物资采购'],
  'culture-outreach': ['送戏下乡文化惠民活动', '农村电影放映'],
  fitness: ['全民健身活动经费', '体育赛事活动'],
  afforestation: ['植树造林', '国土绿化'],
  'forest-fire': ['森林防火专项经费', '生态护林员补助'],
  'party-building': ['党员教育活动经费', '党建活动经费'],
  'flood-control': ['防汛抗旱经费', '山洪灾害防治'],
  'work-safety': ['安全生产执法检查', '安全隐患排查整治'],
  other: ['专项工作经费', '项目A', '其他支出', '2025年重点工作'],
};

const ITEM_NAMES = [
  '设备采购',
  '施工费',
  '监理费',
  '劳务费',
  '材料费',
  '场地租赁',
  '专家咨询费',
  '印刷费',
  '运维服务',
  '差旅费',
];
const COUNT_PHRASES: Array<(n: number) => string> = [
  (n) => `共${n}人`,
  (n) => `惠及居民${n}户`,
  (n) => `完成${n}个点位建设`,
  (n) => `举办培训${n}期`,
  (n) => `开展活动${n}场`,
  (n) => `清运垃圾${n}吨`,
  (n) => `保洁面积${n}平方米`,
  (n) => `购置设备${n}台`,
  (n) => `形成报告${n}份`,
  (n) => `受理信访事项${n}件`,
  (n) => `征收土地${n}亩`,
  (n) => `改造道路${n}公里`,
  (n) => `服务群众${n}人次`,
  (n) => `发放${n}个月`,
  (n) => `设施使用年限${n}年`,
];
const RATE_PHRASES: Array<(n: number) => string> = [
  (n) => `群众满意度达到${n}%`,
  (n) => `验收合格率${n}%`,
  (n) => `知晓率不低于${n}%`,
  (n) => `采纳率达${n}%`,
];

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)];
}

/** A budget in 万元: zero, tiny, odd decimals, ordinary, huge. */
function budget(rnd: () => number): number {
  const kind = rnd();
  if (kind < 0.06) return 0;
  if (kind < 0.12) return 0.0001;
  if (kind < 0.25) return Math.round(rnd() * 1_000_000) / 10_000; // up to 4 decimals
  if (kind < 0.32) return 33.333333;
  if (kind < 0.38) return Math.round(rnd() * 100_000_000) / 100; // up to a million 万元
  return Math.round(rnd() * 50_000) / 100;
}

/** Splits a total (in 元) into 1–4 items that add up exactly, written in 万元 or 元. */
function itemised(rnd: () => number, totalWan: number): string {
  const totalYuan = Math.round(totalWan * 10_000);
  if (totalYuan <= 0) return '';
  const count = Math.min(1 + Math.floor(rnd() * 4), totalYuan);
  const cuts = new Set<number>();
  while (cuts.size < count - 1) cuts.add(1 + Math.floor(rnd() * (totalYuan - 1)));
  const points = [0, ...[...cuts].sort((a, b) => a - b), totalYuan];
  const names = [...ITEM_NAMES].sort(() => rnd() - 0.5);
  const parts = points.slice(1).map((p, i) => {
    const yuan = p - points[i];
    const text = rnd() < 0.2 ? `${yuan}元` : `${(yuan / 10_000).toString()}万元`;
    return `${i + 1}.${names[i]}${text}`;
  });
  return `主要用于：${parts.join('；')}。`;
}

function counts(rnd: () => number, how: number): string {
  return Array.from({ length: how }, () =>
    pick(rnd, COUNT_PHRASES)(1 + Math.floor(rnd() * (rnd() < 0.2 ? 100_000 : 500))),
  )
    .concat(rnd() < 0.3 ? [pick(rnd, RATE_PHRASES)(50 + Math.floor(rnd() * 60))] : [])
    .join('，');
}

function plan(rnd: () => number): number[] | undefined {
  if (rnd() < 0.3) return undefined;
  const a = Math.floor(rnd() * 40);
  const b = a + Math.floor(rnd() * 30);
  const c = Math.min(100, b + Math.floor(rnd() * 40));
  return [a, b, rnd() < 0.2 ? 100 : c, 100];
}

export function generateAnswers(seed: number): AnswersInput {
  const rnd = random(seed);
  const projects = Array.from({ length: 1 + Math.floor(rnd() * 6) }, (_, i) => {
    const category = pick(rnd, ProjectCategory.options);
    const fiscal = budget(rnd);
    const other = rnd() < 0.25 ? budget(rnd) : 0;
    const total = (Math.round(fiscal * 10_000) + Math.round(other * 10_000)) / 10_000;
    const purposeKind = rnd();
    const purpose =
      purposeKind < 0.25
        ? ''
        : purposeKind < 0.6
          ? itemised(rnd, total)
          : `主要用于${pick(rnd, NAMES[category])}，${counts(rnd, 1 + Math.floor(rnd() * 2))}。`;
    const goals = rnd() < 0.4 ? '' : `${counts(rnd, Math.floor(rnd() * 3))}。`;
    return {
      name: `${pick(rnd, NAMES[category])}${rnd() < 0.2 ? `（第${i + 1}批）` : ''}`,
      code: rnd() < 0.5 ? `2025XX${String(i + 1).padStart(4, '0')}` : '',
      fiscal,
      other,
      purpose,
      goals,
      ...(rnd() < 0.5 ? { category } : {}),
      ...(() => {
        const p = plan(rnd);
        return p ? { plan: p } : {};
      })(),
    };
  });
  const tasks = Array.from({ length: Math.floor(rnd() * 5) }, (_, i) => ({
    name: pick(rnd, ['人员保障', '机关运转', '城市管理', '社会事务', '重点项目', `第${i + 1}项任务`]),
    content:
      rnd() < 0.5
        ? ''
        : pick(rnd, [
            '保障在职人员工资福利支出',
            '保障日常办公运转',
            '实施老旧小区改造和环境整治',
            '开展社区服务和矛盾纠纷化解',
          ]),
    fiscal: budget(rnd),
    other: rnd() < 0.2 ? budget(rnd) : 0,
  }));
  return {
    unit: {
      name: pick(rnd, ['青石街道办事处', '某县住房和城乡建设局', '某镇人民政府', '某区城市管理综合服务中心']),
      year: 2020 + Math.floor(rnd() * 10),
      framework: rnd() < 0.5 ? 'local' : 'central-2021',
      duties: rnd() < 0.5 ? '' : '负责辖区城市管理、社区建设、社会事务和公共服务。',
      ...(rnd() < 0.6 ? { staff: Math.floor(rnd() * 300) } : {}),
    },
    tasks,
    projects,
  };
}
