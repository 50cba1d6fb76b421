import { useEffect } from 'react';
import { useServices } from '../services.js';
import type { Action } from '../state/types.js';

/** Lists the saved drafts into the state when a screen that shows them appears. */
export function useDraftList(dispatch: (action: Action) => void): void {
  const services = useServices();
  useEffect(() => {
    let live = true;
    void services.drafts.list().then((list) => live && dispatch({ type: 'drafts-listed', ...list }));
    return () => {
      live = false;
    };
  }, [services, dispatch]);
}
