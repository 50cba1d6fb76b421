import { useCallback, useRef, useState } from 'react';

/**
 * State whose latest value can be read at once through the ref. Keys that arrive in one chunk
 * (fast typing, a paste, ↓↓⏎ sent together) are handled one after another before React renders
 * again, so each handler must see what the previous one did, not the value of the last render.
 */
export function useSyncState<T>(
  initial: T | (() => T),
): [T, (next: T | ((current: T) => T)) => T, React.RefObject<T>] {
  const [value, setValue] = useState(initial);
  const ref = useRef(value);
  const set = useCallback((next: T | ((current: T) => T)) => {
    const resolved = typeof next === 'function' ? (next as (current: T) => T)(ref.current) : next;
    ref.current = resolved;
    setValue(resolved);
    return resolved;
  }, []);
  return [value, set, ref];
}
