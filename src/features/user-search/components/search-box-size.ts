/**
 * The search box's room in the top bar, shared by the box and its stand-in so the swap is unseen: a fixed
 * width beside the product's name on wide screens, the whole free width on narrow ones (the name is hidden).
 */
export const SEARCH_BOX_SIZE = {
  width: { xs: 'auto', md: 380 },
  flexGrow: { xs: 1, md: 0 },
  flexShrink: 1,
  minWidth: 0,
  mx: 1,
} as const;

// On a phone the box has room for one word; "/" is a keyboard shortcut anyway. The box is still labelled
// "Search users" for screen readers.
const FULL_HINT_MEDIA = '(min-width: 400px)';

/** The box's hint for this screen: in full, with the "/" shortcut, where there is room for it. */
export const searchHint = (): string =>
  typeof window !== 'undefined' && window.matchMedia?.(FULL_HINT_MEDIA).matches
    ? 'Search users ( / )'
    : 'Search';

/** The stand-in shows the same hint as the box at every width. */
export const FULL_HINT_SX = {
  display: 'none',
  [`@media ${FULL_HINT_MEDIA}`]: { display: 'inline' },
} as const;
