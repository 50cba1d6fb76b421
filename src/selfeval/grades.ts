import type { SelfEvalIndicator } from '../domain/document.js';
import { normalizeText } from '../value/normalize.js';

export type QualitativeGrade = NonNullable<SelfEvalIndicator['grade']>;

/** Share of the weight a qualitative indicator may score in each grade (docs/domain.md §4). */
export interface GradeBand {
  label: string;
  min: number;
  max: number;
  /** What the builder gives when no score inside the band is chosen. */
  preset: number;
}

export const GRADE_BANDS: Record<QualitativeGrade, GradeBand> = {
  achieved: { label: '达成年度指标', min: 0.8, max: 1, preset: 1 },
  partial: { label: '部分达成并具有一定效果', min: 0.6, max: 0.8, preset: 0.7 },
  failed: { label: '未达成且效果较差', min: 0, max: 0.6, preset: 0.3 },
};

/** Reads a grade written in English (achieved) or Chinese (达成年度指标, 部分达成, 未达成…); null otherwise. */
export function parseGrade(text: string | null | undefined): QualitativeGrade | null {
  const s = normalizeText(text ?? '');
  if (s === 'achieved' || s === 'partial' || s === 'failed') return s;
  if (/^未达成/.test(s)) return 'failed';
  if (/^部分达成/.test(s)) return 'partial';
  if (/^(达成年度指标|达成|已达成)$/.test(s)) return 'achieved';
  return null;
}

/** Scores from which a table is 优, 良, 中 (below 中 is 差); the user's are Settings.gradeThresholds. */
export interface GradeThresholds {
  excellent: number;
  good: number;
  fair: number;
}
export type OverallGrade = '优' | '良' | '中' | '差';

export const DEFAULT_GRADE_THRESHOLDS: GradeThresholds = { excellent: 90, good: 80, fair: 60 };

/** 优 ≥ excellent, 良 ≥ good, 中 ≥ fair, 差 below (thresholds from Settings.gradeThresholds). */
export function overallGrade(
  total: number,
  thresholds: GradeThresholds = DEFAULT_GRADE_THRESHOLDS,
): OverallGrade {
  if (total >= thresholds.excellent) return '优';
  if (total >= thresholds.good) return '良';
  if (total >= thresholds.fair) return '中';
  return '差';
}
