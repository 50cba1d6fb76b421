import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JixiaoDocument, type Table } from '../../src/domain/document.js';
import { tableLabel } from '../../src/domain/labels.js';
import { readTextDocument } from '../../src/import/text/index.js';
import { checkDocument } from '../../src/rules/engine.js';
import { REAL_EXAMPLES_DIR } from '../support/examples.js';

/**
 * The sixteen real published tables (tests/fixtures/examples/real): every table's kind and name,
 * every indicator's 一级 | 二级 | 三级 | 指标值, the money and the start of the goals, as a reviewer
 * reads them off the page; then the defects the catalogue lists are reported and no error comes
 * from a misread.
 */
interface Expected {
  kind: Table['kind'];
  name: string;
  /** 预算数 / 财政资金 / 其他资金 of a project table. */
  budget?: [string | null, string | null, string | null];
  /** A self-evaluation's money rows: label, 全年预算数, 全年执行数. */
  funds?: Array<[string, string | null, string | null]>;
  /** The start of the goals (a self-evaluation's 预期目标). */
  goals: string;
  indicators: string[];
}

const EXPECTED: Record<string, Expected[]> = {
  'alaer-liutuan-project-target-2021.txt': [
    {
      kind: 'project',
      name: '第一师六团巩固脱贫攻坚与乡村振兴有效衔接特色产业基地气调保鲜库建设项目',
      budget: ['1500.00', '1500.00', null],
      goals: '2021年完成保鲜库钢构主体安装、封顶;',
      indicators: [
        '产出指标 | 数量指标 | 指标1:新建保鲜库数量 | 1座',
        '产出指标 | 数量指标 | 指标2:新建保鲜库面积 | 3550平方米',
        '产出指标 | 数量指标 | 指标3:新建消防水池数量 | 1座',
      ],
    },
  ],
  'anxi-shuiliju-special-fund-target-2022.txt': [
    {
      kind: 'project',
      name: '省级第七批水利专项资金',
      budget: ['100.00', '100.00', null],
      goals: '开展7个小型水利工程建设',
      indicators: [
        '产出指标 | 数量指标 | 开展小型水利工程建设(个) | 西坪镇尧山村：1；桃舟乡吾培村：1；芦田镇三洋村：1；蓬莱镇植洋村：1；魁斗镇奇观村：1；龙涓乡长塔村：1；尚卿乡尤俊村：1',
      ],
    },
  ],
  'daying-sifaju-project-self-eval-2023.txt': [
    {
      kind: 'self-evaluation',
      name: '项目支出绩效自评表（自评表）',
      funds: [],
      goals: '',
      indicators: ['产出指标 | 经济成本指标 | 成本控制数 | ≤30万元'],
    },
    {
      kind: 'self-evaluation',
      name: '51092324T000010263357-2023年全县安可替代补助资金项目（自评表）',
      funds: [
        ['总额', '3.36', '3.36'],
        ['其中:财政资金', '3.36', '3.36'],
        ['财政专户管理资金', '0.00', '0.00'],
        ['单位资金', '0.00', '0.00'],
        ['其他资金', null, null],
      ],
      goals: '根据要求购买安可设备,并完成项目资金支付',
      indicators: [],
    },
  ],
  'ezhou-jiguanshiwu-project-target-2022.txt': [
    {
      kind: 'project',
      name: '滨湖大胆办公大楼运行保障',
      budget: ['814.00', null, null],
      goals: '以办公大楼服务对象满意为目标,着力打造文',
      indicators: [
        '产出指标 | 数量指标 | 办公大楼日常维修维护次数 | 2280次',
        '产出指标 | 数量指标 | 大楼安检巡察次数 | 200次',
        '产出指标 | 质量指标 | 办公大楼日常维修维护验收合格率 | >92%',
        '产出指标 | 质量指标 | 经常性大型设备更新验收合格率 | 292%',
        '产出指标 | 质量指标 | 重.要设备维修维保验收合格率 | 95%',
      ],
    },
  ],
  'hengshan-shangwuliangshiju-special-fund-self-eval-2020.txt': [
    {
      kind: 'self-evaluation',
      name: '县级储备粮（自评表）',
      funds: [
        ['年度资金总额', '194.90', '194.90'],
        ['其中:中央、省、市补助县级资金', '194.90', '194.90'],
        ['其他资金', null, null],
      ],
      goals: '保持和稳定地方粮食储备机制',
      indicators: [
        '产出指标 | 数量指标 | 5000吨稻谷、500吨成品粮储备到位率 | 100%',
        '产出指标 | 数量指标 | 库存数量真实率 | 100%',
        '产出指标 | 质量指标 | 县级储备粮管理制度严格执行率 | 100%',
        '产出指标 | 质量指标 | 储备粮管理专户管理率 | 100%',
        '产出指标 | 质量指标 | 县级储备粮库存粮食明显变质比例 | 0',
        '产出指标 | 时效指标 | 县级储备粮贷款付息及时率 | 100%',
        '产出指标 | 时效指标 | 县级储备粮应急保障率 | 100%',
        '产出指标 | 成本指标 | 国家政策性粮收购价格执行率 | 100%',
        '产出指标 | 成本指标 | 县级储备粮库存成本核算率 | 100%',
        '效益指标 | 经济效益指标 | 利息费用保障率 | 100%',
        '效益指标 | 经济效益指标 | 政策性挂账利息补贴保障率 | 100%',
        '效益指标 | 生态效益指标 | 低温、低氧、低剂量科学保粮率 | 100%',
        '效益指标 | 生态效益指标 | 食品安全指标达标率 | 100%',
        '效益指标 | 可持续影响指标 | 粮食储备设备维护及安全性 | 高',
        '满意度指标 | 服务对象满意度指标 | 因粮食市场波动引起的粮食安全事件发生数 | 0起',
        '满意度指标 | 服务对象满意度指标 | 市民满意度调查 | 290%',
      ],
    },
  ],
  'huangshi-dangxiao-project-target-2022.txt': [
    {
      kind: 'project',
      name: '主体班',
      budget: ['164.00', '132.00', null],
      goals: '主体班培训280人次;邀请校外名师、领导',
      indicators: [
        '产出指标 | 数量指标 | 主体班培训人次 | 280人次',
        '产出指标 | 数量指标 | 邀请校外名师、领导授课人次 | 25人次',
        '产出指标 | 数量指标 | 情景教学或外训批次 | 6次',
        '产出指标 | 数量指标 | 理论教育和党性教育课时比例 | 70%',
        '产出指标 | 数量指标 | 开设课程数量 | 220',
        '产出指标 | 质量指标 | 培训完成率 | 100%',
        '产出指标 | 质量指标 | 邀请校外名师、领导授课完成率 | 100%',
        '产出指标 | 质量指标 | 情景教学或外训完成率 | 100%',
        '产出指标 | 质量指标 | 理论教育和党性教育课时比例完成率 | 100%',
        '产出指标 | 质量指标 | 课程数量达标率 | 100%',
        '产出指标 | 时效指标 | 及时完成率 | 100%',
        '产出指标 | 成本指标 | 成本控制率 | 100%',
        '满意度指标 | 服务对象满意度指标 | 培训学员对培训效果满意度 | ≥95%',
      ],
    },
  ],
  'nanyue-fupin-project-target-2018.txt': [
    {
      kind: 'project',
      name: '2018年市级专项扶贫资金基础设施(人大代表扶贫基地)',
      budget: ['10.00', '10.00', '0.00'],
      goals: '为水濂村带来观光游客不少于6万人,村集体',
      indicators: [
        '产出指标 | 数量指标 | 贫困地区旅游基础设施建设工程 | >=20平方米',
        '产出指标 | 数量指标 | 贫困地区旅游景点开发数量( ≥**个 ) | >=4个',
        '产出指标 | 数量指标 | 流转土地 | >=60亩',
        '产出指标 | 质量指标 | *贫困地区旅游基础设施建设质量达标率100% | >=98%',
        '产出指标 | 时效指标 | 贫困地区基础设施建设按期完成率(≥**%) | >=95%',
        '产出指标 | 成本指标 | 流转土地补助标准 | <=475元/亩',
        '产出指标 | 成本指标 | 景观建设成本 | <=2875元/个',
        '产出指标 | 成本指标 | 贫困地区旅游基础设施建设工程建设成本 | <=3000元/平方米',
        '效益指标 | 经济效益指标 | 乡村旅游带动增加贫困村收入(≥**万元) | >=6万元',
        '效益指标 | 经济效益指标 | 乡村旅游带动增加贫困人口收入(≥**万元) | >=2.61万元',
        '效益指标 | 社会效益指标 | 贫困地区乡村旅游开发景点接待游客数量(≥**人) | >=60000人',
        '效益指标 | 社会效益指标 | 受益建档立卡贫困人口数≥**人 | >=29人',
        '满意度指标 | 服务对象满意度指标 | 旅游行业经营主体满意度(≥**%) | >=90%',
        '满意度指标 | 服务对象满意度指标 | 参与旅游扶贫项目贫困群众满意度(≥**%) | >=90%',
        '满意度指标 | 服务对象满意度指标 | 旅游区居民满意度(≥**%) | >=90%',
        '满意度指标 | 服务对象满意度指标 | 游客满意度(≥**%) | >=90%',
      ],
    },
  ],
  'ningde-dangshiyanjiushi-department-target-2019.txt': [
    {
      kind: 'department',
      name: '中共宁德市委党史和地方志研究室整体支出绩效目标表',
      goals: '目标1:确保本室各人员工资及福利的发放;',
      indicators: [
        '产出指标 | 数量指标 | 志鉴地情相关工作开展所需资金的供应时效 | 100%',
        '产出指标 | 数量指标 | 确保日常工作正常运行 | 100%',
        '产出指标 | 数量指标 | 按年度发放绩效奖、文明奖、综治平安奖、应休未休补贴 | ≥60%',
        '产出指标 | 质量指标 | 调研、督促、指导志、鉴、地情编纂的县(市、区)的覆盖率 | 1',
        '产出指标 | 质量指标 | 各类书籍审稿率 | 1',
        '产出指标 | 时效指标 | 项目完成时间 | 100%',
      ],
    },
  ],
  'ningxiang-batangzhen-project-target-2021.txt': [
    {
      kind: 'project',
      name: '镇域内基础设施建设',
      budget: ['10606.7522', '6923.3552', '3683.397'],
      goals: '全面完成集镇立面改造、机关、学校、乡村振',
      indicators: [
        '产出指标 | 数量指标 | 88 | 100',
        '产出指标 | 质量指标 | 88 | 100',
        '产出指标 | 时效指标 | 88 | 100',
        '产出指标 | 成本指标 | 88 | 100',
        '产出指标 | 成本指标 | … | ',
        '效益指标 | 经济效益指标 | 88 | 100',
        '效益指标 | 社会效益指标 | 68 | 100',
        '效益指标 | 生态效益指标 | 20 | 100',
        '效益指标 | 可持续影响指标 | 20 | 100',
      ],
    },
  ],
  'qingjian-jiaotongju-project-target-2021.txt': [
    {
      kind: 'project',
      name: '2021年交通局寨山石坪、鲍家沟果园路',
      budget: ['500.00', '500.00', null],
      goals: '1、改善基础实施建设,呼家河至鲍家沟果园',
      indicators: [
        '产出指标 | 数量指标 | 寨山石坪村新建水泥路1条 | 2km',
        '产出指标 | 数量指标 | 呼家河至鲍家沟新建水泥路1条 | 2km',
        '产出指标 | 质量指标 | 项目(工程)验收合格率 | 100%',
        '产出指标 | 时效指标 | 项目(工程)完成及时率 | 100%',
        '产出指标 | 成本指标 | 硬化水泥砼公路补助标准 | ≤120万元',
      ],
    },
  ],
  'shouxian-department-self-eval-2023.txt': [
    {
      kind: 'department-self-evaluation',
      name: '部门整体支出绩效自评表',
      funds: [],
      goals: '',
      indicators: [
        '规划（15分） | 基础信息（3分） | 基础信息完整性 | ',
        '规划（15分） | 工作计划（6分） | 年度工作计划完整性 | ',
        '规划（15分） | 工作计划（6分） | 年度工作计划明确性 | ',
        '规划（15分） | 绩效目标（6分） | 年度绩效目标合理性 | ',
        '规划（15分） | 绩效目标（6分） | 年度绩效目标明确性 | ',
      ],
    },
  ],
  'wuhan-qingshan-boruoxuexiao-special-fund-target-2020.txt': [
    {
      kind: 'project',
      name: '农村义务教育薄弱学校改造补助资金',
      budget: ['16.00', '16.00', null],
      goals: '全面改善农村义务教育薄弱学校办学条件,扩',
      indicators: [
        '产出指标 | 数量指标 | 农村义务教育学校改造覆盖率 | 100%',
        '产出指标 | 质量指标 | 校舍维修改造质量合格率 | 100%',
        '产出指标 | 质量指标 | 购置设施设备质量合格率 | 100%',
        '产出指标 | 时效指标 | 预算资金当年下达率 | 100%',
        '产出指标 | 时效指标 | 项目按计划完成率 | 100%',
        '产出指标 | 成本指标 | 建设项目成本控制率 | 100%',
        '效益指标 | 可持续影响指标 | 义务教育优质均衡发展情况 | 稳步提高',
        '效益指标 | 社会公众或服务对象满意度指标 | 学生家长满意度 | ≥90%',
        '效益指标 | 社会公众或服务对象满意度指标 | 学校满意度 | ≥90%',
      ],
    },
  ],
  'wuhan-qingshan-jiaoyuju-project-target-2020.txt': [
    {
      kind: 'project',
      name: '教育系统基础设施建设和设备购置',
      budget: ['10000.00', '10000.00', null],
      goals: '按工作计划完成教育局重点项目建设经费预算',
      indicators: [
        '产出指标 | 数量指标 | 重点建设工程安排数量 | 2',
        '产出指标 | 质量指标 | 重点建设工程验收合格率 | 100%',
        '产出指标 | 成本指标 | 建设项目成本 | 参照政府采购成本控制',
        '产出指标 | 时效指标 | 重点建设工程按期完成率 | 100%',
        '效益指标 | 可持续影响指标 | 基础教育巩固提高情况 | 巩固提高',
        '效益指标 | 社会效益指标 | 基础教育学校办学条件 | 持续改善',
        '满意度指标 | 服务对象满意度指标 | 学生、家长、社会满意度 | ≥90%',
      ],
    },
  ],
  'yueyang-chengguanzhihui-department-self-eval-2018.txt': [],
  'yueyangxian-nongyenongcunju-project-target-2022.txt': [
    {
      kind: 'project',
      name: '岳阳县2022年高标准农田建设项目',
      budget: ['854.00', '854.00', null],
      goals: '完成项目主体工程70%',
      indicators: [
        '产出指标 | 数量指标 | 脱贫村村内道路硬化里程 | ≥100公里',
        '产出指标 | 数量指标 | 脱贫户供水设施数量 | ≥20座',
        '产出指标 | 质量指标 | 项目(工程)验收合格率 | 100%',
        '产出指标 | 时效指标 | 项目(工程)完成及时率 | ≥100%',
        '产出指标 | 成本指标 | 财政资金补助 | 1600元/亩',
        '效益指标 | 经济效益指标 | 年增粮食 | 3500公斤',
        '效益指标 | 社会效益指标 | 受益脱贫(监测)人口数 | ≥500人',
        '效益指标 | 社会效益指标 | 解决脱贫(监测)饮水安全问题人数 | ≥1000人',
        '效益指标 | 生态效益指标 | 新增和改善灌溉达标面积 | ≥500亩',
        '效益指标 | 生态效益指标 | 新增和改善排水达标面积 | ≥200亩',
        '效益指标 | 可持续影响指标 | 工程设计使用年限 | ≥20年',
        '满意度指标 | 服务对象满意度指标 | 受益脱贫(监测)户满意度 | ≥95%',
      ],
    },
  ],
  'zhongxian-regional-target-2022.txt': [
    {
      kind: 'project',
      name: '生猪(牛羊)调出大县奖励资金',
      budget: ['397.00', '397.00', null],
      goals: '到2022年底,生猪生产稳定有序发展,能',
      indicators: [
        '产出指标 | 数量指标 | 猪肉产量稳定率 | ≥95%',
        '产出指标 | 数量指标 | 能繁母猪稳定率 | 90%',
      ],
    },
  ],
};

