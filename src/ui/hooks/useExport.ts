import { useCallback, type Dispatch } from 'react';
import type { JixiaoDocument } from '../../domain/document.js';
import { errorText } from '../format.js';
import { useServices } from '../services.js';
import type { Action } from '../state/types.js';

/** Starts writing the export files; the outcome comes back as actions. */
export function useExport(
  document: JixiaoDocument,
  dispatch: Dispatch<Action>,
  fonts: { fontBody?: string; fontHeading?: string } = {},
): (dir: string) => void {
  const services = useServices();
  return useCallback(
    (dir: string) => {
      const target = dir.trim() || services.defaultExportDir();
      dispatch({ type: 'export-started', dir: target });
      services.exportFiles(target, document, { fonts }).then(
        (files) => dispatch({ type: 'export-done', dir: target, files, at: services.now().toISOString() }),
        (error) => dispatch({ type: 'export-failed', message: errorText(error) }),
      );
    },
    // The fonts are two strings: compared by value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [services, document, dispatch, fonts.fontBody, fonts.fontHeading],
  );
}
