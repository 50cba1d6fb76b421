import { z } from 'zod';
import { Framework } from '../domain/document.js';

/**
 * Settings kept with conf (file mode 0600). The API key is never here: it lives in the separate
 * secrets file (src/store/secrets.ts) or in the environment.
 */
export const Settings = z.object({
  framework: Framework.default('local'),
  exportDir: z.string().default(''),
  /** `auto`: box characters when the terminal can draw them; `ascii`: plain frames. */
  display: z.enum(['auto', 'unicode', 'ascii']).default('auto'),
  /** Fonts for Word export. */
  fontBody: z.string().default('仿宋'),
  fontHeading: z.string().default('黑体'),
  /** Self-evaluation grade thresholds (优/良/中; below 中 is 差). */
  gradeThresholds: z
    .object({ excellent: z.number(), good: z.number(), fair: z.number() })
    .default({ excellent: 90, good: 80, fair: 60 }),
  llm: z
    .object({
      provider: z.string().default(''),
      baseURL: z.string().default(''),
      model: z.string().default(''),
      timeoutSeconds: z.number().positive().default(60),
      concurrency: z.number().int().min(1).max(8).default(3),
      thinking: z.boolean().default(false),
    })
    .default({ provider: '', baseURL: '', model: '', timeoutSeconds: 60, concurrency: 3, thinking: false }),
});
export type Settings = z.infer<typeof Settings>;
