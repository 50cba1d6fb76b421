import { useCallback, type Dispatch } from 'react';
import { errorText } from '../format.js';
import { useServices, type Services } from '../services.js';
import type { Action } from '../state/types.js';

/** A path as people paste it: quotes from drag-and-drop and backslash-escaped spaces removed. */
export function cleanPath(text: string): string {
  const t = text.trim();
  const quoted = /^(['"])(.*)\1$/.exec(t);
  return quoted ? quoted[2] : t.replace(/\\ /g, ' ');
}

/** What a typed path is read for: to check or import it, or as last year's tables for the draft. */
const READS = {
  check: {
    empty: '请填写文件路径，例如 ~/文档/2025年绩效目标表.docx。',
    read: async (services: Services, path: string): Promise<Action> => ({
      type: 'file-loaded',
      path,
      ...(await services.checkFile(path)),
    }),
  },
  'last-year': {
    empty: '请填写去年的表所在的文件路径，例如 ~/文档/2025年项目支出绩效目标表.docx。',
    read: async (services: Services, path: string): Promise<Action> => {
      const read = await services.readLastYear(path);
      return { type: 'previous-added', path: read.path, projects: read.projects };
    },
  },
};

/** Reads the file at a typed path; the result (or a Chinese message) comes back as actions. */
export function useFileRead(dispatch: Dispatch<Action>, purpose: keyof typeof READS): (text: string) => void {
  const services = useServices();
  return useCallback(
    (text: string) => {
      const path = cleanPath(text);
      const { empty, read } = READS[purpose];
      if (!path) return dispatch({ type: 'file-failed', message: empty });
      dispatch({ type: 'file-loading' });
      read(services, path).then(dispatch, (error) =>
        dispatch({ type: 'file-failed', message: errorText(error) }),
      );
    },
    [services, dispatch, purpose],
  );
}
