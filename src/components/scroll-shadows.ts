/**
 * A box that scrolls sideways shows it: a soft shadow on the edge that has more beyond it, gone once
 * scrolled to that edge. Pure CSS: the covers scroll with the content (`local`), the shadows stay with the
 * box (`scroll`), so a cover hides its shadow exactly when that edge is reached.
 */
export const SCROLL_SHADOWS = {
  overflowX: 'auto',
  backgroundColor: 'background.paper',
  backgroundImage: [
    'linear-gradient(to right, var(--mui-palette-background-paper) 30%, transparent)',
    'linear-gradient(to left, var(--mui-palette-background-paper) 30%, transparent)',
    'radial-gradient(farthest-side at 0 50%, rgba(var(--mui-palette-common-onBackgroundChannel) / 0.25), transparent)',
    'radial-gradient(farthest-side at 100% 50%, rgba(var(--mui-palette-common-onBackgroundChannel) / 0.25), transparent)',
  ].join(', '),
  backgroundPosition: 'left center, right center, left center, right center',
  backgroundRepeat: 'no-repeat',
  backgroundSize: '40px 100%, 40px 100%, 14px 100%, 14px 100%',
  backgroundAttachment: 'local, local, scroll, scroll',
} as const;