/** Rules a reviewer's reading of the file says must fire, and the only errors allowed (the rest would be misreadings). */
const DEFECTS: Record<string, { reported: string[]; errors: string[] }> = {
  'daying-sifaju-project-self-eval-2023.txt': {
    reported: ['selfeval/blank-score'],
    errors: ['selfeval/blank-score', 'selfeval/weights'],
  },
  'ezhou-jiguanshiwu-project-target-2022.txt': {
    reported: ['value/rate-over-100'],
    errors: ['value/rate-over-100'],
  },
  'hengshan-shangwuliangshiju-special-fund-self-eval-2020.txt': {
    reported: ['value/rate-over-100', 'cost/not-money'],
    errors: ['value/rate-over-100'],
  },
  'huangshi-dangxiao-project-target-2022.txt': {
    reported: ['sum/funding-split', 'cost/not-money', 'structure/misplaced-indicator'],
    errors: ['sum/funding-split'],
  },
  'nanyue-fupin-project-target-2018.txt': {
    reported: ['value/description-mismatch'],
    errors: ['value/description-mismatch'],
  },
  'yueyangxian-nongyenongcunju-project-target-2022.txt': {
    reported: ['value/rate-over-100'],
    errors: ['value/rate-over-100'],
  },
  'wuhan-qingshan-boruoxuexiao-special-fund-target-2020.txt': {
    reported: ['cost/not-money', 'value/not-quantified', 'structure/nonstandard-level'],
    errors: [],
  },
  'wuhan-qingshan-jiaoyuju-project-target-2020.txt': {
    reported: ['cost/not-money', 'value/not-quantified'],
    errors: [],
  },
  'ningxiang-batangzhen-project-target-2021.txt': {
    reported: ['dup/indicator', 'structure/placeholder'],
    errors: [],
  },
  'shouxian-department-self-eval-2023.txt': {
    reported: [],
    errors: ['selfeval/weights', 'value/missing-target'],
  },
};

