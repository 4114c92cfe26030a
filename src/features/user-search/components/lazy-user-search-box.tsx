import Box from '@mui/material/Box';
import { lazy, Suspense, useEffect, useRef, type RefObject } from 'react';
import { isSlashShortcut } from '../lib/slash-shortcut.ts';

// The search box brings Autocomplete, TextField and Popper: a third of MUI's weight, and no page needs it to draw.
const UserSearchBox = lazy(() => import('./user-search-box.tsx').then((m) => ({ default: m.UserSearchBox })));

/** Keeps the box's place, and remembers a "/" pressed before the box arrived so it takes the focus then. */
function Placeholder({ slashPressed }: { slashPressed: RefObject<boolean> }) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isSlashShortcut(event)) return;
      event.preventDefault();
      slashPressed.current = true;
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [slashPressed]);
  return <Box sx={{ width: { xs: 150, sm: 280, md: 380 }, height: 40, mx: 1, flexShrink: 1 }} />;
}

/** The top bar's user search, loaded beside the first page rather than before it. */
export function LazyUserSearchBox() {
  const slashPressed = useRef(false);
  return (
    <Suspense fallback={<Placeholder slashPressed={slashPressed} />}>
      <UserSearchBox focusOnMount={slashPressed} />
    </Suspense>
  );
}
