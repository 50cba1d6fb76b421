import type { Key } from 'ink';
import type { Dispatch } from 'react';
import { type Indicator } from '../../domain/document.js';
import { isTargetTable } from '../../domain/table-kind.js';
import { explanationKey } from '../state/model.js';
import type { Issue } from '../state/review.js';
import type { Action, AppState, Screen } from '../state/types.js';
import { useModel } from './useModel.js';
import { useModelCall, type ModelCall } from './useModelCall.js';
import { useSyncState } from './useSyncState.js';

type ReviewState = AppState & { screen: Extract<Screen, { kind: 'review' }> };

export interface ReviewModel {
  /** Keys for the help line (the model keys, or the hint that no model is configured). */
  help: Array<[string, string]>;
  /** Handles the model keys (s r w o) and, while a call runs, every key (Esc cancels). True when used. */
  handleKey(input: string, key: Key): boolean;
  busy: ModelCall | null;
  /** The rewrite instruction is being typed (the screen's own keys are off meanwhile). */
  prompting: boolean;
  /** What the rewrite prompt sends (empty: the default instruction). */
  submitRewrite(instruction: string): void;
  closePrompt(): void;
  /** The model's reason for the selected indicator (asked with w, or written when drafting). */
  note: string | null;
}

const NOT_CONFIGURED =
  '未配置模型：在开始界面 → 设置 → 起草方式（模型）中选择服务商并保存 API Key 后，可用 s 更多建议、r 改写、w 为什么、o 第二意见。';

/**
 * The review screen's model helpers: more suggestions for the selected row's 二级 category, a
 * rewrite of the row (an undoable edit), the reason for it, and second opinions on the table's
 * judgement-call findings. One call at a time; Esc cancels; failures become messages.
 */
export function useReviewModel(state: ReviewState, dispatch: Dispatch<Action>, issues: Issue[]): ReviewModel {
  const model = useModel(state.settings);
  const call = useModelCall();
  const [prompting, setPrompting, promptingRef] = useSyncState(false);
  const { table: t, row } = state.screen;
  const document = state.draft!.document!;
  const table = document.tables[t];
  const indicator = table.indicators[row] as Indicator | undefined;
  const ready = model.status === 'ready' ? model.model : null;
  const judgement = ready
    ? issues.filter((i) => !i.finding.secondOpinion && ready.isJudgementCall(i.finding))
    : [];

  const say = (message: string) => dispatch({ type: 'review-message', message });
  const failed = (message: string) => say(`模型没有完成：${message}`);
  const tokensOf = (u: { prompt: number; completion: number }) => u.prompt + u.completion;

  /** The model and a table it can work on, or a message saying why not. */
  const usable = () => {
    if (model.status === 'loading') return say('正在读取模型设置，请稍候再试。');
    if (model.status === 'none')
      return say(model.configured ? `模型不可用：${model.reason}` : NOT_CONFIGURED);
    if (!isTargetTable(table)) return say('自评表不使用模型建议。');
    return { ready: model.model, table };
  };

  const suggest = () => {
    const ok = usable();
    if (!ok) return;
    if (!indicator) return say('这张表还没有指标：先按 n 新增一条，再按 s 请模型补充同类指标。');
    const { level1, level2 } = indicator;
    call.run(
      `请模型补充“${level2}”指标`,
      ({ signal, onText }) => ok.ready.assistant.suggestMore(ok.table, level2, { level1, signal, onText }),
      ({ indicators, tokens }) =>
        indicators.length > 0
          ? dispatch({ type: 'add-suggestions', level2, indicators, tokens: tokensOf(tokens) })
          : say(`模型给出的“${level2}”指标与表中已有的重复，没有新增。`),
      failed,
    );
  };

  const submitRewrite = (instruction: string) => {
    setPrompting(false);
    const ok = usable();
    if (!ok || !indicator) return;
    const at = row;
    const findings = issues.filter((i) => i.finding.location.indicatorIndex === at).map((i) => i.finding);
    call.run(
      `请模型改写“${indicator.name}”`,
      ({ signal, onText }) =>
        ok.ready.assistant.rewriteIndicator(ok.table, at, { instruction, findings, signal, onText }),
      ({ indicator: rewritten, reason, tokens }) =>
        dispatch({ type: 'rewrite-row', row: at, indicator: rewritten, reason, tokens: tokensOf(tokens) }),
      failed,
    );
  };

  const explain = () => {
    const ok = usable();
    if (!ok) return;
    if (!indicator) return say('这张表还没有指标。');
    const key = explanationKey(t, indicator);
    call.run(
      `请模型说明“${indicator.name}”的理由`,
      ({ signal, onText }) => ok.ready.assistant.explainIndicator(ok.table, row, { signal, onText }),
      ({ reason, caution, tokens }) =>
        dispatch({ type: 'explained', key, reason, caution, tokens: tokensOf(tokens) }),
      failed,
    );
  };

  const secondOpinion = () => {
    const ok = usable();
    if (!ok) return;
    if (judgement.length === 0)
      return say('这张表没有需要模型判断的问题（例如“指标与项目无关”），或已经有了第二意见。');
    call.run(
      `请模型对 ${judgement.length} 条问题给出第二意见`,
      ({ signal }) =>
        ok.ready.secondOpinions(
          judgement.map((i) => i.finding),
          document,
          { signal },
        ),
      ({ findings, tokens }) => dispatch({ type: 'second-opinions', findings, tokens: tokensOf(tokens) }),
      failed,
    );
  };

  const handleKey = (input: string, key: Key): boolean => {
    if (call.isBusy()) {
      if (key.escape) {
        call.cancel();
        say('已取消，表格没有改动。');
      }
      return true;
    }
    if (promptingRef.current || key.ctrl || key.meta) return false;
    if (input === 'o') return (secondOpinion(), true);
    if (state.screen.focus !== 'grid') return false;
    if (input === 's') return (suggest(), true);
    if (input === 'w') return (explain(), true);
    if (input === 'r') {
      if (!indicator) say('这张表还没有指标。');
      else if (usable()) setPrompting(true);
      return true;
    }
    return false;
  };

  const explanation = indicator ? state.model?.explanations[explanationKey(t, indicator)] : undefined;
  const note = explanation
    ? `模型的理由：${explanation.reason}${explanation.caution ? `（可能被质疑：${explanation.caution}）` : ''}`
    : indicator?.rationale
      ? `理由：${indicator.rationale}`
      : null;

  const help: Array<[string, string]> =
    model.status === 'ready'
      ? [
          ['s', '更多建议'],
          ['r', '改写'],
          ['w', '为什么'],
          ...(judgement.length > 0
            ? ([['o', `第二意见（${judgement.length}）`]] as Array<[string, string]>)
            : []),
        ]
      : model.status === 'none'
        ? [['s r w o', model.configured ? '模型（不可用）' : '模型（未配置模型）']]
        : [];

  return {
    help,
    handleKey,
    busy: call.busy,
    prompting,
    submitRewrite,
    closePrompt: () => setPrompting(false),
    note,
  };
}
