import type { AnswersInput } from '../../src/domain/answers.js';

/** A county 农业农村局 with eight ordinary sector projects, answered as its staff would. */
export const BUREAU: AnswersInput = {
  unit: {
    name: '示例县农业农村局',
    year: 2025,
    staff: 46,
    duties:
      '贯彻落实“三农”工作方针政策，负责种植业、畜牧业、渔业、农田建设、农业机械化、农产品质量安全监管和农村人居环境整治。',
  },
  tasks: [
    { name: '农业生产发展', content: '落实耕地地力保护补贴，完成高标准农田建设1.2万亩。', fiscal: 2250 },
    { name: '动物疫病防控', content: '完成重大动物疫病强制免疫和监测。', fiscal: 80 },
    { name: '农村基础设施', content: '维修养护农村饮水安全工程，治理农村河道。', fiscal: 800 },
    { name: '农村社会事业', content: '储备粮保管、森林防火、农技培训、防汛。', fiscal: 282 },
  ],
  projects: [
    {
      name: '高标准农田建设项目',
      fiscal: 1200,
      purpose: '新建高标准农田1.2万亩，每亩1000元，新建灌排渠道15公里。',
      plan: [10, 40, 80, 100],
    },
    {
      name: '耕地地力保护补贴',
      fiscal: 1050,
      purpose: '对全县种粮农户21000户的耕地10万亩发放补贴，每亩105元。',
      plan: [0, 60, 100, 100],
    },
    {
      name: '重大动物疫病强制免疫补助经费',
      fiscal: 80,
      purpose: '完成畜禽强制免疫40万头（只），采集检测样品3000份，培训村级防疫员120人。',
      plan: [30, 60, 90, 100],
    },
    {
      name: '农村饮水安全工程维修养护',
      fiscal: 200,
      purpose: '维修养护农村饮水安全工程40处，更换供水管网18公里，保障农村供水人口6.5万人。',
      plan: [20, 50, 90, 100],
    },
    {
      name: '中小河流河道治理工程',
      fiscal: 600,
      purpose: '治理河道12公里，清淤疏浚8万立方米，新建护岸3.5公里。',
      plan: [10, 50, 90, 100],
    },
    {
      name: '粮食储备费用补贴',
      fiscal: 120,
      purpose: '保管县级储备粮5000吨，保管费用按240元/吨·年补贴，轮换储备粮1500吨。',
      plan: [25, 50, 75, 100],
    },
    {
      name: '森林防火专项经费',
      fiscal: 96,
      purpose: '聘用护林员200人，每人每月400元，巡护林区30万亩。',
      plan: [25, 50, 75, 100],
    },
    {
      name: '防汛抗旱经费',
      fiscal: 40,
      purpose: '储备编织袋、救生衣等防汛物资5000件，巡查险工险段35处，开展防汛演练4次。',
      plan: [30, 80, 100, 100],
    },
  ],
};
