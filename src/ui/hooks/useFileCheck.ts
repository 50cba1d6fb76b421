import { useCallback, type Dispatch } from 'react';
import { errorText } from '../format.js';
import { useServices } from '../services.js';
import type { Action } from '../state/types.js';

/** A path as people paste it: quotes from drag-and-drop and backslash-escaped spaces removed. */
export function cleanPath(text: string): string {
  const t = text.trim();
  const quoted = /^(['"])(.*)\1$/.exec(t);
  return quoted ? quoted[2] : t.replace(/\\ /g, ' ');
}

/** Reads and checks a file; the result comes back as actions. */
export function useFileCheck(dispatch: Dispatch<Action>): (path: string) => void {
  const services = useServices();
  return useCallback(
    (text: string) => {
      const path = cleanPath(text);
      if (!path)
        return dispatch({
          type: 'file-failed',
          message: '请填写文件路径，例如 ~/文档/2025年绩效目标表.docx。',
        });
      dispatch({ type: 'file-loading' });
      services.checkFile(path).then(
        (result) => dispatch({ type: 'file-loaded', path, ...result }),
        (error) => dispatch({ type: 'file-failed', message: errorText(error) }),
      );
    },
    [services, dispatch],
  );
}
