import { z } from 'zod';

/**
 * The grammar's results as zod schemas: what parseValue returns and how money is written. They live
 * here, at the bottom, so src/value/ imports nothing of ours; src/domain/ builds the document model on them.
 */

/** Direction of a target: ≥ > = ≤ <, normalised from ASCII and full-width forms. */
export const Op = z.enum(['≥', '>', '=', '≤', '<']);
export type Op = z.infer<typeof Op>;

/**
 * What a 指标值 is:
 * - number: one amount with a unit (`≥95%`, `≤15万元`, `=3374.98平方米`, `≤24小时`)
 * - deadline: a point in the year (`≤10月底`, `12月31日前`)
 * - composite: several numbers joined by `/` (`1/160`, `80/92/8`)
 * - qualitative: words (`有效`, `是`, `有效保障`)
 * - blank: nothing, `无`, `/`, `……`
 */
export const ValueKind = z.enum(['number', 'deadline', 'composite', 'qualitative', 'blank']);
export type ValueKind = z.infer<typeof ValueKind>;

export const IndicatorValue = z
  .object({
    text: z.string().describe('指标值原文'),
    kind: ValueKind,
    op: Op.nullable().describe('方向；定性或空白时为 null'),
    opExplicit: z.boolean().describe('原文是否写明了方向（"100%" 为 false，按 = 处理）'),
    numbers: z.array(z.number()).describe('数值；composite 有多个'),
    unit: z.string().describe('规范化单位：%、人、万元、元/人、平方米、月底……；无单位为空串'),
    unitRaw: z.string().describe('原文单位'),
    quantitative: z.boolean(),
  })
  .describe('解析后的指标值');
export type IndicatorValue = z.infer<typeof IndicatorValue>;

/**
 * An amount in 万元 written as a decimal string ("80.00", "337.72", "0.1234"). Kept as text so it is
 * exact; arithmetic goes through src/value/money.ts in integer 元 (万元 × 10 000).
 */
export const Money = z
  .string()
  .regex(/^-?\d{1,11}(\.\d{1,4})?$/, '金额应为数字（万元），最多十一位整数、四位小数，例如 80.00')
  .describe('金额（万元），十进制字符串');
export type Money = z.infer<typeof Money>;
