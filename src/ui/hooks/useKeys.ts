import { useInput, type Key } from 'ink';
import { useCallback, useRef } from 'react';

/**
 * useInput with the handler of the latest render. Ink re-subscribes a changed handler only after
 * React's passive effects run, so keys that come quickly (a paste, ↓↓⏎ in one chunk, a fast typist)
 * would otherwise reach the handler of an older render and act on an old screen state.
 */
export function useKeys(handler: (input: string, key: Key) => void, options: { isActive: boolean }): void {
  const handlerRef = useRef(handler);
  const activeRef = useRef(options.isActive);
  handlerRef.current = handler;
  activeRef.current = options.isActive;
  const stable = useCallback((input: string, key: Key) => {
    if (activeRef.current) handlerRef.current(input, key);
  }, []);
  useInput(stable, { isActive: options.isActive });
}
