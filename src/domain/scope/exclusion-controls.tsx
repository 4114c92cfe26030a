import Button from '@mui/material/Button';
import { lazy, Suspense, useState } from 'react';
import type { Exclusions } from './exclusions.ts';

const ExclusionDialog = lazy(() =>
  import('./exclusion-dialog.tsx').then((m) => ({ default: m.ExclusionDialog })),
);

/** The lead leaves cohorts out of the figures, each with a written reason that every chart then shows. */
export function ExclusionControls({
  exclusions,
  onChange,
}: {
  exclusions: Exclusions;
  onChange: (next: Exclusions) => void;
}) {
  const [open, setOpen] = useState(false);
  const count = (exclusions.guests ? 1 : 0) + (exclusions.disabled ? 1 : 0) + exclusions.accounts.length;
  return (
    <>
      <Button variant="outlined" onClick={() => setOpen(true)}>
        {count ? `Exclusions (${count})` : 'Exclusions'}
      </Button>
      {open && (
        <Suspense fallback={null}>
          <ExclusionDialog exclusions={exclusions} onChange={onChange} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
