import { describe, expect, it } from 'vitest';
import { classifyProject } from '../../src/domain/categories.js';
import { ProjectCategory } from '../../src/domain/document.js';
import { KINDS } from '../../src/domain/project-kinds.js';
import { isGenericRowName, KIND_IDS, nameHead } from '../../src/domain/project-model.js';
import { loadLibrary } from '../../src/draft/library.js';

/**
 * Real-sounding project names of township and county offices, with the kind a reviewer would file
 * them under. The head of the name decides (a 考核奖 is a bonus, a 维修费 is repairs, a 平台建设 is IT).
 */
const NAMES: Array<[string, ProjectCategory]> = [
  ['社区工作者考核奖', 'salary-subsidy'],
  ['2025年公益性岗位补贴', 'salary-subsidy'],
  ['村干部基本报酬', 'salary-subsidy'],
  ['机关日常运转经费', 'operations'],
  ['公务用车运行维护费', 'operations'],
  ['办公楼维修费', 'construction'],
  ['老旧小区改造提升工程', 'construction'],
  ['政务服务数据共享平台建设', 'it-system'],
  ['视频监控系统运维服务', 'it-system'],
  ['基层干部能力提升培训班', 'training-meeting'],
  ['执法记录仪购置', 'equipment'],
  ['社区图书室图书购置', 'equipment'],
  ['文明城市创建宣传经费', 'publicity'],
  ['棚户区房屋征收补偿', 'expropriation'],
  ['信访维稳工作经费', 'petition-stability'],
  ['社区党群服务中心运行经费', 'community-service'],
  ['辖区生活垃圾清运', 'environment-sanitation'],
  ['国土空间规划编制', 'consulting-study'],
  ['高标准农田建设项目', 'farmland-construction'],
  ['耕地地力保护补贴', 'agricultural-subsidy'],
  ['重大动物疫病强制免疫补助经费', 'animal-epidemic'],
  ['农村饮水安全工程维修养护', 'water-supply'],
  ['中小河流河道治理工程', 'river-management'],
  ['农村公路日常养护', 'rural-road'],
  ['家庭经济困难学生资助', 'student-aid'],
  ['义务教育学生营养改善计划', 'school-meals'],
  ['中小学校舍维修改造', 'school-repair'],
  ['基本公共卫生服务项目', 'public-health'],
  ['城乡医疗救助资金', 'medical-assistance'],
  ['城乡低保资金', 'minimum-living'],
  ['困难群众临时救助', 'temporary-assistance'],
  ['居家养老服务补贴', 'elderly-care'],
  ['法律援助经费', 'legal-aid'],
  ['人民调解工作经费', 'mediation'],
  ['粮食储备费用补贴', 'grain-reserve'],
  ['县级应急物资储备', 'emergency-supplies'],
  ['送戏下乡文化惠民活动', 'culture-outreach'],
  ['全民健身活动经费', 'fitness'],
  ['森林防火专项经费', 'forest-fire'],
];

/** Names never tuned for: a second look at the same kinds in other words. */
const MORE: Array<[string, ProjectCategory]> = [
  ['植树造林', 'afforestation'],
  ['党员教育活动经费', 'party-building'],
  ['防汛抗旱经费', 'flood-control'],
  ['安全生产执法检查', 'work-safety'],
  ['供水工程维护', 'water-supply'],
  ['储备粮保管费', 'grain-reserve'],
  ['生态公益林补偿', 'afforestation'],
  ['疫苗接种', 'public-health'],
  ['数字乡村建设', 'it-system'],
  ['应急救援队伍建设', 'work-safety'],
  ['粮食安全应急保障', 'grain-reserve'],
  ['乡镇综合文化站免费开放补助', 'culture-outreach'],
  ['农村义务教育薄弱学校改造补助资金', 'school-repair'],
  ['专项工作经费', 'other'],
  ['其他支出', 'other'],
];

describe('project classifier (head of the name)', () => {
  it('files at least 38 of 39 real-sounding project names right', () => {
    const wrong = NAMES.filter(([name, kind]) => classifyProject({ name }) !== kind).map(
      ([name, kind]) => `${name}: ${classifyProject({ name })} ≠ ${kind}`,
    );
    const score = NAMES.length - wrong.length;
    console.log(
      `classifier: ${score} of ${NAMES.length} right${wrong.length ? `; wrong: ${wrong.join('; ')}` : ''}`,
    );
    expect(NAMES).toHaveLength(39);
    expect(score).toBeGreaterThanOrEqual(38);
  });

  it('classifies other names of the same kinds, and keeps other for names that fit nothing', () => {
    for (const [name, kind] of MORE) expect(classifyProject({ name }), name).toBe(kind);
  });

  it('covers every kind of the enum with at least one name', () => {
    const covered = new Set([...NAMES, ...MORE].map(([, k]) => k));
    expect(ProjectCategory.options.filter((k) => !covered.has(k))).toEqual([]);
    expect(ProjectCategory.options.length).toBeGreaterThanOrEqual(25);
  });

  it('reads the head, not a word anywhere in the name', () => {
    expect(nameHead('社区工作者考核奖')).toMatchObject({ kind: 'salary-subsidy', object: '社区工作者' });
    expect(nameHead('智慧社区平台建设')?.kind).toBe('it-system');
    expect(nameHead('社区图书室图书购置')?.kind).toBe('equipment');
    expect(nameHead('专项经费')).toBeNull();
  });

  it('tells generic rows (any project may share them) from rows with an object of their own', () => {
    for (const name of [
      '预算执行率',
      '资金支付及时率',
      '服务对象满意度',
      '项目完成时间',
      '工程验收合格率',
      '安全事故发生次数',
    ])
      expect(isGenericRowName(name), name).toBe(true);
    for (const name of ['道路修复完成率', '路面平整合格率', '苗木成活率', '培训人数', '储备粮宜存率'])
      expect(isGenericRowName(name), name).toBe(false);
  });

  it('is data every kind fills in: heads that compile, words, a sector, the library file’s label', () => {
    const library = loadLibrary();
    for (const kind of KIND_IDS) {
      const model = KINDS[kind];
      expect(model.heads.length, kind).toBeGreaterThan(0);
      for (const head of model.heads) expect(() => new RegExp(head, 'u'), `${kind} ${head}`).not.toThrow();
      expect(model.words.length, kind).toBeGreaterThan(2);
      expect(model.sector, kind).not.toBe('');
      expect(library.categories[kind].label, kind).toBe(model.label);
    }
  });
});
