import type { UnitClass } from '../value/measure.js';
import { bareName } from './names.js';

/** What the head noun of a name counts, in words for messages, and the unit classes that can count it. */
export interface Counted {
  what: string;
  allowed: UnitClass[];
}

const PEOPLE: Counted = { what: '人', allowed: ['people'] };
const PEOPLE_OR_HOUSEHOLDS: Counted = { what: '人或户', allowed: ['people', 'household'] };
const HOUSEHOLDS: Counted = { what: '户', allowed: ['household'] };
const FAMILIES: Counted = { what: '户（家庭）', allowed: ['household', 'item'] };

/**
 * Head nouns (the end of a 三级 name, after 数/数量/总数) and what they count. One table, broad: the
 * nouns reviewers see counted in the wrong unit (people in 个, households in 人, lengths in 条).
 */
const HEADS: Array<[RegExp, Counted]> = [
  [
    /(人数|人次|人员|学生|学员|幼儿|儿童|少年|青年|老人|老年人|职工|干部|教师|医生|医务人员|患者|病人|工作者|志愿者|党员|妇女|残疾人|退役军人|劳动力|务工人员)$/,
    PEOPLE,
  ],
  [/(居民|群众|村民|农民|人口|脱贫人口|困难群众)$/, PEOPLE_OR_HOUSEHOLDS],
  [/(户数|农户|住户|贫困户|低保户|特困户|脱贫户|商户|经营户)$/, HOUSEHOLDS],
  [/家庭$/, FAMILIES],
  [/(长度|里程|公里数|延米)$/, { what: '长度', allowed: ['length'] }],
  [/(面积)$/, { what: '面积', allowed: ['area'] }],
  [/(金额|资金|经费|费用|成本|投资额|补贴额|补助额)$/, { what: '金额', allowed: ['money'] }],
  [/(时间|时长|工期|天数|时限|期限|年限|周期|月数)$/, { what: '时间', allowed: ['time'] }],
];
const COUNT_SUFFIX = /(总数|总量|数量|个数|规模|数)$/;

/** What a 三级 name counts, from its head noun (`受益学生数` → 人, `改造面积` → 面积); null when it does not say. */
export function countedBy(name: string): Counted | null {
  const bare = bareName(name);
  for (const candidate of [bare, bare.replace(COUNT_SUFFIX, '')]) {
    if (!candidate) continue;
    for (const [head, counted] of HEADS) if (head.test(candidate)) return counted;
  }
  return null;
}
