import { z } from 'zod';

/**
 * An amount in 万元 written as a decimal string ("80.00", "337.72", "0.1234"). Kept as text so it is
 * exact; arithmetic goes through src/value/money.ts in integer 元 (万元 × 10 000).
 */
export const Money = z
  .string()
  .regex(/^-?\d{1,11}(\.\d{1,4})?$/, '金额应为数字（万元），最多十一位整数、四位小数，例如 80.00')
  .describe('金额（万元），十进制字符串');
export type Money = z.infer<typeof Money>;

/** 总额 / 财政拨款 / 其他资金, each possibly blank (null) as written in the table. */
export const Funding = z.object({
  total: Money.nullable(),
  fiscal: Money.nullable(),
  other: Money.nullable(),
});
export type Funding = z.infer<typeof Funding>;
