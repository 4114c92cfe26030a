import SearchOutlined from '@mui/icons-material/SearchOutlined';
import Box from '@mui/material/Box';
import { lazy, Suspense, useCallback, useEffect, useRef } from 'react';
import { useIdleOrAsked } from '../../../lib/use-idle-or-asked.ts';
import { isSlashShortcut } from '../lib/slash-shortcut.ts';
import { SEARCH_BOX_SIZE, FULL_HINT_SX } from './search-box-size.ts';

// The search box brings Autocomplete, TextField and Popper: a third of MUI's weight, and no page needs it to draw.
const UserSearchBox = lazy(() => import('./user-search-box.tsx').then((m) => ({ default: m.UserSearchBox })));

// The box arrives once the page has drawn and the browser is idle, or sooner when the user reaches for it.
const IDLE_TIMEOUT_MS = 2000;

/** Looks like the empty box and keeps its place; a "/" or a click on it asks for the real box at once. */
function Placeholder({ onWanted }: { onWanted: () => void }) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isSlashShortcut(event)) return;
      event.preventDefault();
      onWanted();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onWanted]);
  return (
    <Box
      aria-hidden
      data-testid="user-search-placeholder"
      onPointerDown={onWanted}
      sx={{
        ...SEARCH_BOX_SIZE,
        height: 40,
        // The same padding, outline and colours as the small outlined Autocomplete, so the swap is unseen.
        pl: '6px',
        gap: 2,
        border: 1,
        borderColor: 'rgba(var(--mui-palette-common-onBackgroundChannel) / 0.23)',
        display: 'flex',
        alignItems: 'center',
        overflow: 'hidden',
        whiteSpace: 'nowrap',
        borderRadius: 1,
        cursor: 'text',
        bgcolor: 'background.paper',
        color: 'text.secondary',
      }}
    >
      <SearchOutlined fontSize="small" sx={{ color: 'action.active' }} />
      <span>
        Search
        <Box component="span" sx={FULL_HINT_SX}>
          {' users ( / )'}
        </Box>
      </span>
    </Box>
  );
}

/** The top bar's user search, loaded after the first page rather than before or beside it. */
export function LazyUserSearchBox() {
  const focusOnArrival = useRef(false);
  const [ready, ask] = useIdleOrAsked(IDLE_TIMEOUT_MS);
  const wanted = useCallback(() => {
    focusOnArrival.current = true;
    ask();
  }, [ask]);
  const placeholder = <Placeholder onWanted={wanted} />;
  if (!ready) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <UserSearchBox focusOnMount={focusOnArrival} />
    </Suspense>
  );
}
