import { useEffect, useState } from 'react';

/**
 * True while `flag` is, and for `lingerMs` after it last was: a status that would otherwise blink on and off
 * (Graph's rate limit paces report calls a few seconds apart) stays put between short gaps.
 */
export function useLingeringFlag(flag: boolean, lingerMs: number): boolean {
  const [lingering, setLingering] = useState(flag);
  // Adjusted while rendering, so the flag's rise shows in the same render.
  if (flag && !lingering) setLingering(true);
  useEffect(() => {
    if (flag || !lingering) return;
    const timer = setTimeout(() => setLingering(false), lingerMs);
    return () => clearTimeout(timer);
  }, [flag, lingering, lingerMs]);
  return flag || lingering;
}
