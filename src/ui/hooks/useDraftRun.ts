import { useEffect, type Dispatch } from 'react';
import type { Answers } from '../../domain/answers.js';
import { errorText } from '../format.js';
import { useServices } from '../services.js';
import type { Action } from '../state/types.js';

/**
 * Runs the drafter once when the drafting screen opens; leaving the screen (Esc) cancels it.
 * Progress, the result and failures come back as actions.
 */
export function useDraftRun(answers: Answers, dispatch: Dispatch<Action>): void {
  const services = useServices();
  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    void (async () => {
      try {
        void services.loadChecker().catch(() => undefined);
        const drafter = await services.loadDrafter();
        const result = await drafter.draft(answers, {
          signal,
          onProgress: (progress) => {
            if (!signal.aborted) dispatch({ type: 'draft-progress', progress });
          },
        });
        if (!signal.aborted) dispatch({ type: 'draft-done', document: result.document, notes: result.notes });
      } catch (error) {
        if (!signal.aborted) dispatch({ type: 'draft-failed', message: `起草失败：${errorText(error)}` });
      }
    })();
    return () => controller.abort();
    // Runs once per visit of the screen: the answers do not change while it is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
