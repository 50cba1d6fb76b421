import type { AnswersInput } from '../../src/domain/answers.js';

/** A 街道办事处 with six projects of different kinds, answered as its staff would. */
export const STREET_OFFICE: AnswersInput = {
  unit: {
    name: '示例市河西区东湖街道办事处',
    year: 2025,
    staff: 58,
    duties:
      '负责辖区党的建设、社区治理、城市管理综合执法、环境卫生、民生保障、平安建设和公共服务，指导社区居民委员会工作。',
  },
  tasks: [
    { name: '社区治理', content: '保障社区工作者队伍，开展网格化管理和矛盾纠纷调解。', fiscal: 460 },
    { name: '城市管理', content: '改造老旧小区道路，开展垃圾分类和执法装备保障。', fiscal: 510 },
    { name: '民生服务', content: '开展居民文体活动和社区干部培训。', fiscal: 58 },
  ],
  projects: [
    {
      name: '社区工作者补贴',
      fiscal: 432,
      purpose: '为辖区8个社区的60名社区工作者发放岗位补贴，每人每月6000元，全年12个月。',
      plan: [25, 50, 75, 100],
    },
    {
      name: '老旧小区道路改造工程',
      fiscal: 240,
      purpose: '改造老旧小区道路3条共2.4公里，同步修复雨水管网1.2公里。',
      plan: [10, 40, 80, 100],
    },
    {
      name: '生活垃圾分类运营经费',
      fiscal: 180,
      purpose: '在辖区120个小区设置分类投放点，全年清运生活垃圾1.5万吨，开展分类宣传活动24场。',
      plan: [25, 50, 75, 100],
    },
    {
      name: '城管执法车辆购置',
      fiscal: 90,
      purpose: '购置城市管理综合执法巡查车辆6辆，用于占道经营、违法建设等日常巡查执法。',
      plan: [0, 100, 100, 100],
    },
    {
      name: '人民调解工作经费',
      fiscal: 28,
      purpose: '支持8个社区人民调解委员会开展矛盾纠纷排查调解，全年排查调解纠纷300件，培训调解员40人。',
      plan: [25, 50, 75, 100],
    },
    {
      name: '社区干部培训及文体活动',
      fiscal: 58,
      purpose: '举办社区干部培训班4期，参加培训200人次；组织居民文体活动12场。',
      plan: [20, 50, 80, 100],
    },
  ],
};
