import { basename } from 'node:path';
import { useCallback, type Dispatch } from 'react';
import { errorText } from '../format.js';
import { useServices } from '../services.js';
import type { Action } from '../state/types.js';
import { cleanPath } from './useFileRead.js';

/**
 * Reads the target tables a self-evaluation starts from: a saved draft, or a file (JSON, text
 * copied from Word, .docx / .xlsx) read and checked like "打开文件". The outcome comes back as actions.
 */
export function useSelfEvalSource(dispatch: Dispatch<Action>): {
  fromDraft(id: string): void;
  fromFile(text: string): void;
} {
  const services = useServices();
  const started = useCallback(
    () => ({ id: services.newId(), now: services.now().toISOString() }),
    [services],
  );
  const fromDraft = useCallback(
    (id: string) => {
      dispatch({ type: 'selfeval-loading' });
      // Only read (its target tables): not locked, so the draft can be open in another window.
      services.drafts.load(id, { readOnly: true }).then(
        (draft) => {
          if (!draft.document)
            return dispatch({
              type: 'selfeval-failed',
              message: '这份草稿还在访谈中，没有起草出目标表：请先完成起草和审阅。',
            });
          const { name, year } = draft.document.unit;
          dispatch({
            type: 'selfeval-target',
            document: draft.document,
            from: `草稿“${name || '未命名单位'}${year ? ` ${year}年` : ''}”`,
            ...started(),
          });
        },
        (error) => dispatch({ type: 'selfeval-failed', message: errorText(error) }),
      );
    },
    [services, dispatch, started],
  );
  const fromFile = useCallback(
    (text: string) => {
      const path = cleanPath(text);
      if (!path)
        return dispatch({
          type: 'selfeval-failed',
          message: '请填写目标表文件的路径，例如 ~/文档/2025年项目支出绩效目标表.docx。',
        });
      dispatch({ type: 'selfeval-loading' });
      services.checkFile(path).then(
        ({ document, findings }) => {
          if (!document) {
            const first = findings.find((f) => f.severity === 'error');
            return dispatch({
              type: 'selfeval-failed',
              message: `文件 ${path} 无法按目标表读取${first ? `：${first.message}` : '。'}`,
            });
          }
          dispatch({ type: 'selfeval-target', document, from: `文件“${basename(path)}”`, ...started() });
        },
        (error) => dispatch({ type: 'selfeval-failed', message: errorText(error) }),
      );
    },
    [services, dispatch, started],
  );
  return { fromDraft, fromFile };
}
