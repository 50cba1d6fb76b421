import { z } from 'zod';

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/** The one location form: which table, which part of it, which indicator (三级 name), which field. */
export const Location = z.object({
  table: z.string(),
  section: z.string().optional(),
  indicator: z.string().optional(),
  field: z.string().optional(),
  /** Index of the table in the document and of the indicator in its table (for jumping to it). */
  tableIndex: z.number().int().optional(),
  indicatorIndex: z.number().int().optional(),
});
export type Location = z.infer<typeof Location>;

/** For import findings: the source row a finding is about, and why it was set aside (same as `import --explain`). */
export const ImportSource = z.object({
  /** "第12行", or "第2个表格第3行". */
  row: z.string(),
  line: z.number().int().optional(),
  /** The row's non-empty cells as written. */
  cells: z.array(z.string()),
  reason: z.string().optional(),
});
export type ImportSource = z.infer<typeof ImportSource>;

export const Finding = z.object({
  rule: z.string(),
  severity: Severity,
  message: z.string(),
  /** Which of the rule's messages this is (`meta.messages`) and the values filled into it: decide by these, not by `message`. */
  messageId: z.string().optional(),
  data: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  location: Location,
  suggestion: z.string().optional(),
  /** A model's second opinion on a judgement call (LLM issue). */
  secondOpinion: z.object({ agreed: z.boolean(), reason: z.string() }).optional(),
  /** The reviewer kept the indicator as written, with this reason: an error reported as info. */
  kept: z.object({ reason: z.string() }).optional(),
  source: ImportSource.optional(),
});
export type Finding = z.infer<typeof Finding>;