const files = readdirSync(REAL_EXAMPLES_DIR).filter((name) => name.endsWith('.txt'));
const read = (name: string) => readTextDocument(readFileSync(join(REAL_EXAMPLES_DIR, name)), name);

const money = (t: Table): Expected['budget'] | undefined =>
  t.kind === 'project' ? [t.budget.total, t.budget.fiscal, t.budget.other] : undefined;
const goals = (t: Table) => ('goals' in t ? t.goals : t.goalsExpected);

describe('the real examples', () => {
  it('has an expectation for each file', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...files].sort());
  });

  describe.each(files)('%s', (name) => {
    const { document, findings } = read(name);
    const expected = EXPECTED[name] ?? [];

    it('passes the document schema', () => {
      expect(() => JixiaoDocument.parse(document)).not.toThrow();
    });

    it('has its tables, kinds, names, money, goals and every indicator as written', () => {
      const actual = document.tables.map((t): Expected => ({
        kind: t.kind,
        name: tableLabel(t),
        ...(t.kind === 'project' ? { budget: money(t) } : {}),
        ...('funds' in t
          ? {
              funds: t.funds.map((f) => [f.label, f.full, f.spent] as [string, string | null, string | null]),
            }
          : {}),
        goals: goals(t).slice(0, 20),
        indicators: t.indicators.map((i) => [i.level1, i.level2, i.name, i.value.text].join(' | ')),
      }));
      expect(actual).toEqual(expected);
    });

    it('sets aside no content row (only signature and review rows, said as information)', () => {
      const warnings = findings.filter((f) => f.rule === 'import/unrecognised' && f.severity !== 'info');
      const allowed = name.startsWith('yueyang-chengguanzhihui') ? 1 : name.startsWith('yueyangxian') ? 1 : 0;
      expect(warnings.map((f) => f.message)).toHaveLength(allowed);
    });

    const defects = DEFECTS[name] ?? { reported: [], errors: [] };
    it('reports the defects its catalogue lists, and no error outside them', () => {
      const result = checkDocument(document);
      const rules = new Set(result.findings.map((f) => f.rule));
      for (const rule of defects.reported) expect(rules, rule).toContain(rule);
      const errors = new Set(result.findings.filter((f) => f.severity === 'error').map((f) => f.rule));
      expect([...errors].filter((rule) => !defects.errors.includes(rule))).toEqual([]);
    });
  });
});

