import { z } from 'zod';
import { Money } from '../value/schema.js';

export { Money };

/** 总额 / 财政拨款 / 其他资金, each possibly blank (null) as written in the table. */
export const Funding = z.object({
  total: Money.nullable(),
  fiscal: Money.nullable(),
  other: Money.nullable(),
});
export type Funding = z.infer<typeof Funding>;
