import type { ReactElement } from 'react';
import { lazy, Suspense } from 'react';

// Tooltip brings Popper; the element it wraps is usable (and labelled) without it, so it follows the first paint.
const Tooltip = lazy(() => import('@mui/material/Tooltip'));

/** MUI's Tooltip, loaded after the page: the wrapped element shows at once and gains its tooltip shortly after. */
export function DeferredTooltip({ title, children }: { title: string; children: ReactElement }) {
  return (
    <Suspense fallback={children}>
      <Tooltip title={title}>{children}</Tooltip>
    </Suspense>
  );
}
