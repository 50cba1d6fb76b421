import { useCallback, type Dispatch } from 'react';
import type { JixiaoDocument } from '../../domain/document.js';
import { errorText } from '../format.js';
import { useServices } from '../services.js';
import type { Action } from '../state/types.js';

/** Starts writing the export files; the outcome comes back as actions. */
export function useExport(document: JixiaoDocument, dispatch: Dispatch<Action>): (dir: string) => void {
  const services = useServices();
  return useCallback(
    (dir: string) => {
      const target = dir.trim() || services.defaultExportDir();
      dispatch({ type: 'export-started', dir: target });
      services.exportFiles(target, document).then(
        (files) => dispatch({ type: 'export-done', dir: target, files, at: services.now().toISOString() }),
        (error) => dispatch({ type: 'export-failed', message: errorText(error) }),
      );
    },
    [services, document, dispatch],
  );
}
