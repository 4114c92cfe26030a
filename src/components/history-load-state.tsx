import Alert from '@mui/material/Alert';
import Skeleton from '@mui/material/Skeleton';
import type { ReactNode } from 'react';

/** The adoption history's two states before it can be shown: storage refused, or still being read. */
export function HistoryLoadState({
  history,
  children,
}: {
  history: { isError: boolean; isPending: boolean };
  children: ReactNode;
}) {
  if (history.isError)
    return (
      <Alert severity="error">
        This browser would not open its local storage (IndexedDB), so no history can be kept here: a private
        window or a storage setting may block it.
      </Alert>
    );
  if (history.isPending)
    return <Skeleton role="progressbar" variant="rounded" height={240} aria-label="Loading history" />;
  return children;
}
