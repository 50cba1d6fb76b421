import { useEffect, type Dispatch } from 'react';
import type { Answers } from '../../domain/answers.js';
import type { JixiaoDocument } from '../../domain/document.js';
import { errorText } from '../format.js';
import type { Settings } from '../../store/settings-schema.js';
import { modelErrorText } from '../model-access.js';
import { useServices } from '../services.js';
import type { Action } from '../state/types.js';

/** The draft's last-year files, read again for each run (they may have changed); one that fails is left out, with a note. */
async function readLastYear(
  services: ReturnType<typeof useServices>,
  paths: string[],
): Promise<{ documents: JixiaoDocument[]; notes: string[] }> {
  const documents: JixiaoDocument[] = [];
  const notes: string[] = [];
  for (const path of paths) {
    try {
      documents.push((await services.readLastYear(path)).document);
    } catch (error) {
      notes.push(
        `去年的表 ${path} 这次读不出来（${errorText(error)}），起草没有参考它。可在核对答案中重新导入。`,
      );
    }
  }
  return { documents, notes };
}

/**
 * Runs the drafter when the drafting screen opens (and again on a retry: `attempt`); leaving the
 * screen (Esc) cancels it. The configured model drafts unless `offline`. Progress, the result and
 * failures come back as actions; when a table fell back to the library the screen stays to say why.
 */
export function useDraftRun(
  answers: Answers,
  dispatch: Dispatch<Action>,
  options: { offline?: boolean; attempt?: number; settings?: Settings; previous?: string[] } = {},
): void {
  const services = useServices();
  const { offline = false, attempt = 0, settings, previous = [] } = options;
  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    void (async () => {
      try {
        void services.loadChecker().catch(() => undefined);
        const drafter = await services.loadDrafter({ offline, settings });
        if (signal.aborted) return;
        dispatch({ type: 'draft-started', drafter: drafter.name });
        const lastYear = await readLastYear(services, previous);
        if (signal.aborted) return;
        let fellBack = false;
        const result = await drafter.draft(answers, {
          signal,
          ...(lastYear.documents.length ? { previous: lastYear.documents } : {}),
          onProgress: (progress) => {
            if (progress.state === 'fallback') fellBack = true;
            if (!signal.aborted) dispatch({ type: 'draft-progress', progress });
          },
        });
        const tokens = result.tokens ? result.tokens.prompt + result.tokens.completion : undefined;
        if (!signal.aborted)
          dispatch({
            type: 'draft-done',
            document: result.document,
            notes: result.notes,
            tokens,
            pause: fellBack,
            ...(previous.length
              ? { lastYear: { taken: result.fromLastYear, problems: lastYear.notes } }
              : {}),
          });
      } catch (error) {
        if (!signal.aborted)
          dispatch({ type: 'draft-failed', message: `起草失败：${modelErrorText(error)}` });
      }
    })();
    return () => controller.abort();
    // Runs once per visit of the screen and per retry: the answers do not change while it is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [offline, attempt]);
}
