import { useEffect, useMemo, useState } from 'react';
import type { JixiaoDocument } from '../../domain/document.js';
import type { Finding } from '../../domain/finding.js';
import { errorText } from '../format.js';
import { useServices, type CheckFn } from '../services.js';

export type CheckState =
  { status: 'loading' } | { status: 'ready'; findings: Finding[] } | { status: 'failed'; message: string };

/** Checkers already loaded, so a screen opened later checks in its first render. */
const loaded = new WeakMap<object, CheckFn>();

/** The checker's findings for a document, recomputed on every edit (the rules are loaded once). */
export function useFindings(document: JixiaoDocument | undefined): CheckState {
  const services = useServices();
  const [check, setCheck] = useState<CheckFn | null>(() => loaded.get(services) ?? null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    if (loaded.has(services)) return;
    services.loadChecker().then(
      (fn) => {
        loaded.set(services, fn);
        if (live) setCheck(() => fn);
      },
      (error) => live && setFailure(`检查规则加载失败：${errorText(error)}`),
    );
    return () => {
      live = false;
    };
  }, [services]);
  return useMemo((): CheckState => {
    if (failure) return { status: 'failed', message: failure };
    if (!check || !document) return { status: 'loading' };
    try {
      return { status: 'ready', findings: check(document) };
    } catch (error) {
      return { status: 'failed', message: `检查出错：${errorText(error)}` };
    }
  }, [check, document, failure]);
}
