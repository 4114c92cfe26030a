/**
 * Every path the app draws a page at. The router's table is built on it, and so are the static host's header
 * rules (scripts/site): a host serves index.html at each of them, and each gets the page-only headers.
 */
export const PAGE_PATHS = {
  overview: '/',
  helpdesk: '/helpdesk',
  registration: '/registration',
  usage: '/usage',
  privileged: '/privileged',
  retirement: '/retirement',
  passkeys: '/passkeys',
  hygiene: '/hygiene',
  changes: '/changes',
  user: '/users/:id',
} as const;
