import type { DraftStage } from '../store/drafts.js';

/** Small Chinese formatting helpers shared by screens. */

export const STAGE_LABELS: Record<DraftStage, string> = {
  interview: '访谈中',
  review: '审阅中',
  preview: '待导出',
  exported: '已导出',
};

/** "3月5日 14:20" (with the year when it is not this year). */
export function formatWhen(iso: string, now: Date): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '时间未知';
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`;
  return d.getFullYear() === now.getFullYear() ? day : `${d.getFullYear()}年${day}`;
}

/** An error of any kind as one Chinese line. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
