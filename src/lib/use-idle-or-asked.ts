import { useCallback, useEffect, useState } from 'react';

// Browsers without requestIdleCallback (Safari) wait this long instead.
const FALLBACK_DELAY_MS = 300;

/**
 * False until the browser has a quiet moment (at most `timeoutMs` away) or until `ask()` is called: for
 * work that should not compete with the page's first draw but must come at once when the user reaches
 * for it.
 */
export function useIdleOrAsked(timeoutMs: number): [ready: boolean, ask: () => void] {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (ready) return;
    const go = () => setReady(true);
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(go, { timeout: timeoutMs });
      return () => window.cancelIdleCallback(id);
    }
    const timer = setTimeout(go, FALLBACK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [ready, timeoutMs]);
  const ask = useCallback(() => setReady(true), []);
  return [ready, ask];
}
