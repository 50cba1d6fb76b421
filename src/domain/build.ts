import { parseValue } from '../value/parse-value.js';
import type {
  DepartmentSelfEvalTable,
  DepartmentTable,
  Indicator,
  JixiaoDocument,
  ProjectTable,
  SelfEvalIndicator,
  SelfEvalTable,
} from './document.js';

export interface IndicatorFields {
  level1: string;
  level2: string;
  name: string;
  description?: string;
  value: string;
  basis?: string;
}

/** The one way to make an indicator from text: the value is parsed here. */
export function makeIndicator(fields: IndicatorFields & Partial<Omit<Indicator, 'value'>>): Indicator {
  const { value, description = '', basis = '', ...rest } = fields;
  return { ...rest, description, basis, value: parseValue(value) };
}

export function makeSelfEvalIndicator(
  fields: IndicatorFields & {
    actual?: string;
    weight?: number | null;
    score?: number | null;
    reason?: string;
  } & Partial<Omit<SelfEvalIndicator, 'value'>>,
): SelfEvalIndicator {
  const { actual = '', weight = null, score = null, reason = '', ...rest } = fields;
  return { ...makeIndicator(rest), actual, weight, score, reason };
}

export function makeProject(fields: Partial<ProjectTable> & { projectName: string }): ProjectTable {
  return {
    kind: 'project',
    title: '项目支出绩效目标表',
    code: '',
    budget: { total: null, fiscal: null, other: null },
    purpose: '',
    plan: null,
    goals: '',
    indicators: [],
    ...fields,
  };
}

export function makeDepartment(fields: Partial<DepartmentTable> & { unitName: string }): DepartmentTable {
  return {
    kind: 'department',
    title: '部门（单位）整体支出绩效目标表',
    year: null,
    tasks: [],
    tasksTotal: null,
    goals: '',
    indicators: [],
    ...fields,
  };
}

export function makeSelfEval(fields: Partial<SelfEvalTable> & { projectName: string }): SelfEvalTable {
  return {
    kind: 'self-evaluation',
    title: '项目支出绩效自评表',
    funds: [],
    goalsExpected: '',
    goalsActual: '',
    indicators: [],
    totalWeight: null,
    totalScore: null,
    ...fields,
  };
}

export function makeDepartmentSelfEval(
  fields: Partial<DepartmentSelfEvalTable> & { unitName: string },
): DepartmentSelfEvalTable {
  return {
    kind: 'department-self-evaluation',
    title: '部门（单位）整体支出绩效自评表',
    year: null,
    funds: [],
    tasks: [],
    goalsExpected: '',
    goalsActual: '',
    indicators: [],
    totalWeight: null,
    totalScore: null,
    ...fields,
  };
}

export function makeDocument(
  fields: Partial<JixiaoDocument> & { unit: JixiaoDocument['unit'] },
): JixiaoDocument {
  return { schemaVersion: 1, tables: [], prose: [], ...fields };
}