describe('details of the real examples', () => {
  it('keeps template placeholders (**) in names, so the placeholder rule can see them', () => {
    const names = read('nanyue-fupin-project-target-2018.txt').document.tables[0]!.indicators.map(
      (i) => i.name,
    );
    expect(names).toContain('贫困地区旅游景点开发数量( ≥**个 )');
    expect(names.filter((n) => n.includes('**'))).toHaveLength(10);
  });

  it('keeps the header fields no table has a place for, and the rows after the grid, as notes', () => {
    const [daying] = read('daying-sifaju-project-self-eval-2023.txt').document.tables;
    expect(daying!.notes).toEqual([
      '评价结论：根据财政局资金下达的管理办法,将资金支付给项目施工方。',
      '存在问题：无',
      '改进措施：无',
    ]);
    const [huangshi] = read('huangshi-dangxiao-project-target-2022.txt').document.tables;
    expect(huangshi!.notes).toEqual(['项目属性：持续性项目■ 新增性项目口', '项目期：2022年']);
  });

  it('drops signature and review rows with an informational note naming the row', () => {
    const { findings } = read('nanyue-fupin-project-target-2018.txt');
    const info = findings.filter((f) => f.severity === 'info');
    expect(info.map((f) => f.source?.cells)).toEqual([['财政部门支出股室初审意见', '(盖章)']]);
  });

  it("reads a cost build-up as the money's use and its 合计 as the budget (鄂州)", () => {
    const [t] = read('ezhou-jiguanshiwu-project-target-2022.txt').document.tables;
    expect(t!.kind === 'project' && t.purpose.split('\n')).toEqual([
      '保安服务费：191.00万元（依据招标文件）',
      '保洁服务费：99.00万元（依据招标文件）',
      '水电气、维修维护费：524.00万元（根据三定方案,各项费用据实结算）',
    ]);
  });

  it('joins a vertical label split over lines back into its cell (宁德), and keeps 年度履职目标 as tasks', () => {
    const [t] = read('ningde-dangshiyanjiushi-department-target-2019.txt').document.tables;
    expect(t!.kind).toBe('department');
    if (t!.kind !== 'department') return;
    expect(t.goals.split('\n')).toHaveLength(4);
    expect(t.tasks.map((task) => [task.name, task.funding.total])).toEqual([
      ['保障志鉴地情相关工作开展所需资金,确保完成2019年度任务', '49.80'],
      ['按时发放2019年人员福利', '11.00'],
      ['按时发放2019年人员工资待遇', '171.41'],
    ]);
    expect(t.notes).toEqual([
      '部门预算编码：901001033',
      '资金总额：171.41',
      '项目支出：60.8',
      '基本支出：110.61',
    ]);
  });

  it('reports an amount typed twice instead of reading it silently (岳阳县 854万854万)', () => {
    const { findings } = read('yueyangxian-nongyenongcunju-project-target-2022.txt');
    const money = findings.filter((f) => f.rule === 'import/unrecognised' && f.severity === 'warning');
    expect(money).toHaveLength(1);
    expect(money[0]!.source?.cells).toContain(
      '854万854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元)',
    );
  });
});
