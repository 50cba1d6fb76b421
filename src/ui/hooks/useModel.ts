import { useEffect, useState } from 'react';
import type { Settings } from '../../store/settings-schema.js';
import { errorText } from '../format.js';
import type { ModelReady } from '../model-access.js';
import { useServices } from '../services.js';

export type ModelState =
  | { status: 'loading' }
  /** No model: `reason` says why (shown as the hint of the model keys). */
  | { status: 'none'; configured: boolean; reason: string }
  | { status: 'ready'; model: ModelReady };

/** The configured model for these settings (resolved again when the model settings change). */
export function useModel(settings: Settings): ModelState {
  const services = useServices();
  const [state, setState] = useState<ModelState>({ status: 'loading' });
  const key = JSON.stringify(settings.llm);
  useEffect(() => {
    let live = true;
    services.loadModel(settings).then(
      (access) =>
        live &&
        setState(
          access.ok
            ? { status: 'ready', model: access }
            : { status: 'none', configured: access.configured, reason: access.reason },
        ),
      (error) =>
        live &&
        setState({ status: 'none', configured: true, reason: `模型设置无法读取：${errorText(error)}` }),
    );
    return () => {
      live = false;
    };
    // Resolved again only when the model settings change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [services, key]);
  return state;
}
