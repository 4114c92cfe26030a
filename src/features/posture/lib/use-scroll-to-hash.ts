import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Client-side navigation does not scroll to a `#hash`: bring the users' list into view when a number
 * links to it, and when a shared link opens the page once the list exists.
 */
export function useScrollToHash(id: string): void {
  const { hash, key } = useLocation();
  useEffect(() => {
    if (hash === `#${id}`)
      document.getElementById(id)?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }, [hash, key, id]);
}
