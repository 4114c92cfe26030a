import type { EmulatorState } from '../emulator-state.ts';
import { GraphHttpError } from './graph-http-error.ts';

/**
 * Graph's Continuous Access Evaluation answer: 401, `WWW-Authenticate: Bearer ... error="insufficient_claims",
 * claims="<base64>"` asking for a token issued after now (an essential `nbf`), as entra-docs
 * identity-platform/app-resilience-continuous-access-evaluation.md shows. Graph sends it only to clients that
 * declared CP1 (claims-challenge.md). The header is exposed to scripts: a browser app must read it.
 */
export function claimsChallengeError(state: EmulatorState, exposedHeaders: string): GraphHttpError {
  const now = Math.floor(state.clock.now() / 1000);
  const claims = Buffer.from(
    JSON.stringify({ access_token: { nbf: { essential: true, value: String(now) } } }),
  ).toString('base64');
  return new GraphHttpError(
    401,
    'InvalidAuthenticationToken',
    'Continuous access evaluation resulted in claims challenge.',
    {
      'WWW-Authenticate': `Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", error="insufficient_claims", claims="${claims}"`,
      'Access-Control-Expose-Headers': `${exposedHeaders}, WWW-Authenticate`,
    },
  );
}
