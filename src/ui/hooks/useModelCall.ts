import { useCallback, useEffect, useRef, useState } from 'react';
import { modelErrorText } from '../model-access.js';

/** A model call in progress: what it is doing and how many characters have arrived. */
export interface ModelCall {
  label: string;
  received: number;
}

export interface CallTools {
  signal: AbortSignal;
  onText: (received: number) => void;
}

/**
 * One model call at a time, cancellable: `run` starts it, `cancel` (Esc) aborts the request, and
 * leaving the screen aborts it too. Results and failures after a cancel are dropped.
 */
export function useModelCall(): {
  busy: ModelCall | null;
  /** True from `run` until the call settles or is cancelled (read at once, for keys in one chunk). */
  isBusy(): boolean;
  run<T>(
    label: string,
    call: (tools: CallTools) => Promise<T>,
    done: (value: T) => void,
    failed: (message: string) => void,
  ): void;
  cancel(): void;
} {
  const [busy, setBusy] = useState<ModelCall | null>(null);
  const current = useRef<AbortController | null>(null);
  useEffect(() => () => current.current?.abort(), []);

  const run = useCallback(
    <T>(
      label: string,
      call: (tools: CallTools) => Promise<T>,
      done: (value: T) => void,
      failed: (message: string) => void,
    ) => {
      if (current.current) return;
      const controller = new AbortController();
      current.current = controller;
      setBusy({ label, received: 0 });
      const settle = () => {
        if (current.current === controller) current.current = null;
        setBusy(null);
      };
      call({
        signal: controller.signal,
        onText: (received) => !controller.signal.aborted && setBusy({ label, received }),
      }).then(
        (value) => {
          if (controller.signal.aborted) return;
          settle();
          done(value);
        },
        (error) => {
          if (controller.signal.aborted) return;
          settle();
          failed(modelErrorText(error));
        },
      );
    },
    [],
  );

  const cancel = useCallback(() => {
    const controller = current.current;
    if (!controller) return;
    current.current = null;
    controller.abort();
    setBusy(null);
  }, []);

  const isBusy = useCallback(() => current.current !== null, []);
  return { busy, isBusy, run, cancel };
}
