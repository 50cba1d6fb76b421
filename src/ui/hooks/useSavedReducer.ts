import { useMemo, useRef, useState, type Dispatch } from 'react';
import { errorText } from '../format.js';
import type { Services } from '../services.js';
import { reducer } from '../state/reducer.js';
import type { Action, AppState } from '../state/types.js';

/**
 * The app's reducer, with every change to the draft written to disk before React draws it. Saved
 * from an effect, the write came after Ink had drawn the frame: the next question could be on
 * screen while the answer was still being written, and a kill -9 then lost an answer the user had
 * seen confirmed (tests/fault/kill-resume.test.ts). The draft store writes synchronously, so when
 * `dispatch` returns the file holds the change. Dispatches in one chunk of keys see each other's
 * results at once (the latest state is kept in a ref, as useSyncState does).
 */
export function useSavedReducer(initial: AppState, services: Services): [AppState, Dispatch<Action>] {
  const [state, setState] = useState(initial);
  const latest = useRef(initial);
  const dispatch = useMemo(() => {
    function apply(action: Action): void {
      const before = latest.current;
      const next = reducer(before, action);
      if (next === before) return;
      if (next.draft && next.revision !== before.revision) {
        services.drafts.save({ ...next.draft, updatedAt: services.now().toISOString() }).then(
          () => apply({ type: 'saved' }),
          (error) =>
            apply({
              type: 'save-failed',
              // A draft viewed read-only (open in another window) says so; anything else is a failed write.
              message:
                (error as Error).name === 'DraftReadOnlyError'
                  ? errorText(error)
                  : `草稿保存失败：${errorText(error)}。修改仍在，下一次修改时会再保存；请检查磁盘空间和 ${services.drafts.dir} 的权限。`,
            }),
        );
      }
      latest.current = next;
      setState(next);
    }
    return apply;
  }, [services]);
  return [state, dispatch];
}
