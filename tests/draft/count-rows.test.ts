import { describe, expect, it } from 'vitest';
import { Answers, type AnswersInput } from '../../src/domain/answers.js';
import type { ProjectTable } from '../../src/domain/document.js';
import { createOfflineDrafter } from '../../src/draft/offline/index.js';
import { checkDocument } from '../../src/rules/engine.js';

/** A count's name follows its unit, and a unit cost divides only the money that buys the counted things. */
const one = (project: NonNullable<AnswersInput['projects']>[number]): AnswersInput => ({
  unit: { name: '示例县民政局', year: 2025, duties: '', staff: 20 },
  projects: [project],
});

async function draftOne(project: NonNullable<AnswersInput['projects']>[number]) {
  const { document } = await createOfflineDrafter().draft(Answers.parse(one(project)));
  return { table: document.tables[1] as ProjectTable, findings: checkDocument(document).findings };
}

describe('count rows of the offline drafter', () => {
  it('names a count in 户 as 户数 (临时救助户数 ≥120户, not 临时救助人次)', async () => {
    const { table, findings } = await draftOne({
      name: '困难群众临时救助',
      fiscal: 36,
      purpose: '对遭遇突发困难的家庭实施临时救助120户。',
    });
    expect(table.indicators.map((i) => `${i.name} ${i.value.text}`)).toContain('临时救助户数 ≥120户');
    expect(findings.filter((f) => f.rule === 'value/count-unit')).toEqual([]);
  });

  it('divides the itemised amount that buys the counted things, not the whole budget', async () => {
    const { table, findings } = await draftOne({
      name: '办公设备采购',
      fiscal: 282.34,
      purpose: '主要用于：1.设备采购73.14万元；2.运维服务12.6万元；3.场地租赁196.6万元。',
      goals: '购置设备316台。',
    });
    const price = table.indicators.find((i) => i.name === '购置单价');
    expect(price?.value.text).toBe('≤2314.55元/台');
    expect(price?.rationale).toContain('设备采购');
    expect(findings.filter((f) => f.rule === 'cost/quantity-times-rate')).toEqual([]);
  });

  it('leaves the unit cost out when no item of an itemised budget buys the counted things', async () => {
    const { table } = await draftOne({
      name: '办公设备采购',
      fiscal: 30,
      purpose: '主要用于：1.运维服务10万元；2.场地租赁20万元。',
      goals: '购置设备20台。',
    });
    expect(table.indicators.map((i) => i.name)).not.toContain('购置单价');
  });
});
