import { z } from 'zod';
import { Framework, JixiaoDocument, ProjectCategory } from '../domain/document.js';

/**
 * The zod schema of a draft file (src/store/drafts.ts). Kept apart so the app's first screen can
 * list drafts' types without loading zod; the store loads this when it reads a file.
 */

/** The interview's answers so far: everything optional until asked. Amounts in 万元 as numbers. */
export const DraftAnswers = z.object({
  unit: z
    .object({
      name: z.string().optional(),
      year: z.number().int().optional(),
      framework: Framework.optional(),
      duties: z.string().optional(),
      staff: z.number().int().nonnegative().optional(),
    })
    .default({}),
  tasks: z
    .array(
      z.object({
        name: z.string(),
        content: z.string().optional(),
        fiscal: z.number().nonnegative().optional(),
        other: z.number().nonnegative().optional(),
      }),
    )
    .default([]),
  projects: z
    .array(
      z.object({
        name: z.string(),
        code: z.string().optional(),
        fiscal: z.number().nonnegative().optional(),
        other: z.number().nonnegative().optional(),
        purpose: z.string().optional(),
        plan: z.array(z.number()).length(4).optional(),
        goals: z.string().optional(),
        category: ProjectCategory.optional(),
      }),
    )
    .default([]),
});
export type DraftAnswers = z.infer<typeof DraftAnswers>;

/** Where the interview stands: a question of the unit, of the i-th task or project, or the summary. */
export const InterviewStep = z.discriminatedUnion('section', [
  z.object({ section: z.literal('unit'), field: z.enum(['name', 'year', 'framework', 'duties', 'staff']) }),
  z.object({
    section: z.literal('task'),
    index: z.number().int().nonnegative(),
    field: z.enum(['name', 'content', 'fiscal', 'other']),
  }),
  z.object({
    section: z.literal('project'),
    index: z.number().int().nonnegative(),
    field: z.enum(['name', 'code', 'fiscal', 'other', 'purpose', 'plan', 'goals']),
  }),
  z.object({ section: z.literal('summary') }),
]);
export type InterviewStep = z.infer<typeof InterviewStep>;

export const DraftStage = z.enum(['interview', 'review', 'preview', 'exported']);
export type DraftStage = z.infer<typeof DraftStage>;

export const Draft = z.object({
  version: z.literal(1),
  id: z.string().regex(/^[\w-]+$/),
  createdAt: z.string(),
  updatedAt: z.string(),
  stage: DraftStage,
  /** Where the draft came from: a new interview, the worked example, or an imported file. */
  origin: z.enum(['new', 'example', 'import']).default('new'),
  answers: DraftAnswers,
  step: InterviewStep,
  /** Text typed into the current question but not yet confirmed (saved when the app is left). */
  pending: z.string().optional(),
  document: JixiaoDocument.optional(),
  /** Per table of the document: whether the reviewer accepted it. */
  reviewed: z.array(z.boolean()).default([]),
  exported: z.object({ dir: z.string(), files: z.array(z.string()), at: z.string() }).optional(),
  /** Last year's tables (导入去年的表作参考, full paths): every draft from these answers offers their indicators of the same project first. */
  previous: z.array(z.string()).optional(),
  /** Set on a self-evaluation (自评表) draft: its document holds the 自评表 being filled in; `from` names the target tables it started from. */
  selfEval: z.object({ from: z.string() }).optional(),
});
export type Draft = z.infer<typeof Draft>;
