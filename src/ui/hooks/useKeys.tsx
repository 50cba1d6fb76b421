import { useInput, useStdin, type Key } from 'ink';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { NO_KEY, type AppKey } from '../keys/bindings.js';

type Handler = (input: string, key: AppKey) => void;
interface Entry {
  handler: { current: Handler };
  active: { current: boolean };
  /** The handler takes typed text (a text field): printable keys are not commands while it is active. */
  text: boolean;
}

interface Keys {
  entries: Set<Entry>;
  /** Whether a text field has the keyboard (then "?" and "h" are text, not commands). */
  typing(): boolean;
}

const KeysContext = createContext<Keys | null>(null);

/** What terminals send for F1 (xterm, VT100, the Linux console, and with modifiers). */
const ESC = String.fromCharCode(27);
const F1_TAIL = /^(?:OP|\[11~|\[\[A|\[1;\d+P|O\d+P)$/;
const isF1 = (data: string) => data.startsWith(ESC) && F1_TAIL.test(data.slice(1));

/**
 * One Ink input listener for the whole app, handing each key to the handlers registered below it.
 * Handlers register in layout effects, which run as soon as React commits: a screen that has just
 * appeared gets the very next key, and one that has just gone gets none. (Ink's own useInput
 * subscribes in passive effects, so keys that come quickly — ↓↓⏎ in one chunk, a paste, a fast
 * typist — could reach the handler of the screen before.) Ink reports F1 as an empty key: it is
 * recognised here from the raw sequence and handed on as `key.f1`.
 */
export function KeysProvider({ children }: { children: ReactNode }) {
  const [entries] = useState(() => new Set<Entry>());
  const route = useCallback(
    (input: string, key: AppKey) => {
      for (const entry of [...entries]) if (entry.active.current) entry.handler.current(input, key);
    },
    [entries],
  );
  useInput(route);
  const { internal_eventEmitter: events } = useStdin();
  useEffect(() => {
    const onRaw = (data: string) => {
      if (isF1(data)) route('', { ...NO_KEY, f1: true });
    };
    events?.on('input', onRaw);
    return () => {
      events?.removeListener('input', onRaw);
    };
  }, [events, route]);
  const value = useMemo<Keys>(
    () => ({ entries, typing: () => [...entries].some((e) => e.text && e.active.current) }),
    [entries],
  );
  return <KeysContext.Provider value={value}>{children}</KeysContext.Provider>;
}

/** Whether a text field has the keyboard now (read when a key comes, not when rendering). */
export function useTyping(): () => boolean {
  const keys = useContext(KeysContext);
  return useCallback(() => keys?.typing() ?? false, [keys]);
}

/**
 * The keys of one screen or input: `handler` of the latest render, called only while `isActive`.
 * `text`: this is a text field (see `useTyping`).
 */
export function useKeys(handler: Handler, options: { isActive: boolean; text?: boolean }): void {
  const keys = useContext(KeysContext);
  const handlerRef = useRef(handler);
  const activeRef = useRef(options.isActive);
  useLayoutEffect(() => {
    handlerRef.current = handler;
    activeRef.current = options.isActive;
  });
  const text = options.text ?? false;
  useLayoutEffect(() => {
    if (!keys) return;
    const entry: Entry = { handler: handlerRef, active: activeRef, text };
    keys.entries.add(entry);
    return () => {
      keys.entries.delete(entry);
    };
  }, [keys, text]);
  // Outside a KeysProvider (a component tested on its own) listen directly.
  const direct = useCallback((input: string, key: Key) => {
    if (activeRef.current) handlerRef.current(input, key);
  }, []);
  useInput(direct, { isActive: options.isActive && !keys });
}
