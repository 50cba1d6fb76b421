import type { ActualsInput } from '../../src/domain/actuals.js';

/** Actuals with projects (the field is optional when a department is given). */
export type ProjectActualsInput = ActualsInput & { projects: NonNullable<ActualsInput['projects']> };
import { makeDocument, makeIndicator, makeProject } from '../../src/domain/build.js';
import type { JixiaoDocument } from '../../src/domain/document.js';

/** The kaifu project's target table as it should have been written (with a target for the legal work). */
export function kaifuTarget() {
  const i = (level1: string, level2: string, name: string, value: string, description = '') =>
    makeIndicator({ level1, level2, name, value, description, basis: '计划标准' });
  return makeProject({
    projectName: '征收工作经费',
    code: '430105-2022-001',
    department: '开福区城市房屋征收和补偿管理办公室',
    budget: { total: '38.00', fiscal: '38.00', other: '0.00' },
    purpose: '征收项目前期调查摸底工作经费、法律顾问费、业务培训等',
    goals:
      '全面参与项目前期准备工作，年内拟完成项目前期私房摸底调查1434户，单位产摸底调查15个，确保全区征收项目稳步推进。',
    indicators: [
      i('产出指标', '数量指标', '项目前期私房摸底调查数量', '≥1434户'),
      i('产出指标', '数量指标', '项目前期单位产摸底调查数量', '≥15个'),
      i('产出指标', '数量指标', '组织征收工作人员业务培训（场次/人数）', '≥1/160'),
      i('产出指标', '数量指标', '诉讼案件办理数量', '≥5件'),
      i('产出指标', '质量指标', '征收项目前期调查摸底工作完成合格率', '≥95%'),
      i('产出指标', '质量指标', '征收业务培训考核合格率', '≥95%'),
      i('产出指标', '质量指标', '法律顾问工作完成合格率', '≥95%'),
      i('产出指标', '时效指标', '征收项目前期调查摸底工作完成及时率', '≥95%'),
      i('产出指标', '时效指标', '征收业务培训完成及时率', '≥95%'),
      i('产出指标', '时效指标', '法律顾问工作完成及时率', '≥95%'),
      i('产出指标', '成本指标', '征收工作经费', '≤38万元'),
      i('效益指标', '社会效益指标', '征收项目按计划推进率', '≥90%'),
      i('满意度指标', '服务对象满意度指标', '被摸底调查对象满意度', '≥90%'),
    ],
  });
}

/** A second project, to match by name among several. */
export function trainingTarget() {
  const i = (level1: string, level2: string, name: string, value: string) =>
    makeIndicator({ level1, level2, name, value, basis: '计划标准' });
  return makeProject({
    projectName: '业务培训经费',
    code: '430105-2022-002',
    budget: { total: '10.00', fiscal: '10.00', other: '0.00' },
    purpose: '全年业务培训',
    goals: '全年举办业务培训4期，培训200人。',
    indicators: [
      i('产出指标', '数量指标', '培训人数', '≥200人'),
      i('产出指标', '时效指标', '培训完成时间', '≤10月底'),
      i('效益指标', '可持续影响指标', '培训工作制度化', '形成长效培训制度'),
      i('满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%'),
    ],
  });
}

export function targetDocument(): JixiaoDocument {
  return makeDocument({
    unit: { name: '开福区城市房屋征收和补偿管理办公室', year: 2022, framework: 'local' },
    tables: [kaifuTarget(), trainingTarget()],
  });
}

/** What kaifu achieved, with its own weights (5 … 30, 10): the correct total is 97.3. */
export function kaifuActuals(): ProjectActualsInput {
  const a = (name: string, actual: string | number, weight: number, reason = '') => ({
    name,
    actual,
    weight,
    ...(reason ? { reason } : {}),
  });
  return {
    projects: [
      {
        name: '征收工作经费',
        budget: { initial: 38, spent: 27.75 },
        goalsActual: '参与项目前期准备工作，年内完成项目前期私房摸底调查1434户，单位产摸底调查15个。',
        weights: { execution: 10 },
        indicators: [
          a('项目前期私房摸底调查数量', 1434, 5),
          a('项目前期单位产摸底调查数量', '15', 5),
          a('组织征收工作人员业务培训（场次/人数）', '1/178', 5),
          a('诉讼案件办理数量', '8件', 5),
          a('征收项目前期调查摸底工作完成合格率', '100%', 5),
          a('征收业务培训考核合格率', '100%', 5),
          a('法律顾问工作完成合格率', '100%', 5),
          a('征收项目前期调查摸底工作完成及时率', '100%', 5),
          a('征收业务培训完成及时率', '100%', 3),
          a('法律顾问工作完成及时率', '100%', 2),
          a('征收工作经费', '27.75万元', 5, '另有10万元2022年年末已申请支付但未支付'),
          a('征收项目按计划推进率', '95%', 30),
          a('被摸底调查对象满意度', '95%', 10),
        ],
      },
    ],
  };
}

/** The training project with default weights: 180 of 200 people, a month late, a partly achieved qualitative goal. */
export function trainingActuals(): ProjectActualsInput {
  return {
    projects: [
      {
        name: '业务培训经费',
        budget: { initial: '10', full: '12', spent: '9.6' },
        indicators: [
          { name: '培训人数', actual: '180人', reason: '部分乡镇人员因防汛未能参训。' },
          { name: '培训完成时间', actual: '11月底', reason: '第四期因场地调整推迟一个月。' },
          {
            name: '培训工作制度化',
            actual: '制度已起草，尚待印发',
            grade: '部分达成并具有一定效果',
            reason: '制度尚待印发。',
          },
          { name: '参训人员满意度', actual: '92%' },
        ],
      },
    ],
  };
}
