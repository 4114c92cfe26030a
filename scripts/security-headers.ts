// The one source of the app's security headers: npm start, vite preview and the static host's header files of
// `npm run build:site` all derive them from the runtime configuration (config.js).
import type { RuntimeConfig } from './runtime-config-plugin.ts';

export interface HeaderOptions {
  /** Strict-Transport-Security only means something over HTTPS; the local app is served over http://localhost. */
  https?: boolean;
}

const origin = (url: string) => new URL(url).origin;

/** Directives in the order a reader checks them; sources deduplicated (the emulator is authority and Graph). */
export function contentSecurityPolicy(
  config: Pick<RuntimeConfig, 'authorityOrigin' | 'graphBaseUrl'>,
): string {
  const authority = origin(config.authorityOrigin);
  const graph = origin(config.graphBaseUrl);
  const unique = (...sources: string[]) => [...new Set(sources)].join(' ');
  const directives: [string, string][] = [
    ['default-src', "'self'"],
    // config.js and the bundles are files of this origin: no inline script, no eval.
    ['script-src', "'self'"],
    // Emotion (MUI's styling engine) injects <style> elements at run time and MUI/recharts set style attributes;
    // both need 'unsafe-inline' for styles. Style injection cannot run script, and script-src stays strict.
    ['style-src', "'self' 'unsafe-inline'"],
    // The favicon is a data: URL (index.html) so the browser does not request one.
    ['img-src', "'self' data:"],
    ['font-src', "'self'"],
    // MSAL talks to the authority (metadata, token endpoint); the app talks to Graph. Nothing else.
    ['connect-src', unique(authority, graph)],
    // MSAL's silent renewal: a hidden iframe at the authority that lands on this origin's redirect.html.
    ['frame-src', unique("'self'", authority)],
    ['worker-src', "'none'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
    // 'self', not 'none': redirect.html must load inside the app's own silent-renewal iframe.
    ['frame-ancestors', "'self'"],
    // DOM sinks that parse strings as script (innerHTML and friends) refuse plain strings.
    ['require-trusted-types-for', "'script'"],
  ];
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** MSAL's redirect bridge: where the authority sends popups and silent iframes back (msal-instance.ts). */
export const REDIRECT_BRIDGE_PATH = '/redirect.html';

/** Headers for pages only, and never for the redirect bridge. */
export const OPENER_POLICY = { 'Cross-Origin-Opener-Policy': 'same-origin' } as const;

/**
 * The headers every response carries, the redirect bridge's included. A page adds OPENER_POLICY: the app's
 * pages are never opened by another site, so a cross-origin opener gets no handle on them (and they none on
 * their popups, whose answers come back through the bridge's BroadcastChannel). The bridge must not have it:
 * "The redirect bridge page must NOT be served with Cross-Origin-Opener-Policy headers" (msal-browser
 * docs/redirect-bridge.md): the browsing context group swap would cut the popup off from the app.
 */
export function securityHeaders(config: RuntimeConfig, options: HeaderOptions = {}): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(config),
    'X-Content-Type-Options': 'nosniff',
    // Older browsers that ignore frame-ancestors.
    'X-Frame-Options': 'SAMEORIGIN',
    // Paths carry user ids; other origins get the origin at most.
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    // Features Chromium knows: an unknown one (bluetooth) is a console error on every page load.
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=()',
    'Cross-Origin-Resource-Policy': 'same-origin',
    ...(options.https ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

/** What a response at `path` carries: the page headers everywhere but the redirect bridge. */
export function headersForPath(
  path: string,
  config: RuntimeConfig,
  options: HeaderOptions = {},
): Record<string, string> {
  const headers = securityHeaders(config, options);
  return path === REDIRECT_BRIDGE_PATH ? headers : { ...headers, ...OPENER_POLICY };
}
