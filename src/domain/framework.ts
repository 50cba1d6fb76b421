import type { Framework } from './document.js';

/** The standard 一级 → 二级 names of each framework (docs/domain.md §2). */
export const FRAMEWORK_LEVELS: Record<Framework, Record<string, string[]>> = {
  local: {
    产出指标: ['数量指标', '质量指标', '时效指标', '成本指标'],
    效益指标: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
    满意度指标: ['服务对象满意度指标'],
  },
  'central-2021': {
    产出指标: ['数量指标', '质量指标', '时效指标'],
    成本指标: ['经济成本指标', '社会成本指标', '生态环境成本指标'],
    效益指标: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
    满意度指标: ['服务对象满意度指标'],
  },
};

/** Names seen in real tables for a standard one (效果指标 → 效益指标, 满意度指标 as 二级 → 服务对象满意度指标). */
export const LEVEL_SYNONYMS: Record<string, string> = {
  效果指标: '效益指标',
  产出: '产出指标',
  效益: '效益指标',
  满意度: '满意度指标',
  数量: '数量指标',
  质量: '质量指标',
  时效: '时效指标',
  成本: '成本指标',
  经济效益: '经济效益指标',
  社会效益: '社会效益指标',
  生态效益: '生态效益指标',
  可持续性影响: '可持续影响指标',
  可持续性影响指标: '可持续影响指标',
  可持续影响: '可持续影响指标',
  满意度指标: '服务对象满意度指标',
  服务对象满意度: '服务对象满意度指标',
  社会公众或服务对象满意度指标: '服务对象满意度指标',
};

/** Whether a 二级 is a cost measure in either framework (成本指标 under 产出, or any 二级 of the 成本 一级). */
export function isCostLevel(level1: string, level2: string): boolean {
  return level2 === '成本指标' || level1 === '成本指标' || /成本指标$/.test(level2);
}
