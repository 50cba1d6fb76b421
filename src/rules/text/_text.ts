/** Text helpers shared by the text/, dup/ and relevance/ rules. */

/** Text for comparing passages: full-width forms folded, spaces removed. */
export function compact(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * Two-character words that say nothing about what a project is (项目, 工作, 提升…): they do not
 * count when deciding whether two texts are about the same thing.
 */
const STOP_BIGRAMS = new Set(
  (
    '项目 工作 经费 资金 专项 费用 业务 年度 完成 开展 实施 推进 相关 用于 主要 保障 提升 服务 管理 建设 工程 单位 部门 全年 ' +
    '本年 计划 情况 进行 加强 做好 确保 各项 有效 提高 其他 以及 及其 支出 预算 万元 经济 社会 效益 指标 目标 一批 批次'
  ).split(' '),
);

/** The meaningful two-character sequences of the Chinese text in `text` (digits and punctuation break runs). */
export function meaningfulBigrams(text: string): Set<string> {
  const bigrams = new Set<string>();
  for (const run of text.normalize('NFKC').match(/[\u4e00-\u9fff]{2,}/g) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) {
      const bigram = run.slice(i, i + 2);
      if (!STOP_BIGRAMS.has(bigram)) bigrams.add(bigram);
    }
  }
  return bigrams;
}

export function sharesBigram(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const bigram of small) if (large.has(bigram)) return true;
  return false;
}
