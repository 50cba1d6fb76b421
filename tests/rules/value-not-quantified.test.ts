import { makeDepartment, makeProject, makeSelfEval, makeSelfEvalIndicator } from '../../src/domain/build.js';
import type { Indicator } from '../../src/domain/document.js';
import { notQuantified } from '../../src/rules/value/not-quantified.js';
import { testRule } from '../support/rule-tester.js';
import { doc, ind } from '../support/tables/build.js';
import { cleanCases } from '../support/tables/documents.js';

const korla = (...indicators: Indicator[]) =>
  doc([makeDepartment({ unitName: '库尔勒市房屋征收与补偿管理办公室', indicators })]);

testRule(notQuantified, {
  valid: [
    ...cleanCases,
    {
      name: 'gradeable qualitative values where they fit; costs are cost/not-money’s; blanks are missing-target’s',
      document: korla(
        ind('产出指标|质量指标|工程质量|工程质量达到的标准|符合国家验收标准'),
        ind('产出指标|时效指标|完成时限||年底前完成'),
        ind('效益指标|社会效益指标|重大安全事故||零发生'),
        ind('效益指标|社会效益指标|保障单位正常运转||保障单位正常运转'),
        ind('效益指标|可持续影响指标|长效管护机制||建立长效管护机制'),
        ind('产出指标|成本指标|各项业务经费支出不超支，不超预算||可控'),
        ind('成本指标|经济成本指标|运维费||可控'),
        ind('产出指标|数量指标|培训人数||'),
        ind('效益指标|社会效益指标|群众知晓率||≥85%'),
      ),
    },
    {
      name: 'degree words next to a standard, a mechanism or a number stay gradeable',
      document: korla(
        ind('效益指标|社会效益指标|办学条件||明显改善，达到省定办学标准'),
        ind('效益指标|可持续影响指标|管护机制||年内建立长效管护机制'),
        ind('效益指标|社会效益指标|群众生活||收入稳步提高5%以上'),
        ind('效益指标|社会效益指标|安全生产||杜绝重大安全事故发生'),
      ),
    },
  ],
  invalid: [
    {
      name: 'issue: vague words anywhere in the value, not only at its start',
      document: korla(
        ind('效益指标|社会效益指标|项目实施效果||成效明显'),
        ind('效益指标|社会效益指标|居民生活环境||居住环境明显改善'),
        ind('效益指标|社会效益指标|群众生活水平||生活水平得到提升'),
        ind('效益指标|可持续影响指标|管理制度||管理制度逐步完善'),
        ind('效益指标|社会效益指标|服务能力||服务能力有所提高'),
        ind('产出指标|质量指标|服务质量||良好'),
        ind('产出指标|质量指标|工程质量||优良'),
        ind('效益指标|社会效益指标|基础教育巩固提高情况||巩固提高'),
        ind('效益指标|社会效益指标|办学条件||持续改善'),
        ind('效益指标|社会效益指标|群众认可度||高'),
      ),
      findings: [
        {
          messageId: 'vague',
          data: { name: '项目实施效果', value: '成效明显' },
          message: '项目实施效果：指标值“成效明显”过于笼统，无法考核',
        },
        { messageId: 'vague', data: { name: '居民生活环境', value: '居住环境明显改善' } },
        { messageId: 'vague', data: { name: '群众生活水平', value: '生活水平得到提升' } },
        { messageId: 'vague', data: { name: '管理制度', value: '管理制度逐步完善' } },
        { messageId: 'vague', data: { name: '服务能力', value: '服务能力有所提高' } },
        { messageId: 'vague', data: { name: '服务质量', value: '良好' } },
        { messageId: 'vague', data: { name: '工程质量', value: '优良' } },
        { messageId: 'vague', data: { name: '基础教育巩固提高情况', value: '巩固提高' } },
        { messageId: 'vague', data: { value: '持续改善' } },
        { messageId: 'vague', data: { name: '群众认可度', value: '高' } },
      ],
    },
    {
      name: 'korla: 有效 / 显著 / 长期 / 有效促进 for 效益 indicators',
      document: korla(
        ind('效益指标|社会效益指标|改善棚户区改造居民住房条件||有效'),
        ind('效益指标|可持续影响指标|有效促进库尔勒市经济发展||显著'),
        ind('效益指标|可持续影响指标|有效促进库尔勒市经济发展||长期'),
        ind('效益指标|社会效益指标|促进库尔勒市经济稳步发展||有效促进'),
      ),
      findings: [
        {
          severity: 'warning',
          messageId: 'vague',
          data: { name: '改善棚户区改造居民住房条件', value: '有效' },
          location: {
            table: '库尔勒市房屋征收与补偿管理办公室整体支出绩效目标表',
            section: '绩效指标',
            indicator: '改善棚户区改造居民住房条件',
            field: '指标值',
            indicatorIndex: 0,
          },
          suggestion:
            '写成可衡量的值（比率、数量、年限），例如 受益人口 ≥420户、设施使用年限 ≥15年，或写出可评判的具体标准',
        },
        { messageId: 'vague', data: { name: '有效促进库尔勒市经济发展', value: '显著' } },
        { messageId: 'vague', data: { name: '有效促进库尔勒市经济发展', value: '长期' } },
        { messageId: 'vague', data: { name: '促进库尔勒市经济稳步发展', value: '有效促进' } },
      ],
    },
    {
      name: 'example-street-office 有效提升; bazhou 有所保障; kaifu 有效保障; 是/否; a count in words; satisfaction in words',
      document: doc([
        makeProject({
          projectName: '社区工作者业务培训',
          indicators: [
            ind('效益指标|社会效益指标|社区服务能力|提升社区服务能力|有效提升'),
            ind('效益指标|社会效益指标|保障建设工程服务业务安全稳定||有所保障'),
            ind('产出指标|时效指标|是否按时完成||是'),
            ind('产出指标|数量指标|培训覆盖面||全覆盖'),
            ind('满意度指标|服务对象满意度指标|参训人员满意度||满意'),
            ind('产出指标|质量指标|培训质量||合格'),
            ind('成本指标|社会成本指标|对群众生活的影响||进一步降低'),
          ],
        }),
        makeSelfEval({
          projectName: '征收工作经费',
          indicators: [
            makeSelfEvalIndicator({
              level1: '效益指标',
              level2: '社会效益指标',
              name: '确保征收项目稳步推进，征收工作正常开展',
              value: '有效保障　',
              actual: '有效保障',
            }),
          ],
        }),
      ]),
      findings: [
        {
          messageId: 'vague',
          data: { name: '社区服务能力', value: '有效提升' },
          location: { table: '社区工作者业务培训', indicatorIndex: 0 },
        },
        { messageId: 'vague', data: { name: '保障建设工程服务业务安全稳定', value: '有所保障' } },
        {
          messageId: 'yesNo',
          data: { name: '是否按时完成', value: '是' },
          suggestion: '写成时限或及时率，例如 ≤10月底、≤24小时、按时完成率 =100%',
        },
        {
          messageId: 'quantityNotNumber',
          data: { name: '培训覆盖面', value: '全覆盖' },
          suggestion: '写成数量（数字加单位），例如 ≥3个、≥240人',
        },
        {
          messageId: 'satisfactionNotPercent',
          data: { name: '参训人员满意度', value: '满意' },
          suggestion: '写成百分比，例如 ≥90%',
        },
        {
          messageId: 'notGradeable',
          data: { name: '培训质量', value: '合格' },
          suggestion: '写成比率，例如 验收合格率 =100%、考核合格率 ≥90%',
        },
        { messageId: 'vague', data: { name: '对群众生活的影响', value: '进一步降低' } },
        {
          messageId: 'vague',
          data: { name: '确保征收项目稳步推进，征收工作正常开展', value: '有效保障' },
          location: { table: '征收工作经费（自评表）', tableIndex: 1 },
        },
      ],
    },
  ],
});
