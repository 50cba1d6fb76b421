import { useInput, type Key } from 'ink';
import { createContext, useCallback, useContext, useLayoutEffect, useRef, type ReactNode } from 'react';

type Handler = (input: string, key: Key) => void;
interface Entry {
  handler: { current: Handler };
  active: { current: boolean };
}

const KeysContext = createContext<Set<Entry> | null>(null);

/**
 * One Ink input listener for the whole app, handing each key to the handlers registered below it.
 * Handlers register in layout effects, which run as soon as React commits: a screen that has just
 * appeared gets the very next key, and one that has just gone gets none. (Ink's own useInput
 * subscribes in passive effects, so keys that come quickly — ↓↓⏎ in one chunk, a paste, a fast
 * typist — could reach the handler of the screen before.)
 */
export function KeysProvider({ children }: { children: ReactNode }) {
  const entries = useRef(new Set<Entry>()).current;
  const route = useCallback(
    (input: string, key: Key) => {
      for (const entry of [...entries]) if (entry.active.current) entry.handler.current(input, key);
    },
    [entries],
  );
  useInput(route);
  return <KeysContext.Provider value={entries}>{children}</KeysContext.Provider>;
}

/** The keys of one screen or input: `handler` of the latest render, called only while `isActive`. */
export function useKeys(handler: Handler, options: { isActive: boolean }): void {
  const entries = useContext(KeysContext);
  const handlerRef = useRef(handler);
  const activeRef = useRef(options.isActive);
  useLayoutEffect(() => {
    handlerRef.current = handler;
    activeRef.current = options.isActive;
  });
  useLayoutEffect(() => {
    if (!entries) return;
    const entry: Entry = { handler: handlerRef, active: activeRef };
    entries.add(entry);
    return () => {
      entries.delete(entry);
    };
  }, [entries]);
  // Outside a KeysProvider (a component tested on its own) listen directly.
  const direct = useCallback((input: string, key: Key) => {
    if (activeRef.current) handlerRef.current(input, key);
  }, []);
  useInput(direct, { isActive: options.isActive && !entries });
}
