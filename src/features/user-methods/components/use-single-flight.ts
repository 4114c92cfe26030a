import { useRef } from 'react';

/**
 * Guards a write against double clicks: a second click before React re-renders the disabled button
 * must not send a second request. `release` re-arms it after a failure so the agent can try again.
 */
export function useSingleFlight() {
  const busy = useRef(false);
  return {
    start: () => {
      if (busy.current) return false;
      busy.current = true;
      return true;
    },
    release: () => {
      busy.current = false;
    },
  };
}
