import type { Settings } from '../../store/settings-schema.js';

/**
 * The settings the first screen is drawn with, before the settings file is read (conf and zod load
 * after the first frame). Equal to the schema's defaults: a test keeps it so.
 */
export const DEFAULT_SETTINGS: Settings = {
  framework: 'local',
  exportDir: '',
  display: 'auto',
  fontBody: '仿宋',
  fontHeading: '黑体',
  gradeThresholds: { excellent: 90, good: 80, fair: 60 },
  llm: { provider: '', baseURL: '', model: '', timeoutSeconds: 60, concurrency: 3, thinking: false },
};
