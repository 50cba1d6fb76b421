import type { AnswersInput } from '../../src/domain/answers.js';
import type { ProjectCategory } from '../../src/domain/document.js';

/** One realistic answer per kind of project a township or county office runs, with the kind expected. */
export type KindProject = {
  name: string;
  fiscal: number;
  purpose: string;
  goals?: string;
  kind: ProjectCategory;
};
const PLAN = [20, 50, 80, 100];

export const KIND_PROJECTS: KindProject[] = [
  {
    kind: 'salary-subsidy',
    name: '社区工作者考核奖',
    fiscal: 36,
    purpose: '用于全街道社区工作者120人年度考核奖励，每人3000元。',
  },
  {
    kind: 'operations',
    name: '机关日常运转经费',
    fiscal: 45,
    purpose: '主要用于：1.办公用品及水电费20万元；2.差旅费10万元；3.公务用车运行维护费15万元。',
    goals: '保障机关32名在编人员正常办公。',
  },
  {
    kind: 'construction',
    name: '办公楼维修费',
    fiscal: 30,
    purpose: '用于机关办公楼屋面防水及外墙维修，维修面积1200平方米。',
  },
  {
    kind: 'it-system',
    name: '政务服务数据共享平台建设',
    fiscal: 60,
    purpose: '建设政务服务数据共享平台1个，接入业务系统12个。',
  },
  {
    kind: 'training-meeting',
    name: '基层干部能力提升培训班',
    fiscal: 8,
    purpose: '举办基层干部培训4期，培训200人次，每人次400元。',
  },
  {
    kind: 'equipment',
    name: '执法记录仪购置',
    fiscal: 12,
    purpose: '为执法队员购置执法记录仪40台，每台3000元。',
  },
  {
    kind: 'publicity',
    name: '文明城市创建宣传经费',
    fiscal: 10,
    purpose: '制作宣传展板200块，开展宣传活动12场。',
  },
  {
    kind: 'expropriation',
    name: '棚户区房屋征收补偿',
    fiscal: 500,
    purpose: '完成棚户区房屋征收86户，支付征收补偿款。',
  },
  {
    kind: 'petition-stability',
    name: '信访维稳工作经费',
    fiscal: 15,
    purpose: '用于信访接待、矛盾化解，全年接待群众来访300人次。',
  },
  {
    kind: 'community-service',
    name: '社区党群服务中心运行经费',
    fiscal: 20,
    purpose: '保障8个社区党群服务中心正常运行，全年服务居民5000人次。',
  },
  {
    kind: 'environment-sanitation',
    name: '辖区生活垃圾清运',
    fiscal: 90,
    purpose: '全年清运生活垃圾12000吨，保洁面积30万平方米。',
  },
  {
    kind: 'consulting-study',
    name: '国土空间规划编制',
    fiscal: 40,
    purpose: '委托编制乡镇国土空间规划1项，形成规划成果报告1份。',
  },
  {
    kind: 'farmland-construction',
    name: '高标准农田建设项目',
    fiscal: 1200,
    purpose: '新建高标准农田1.2万亩，每亩1000元，新建灌排渠道15公里。',
  },
  {
    kind: 'agricultural-subsidy',
    name: '耕地地力保护补贴',
    fiscal: 1050,
    purpose: '对全县种粮农户21000户的耕地10万亩发放补贴，每亩105元。',
  },
  {
    kind: 'animal-epidemic',
    name: '重大动物疫病强制免疫补助经费',
    fiscal: 80,
    purpose: '完成畜禽强制免疫40万头（只），采集检测样品3000份，培训村级防疫员120人。',
  },
  {
    kind: 'water-supply',
    name: '农村饮水安全工程维修养护',
    fiscal: 200,
    purpose: '维修养护农村饮水安全工程40处，更换供水管网18公里，保障农村供水人口6.5万人。',
  },
  {
    kind: 'river-management',
    name: '中小河流河道治理工程',
    fiscal: 600,
    purpose: '治理河道12公里，清淤疏浚8万立方米，新建护岸3.5公里。',
  },
  {
    kind: 'rural-road',
    name: '农村公路日常养护',
    fiscal: 350,
    purpose: '对全县农村公路1750公里开展日常养护，每公里2000元。',
  },
  {
    kind: 'student-aid',
    name: '家庭经济困难学生资助',
    fiscal: 250,
    purpose: '资助家庭经济困难学生2500人，每生每年1000元。',
  },
  {
    kind: 'school-meals',
    name: '义务教育学生营养改善计划',
    fiscal: 1040,
    purpose: '为全县13000名学生每生每天补助4元，全年200天。',
  },
  {
    kind: 'school-repair',
    name: '中小学校舍维修改造',
    fiscal: 300,
    purpose: '维修改造农村中小学校舍6所，面积8000平方米，受益师生3200人。',
  },
  {
    kind: 'public-health',
    name: '基本公共卫生服务项目',
    fiscal: 2125,
    purpose: '为辖区常住人口25万人提供基本公共卫生服务，每人每年85元。',
  },
  {
    kind: 'medical-assistance',
    name: '城乡医疗救助资金',
    fiscal: 400,
    purpose: '对困难群众实施医疗救助5000人次，资助参保8000人。',
  },
  {
    kind: 'minimum-living',
    name: '城乡低保资金',
    fiscal: 180,
    purpose: '保障城乡低保对象1500人，每人每月100元，全年12个月。',
  },
  {
    kind: 'temporary-assistance',
    name: '困难群众临时救助',
    fiscal: 60,
    purpose: '对遭遇突发困难的群众实施临时救助1200人次。',
  },
  {
    kind: 'elderly-care',
    name: '居家养老服务补贴',
    fiscal: 72,
    purpose: '为全县高龄、失能老年人600人提供居家养老服务，每人每月100元。',
  },
  { kind: 'legal-aid', name: '法律援助经费', fiscal: 30, purpose: '办理法律援助案件300件，每件1000元。' },
  {
    kind: 'mediation',
    name: '人民调解工作经费',
    fiscal: 25,
    purpose: '全年调解矛盾纠纷1000件，开展矛盾纠纷排查12次，培训人民调解员150人。',
  },
  {
    kind: 'grain-reserve',
    name: '粮食储备费用补贴',
    fiscal: 120,
    purpose: '保管县级储备粮5000吨，保管费用按240元/吨·年补贴，轮换储备粮1500吨。',
  },
  {
    kind: 'emergency-supplies',
    name: '县级应急物资储备',
    fiscal: 50,
    purpose: '采购储备帐篷、折叠床等应急物资3000件，品种12种。',
  },
  {
    kind: 'culture-outreach',
    name: '送戏下乡文化惠民活动',
    fiscal: 24,
    purpose: '开展送戏下乡演出120场，每场2000元，覆盖行政村120个。',
  },
  {
    kind: 'fitness',
    name: '全民健身活动经费',
    fiscal: 18,
    purpose: '举办全民健身赛事活动15场，参与群众8000人次。',
  },
  {
    kind: 'afforestation',
    name: '植树造林',
    fiscal: 150,
    purpose: '完成人工造林5000亩，每亩300元，栽植苗木30万株。',
  },
  {
    kind: 'forest-fire',
    name: '森林防火专项经费',
    fiscal: 96,
    purpose: '聘用护林员200人，每人每月400元，巡护林区30万亩。',
  },
  {
    kind: 'party-building',
    name: '党员教育活动经费',
    fiscal: 12,
    purpose: '开展主题党日活动48次，参加党员2400人次，覆盖基层党组织40个。',
  },
  {
    kind: 'flood-control',
    name: '防汛抗旱经费',
    fiscal: 40,
    purpose: '储备编织袋、救生衣等防汛物资5000件，巡查险工险段35处，开展防汛演练4次。',
  },
  {
    kind: 'work-safety',
    name: '安全生产执法检查',
    fiscal: 20,
    purpose: '检查生产经营单位600家，排查整治安全隐患800处。',
  },
];

export const kindAnswers = (projects: KindProject[]): AnswersInput => ({
  unit: { name: '示例县人民政府', year: 2025, duties: '', staff: 40 },
  projects: projects.map((p) => ({
    name: p.name,
    fiscal: p.fiscal,
    purpose: p.purpose,
    goals: p.goals ?? '',
    plan: PLAN,
  })),
});
