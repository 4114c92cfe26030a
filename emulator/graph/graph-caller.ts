import { errors, jwtVerify } from 'jose';
import { tokenDeclaresCp1 } from '../authority/client-capabilities.ts';
import { GRAPH_APP_ID } from '../authority/scopes.ts';
import { graphIssuer } from '../authority/tokens.ts';
import type { EmulatorState } from '../emulator-state.ts';
import type { RequestContext } from '../http/request-context.ts';
import type { TenantUser } from '../tenant/model.ts';
import { claimsChallengeError } from './claims-challenge.ts';
import { graphResponseHeaders } from './graph-cors.ts';
import { GraphHttpError, insufficientPrivileges } from './graph-http-error.ts';

/** Who is calling Graph: the signed-in user, the scopes the token carries and their roles now. */
export interface GraphCaller {
  user: TenantUser;
  scopes: ReadonlySet<string>;
  /** The calling app (token `appid`): Graph's throttling limits are per app. */
  appId: string;
  /** When the sign-in behind the token completed MFA; undefined for a password alone. */
  mfaAt: number | undefined;
}

const WWW_AUTHENTICATE = {
  'WWW-Authenticate': `Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="${GRAPH_APP_ID}"`,
};

const unauthorized = (message: string) =>
  new GraphHttpError(401, 'InvalidAuthenticationToken', message, WWW_AUTHENTICATE);

/** A critical event since the token was issued: the account disabled, or its sessions revoked. */
function revokedSince(
  payload: { iat?: number; uti?: unknown },
  user: TenantUser,
  state: EmulatorState,
): boolean {
  const issuedAt =
    (typeof payload.uti === 'string' ? state.tokensIssuedAt.get(payload.uti) : undefined) ??
    (payload.iat ?? 0) * 1000;
  return !user.accountEnabled || issuedAt < (user.signInSessionsValidFrom ?? 0);
}

/** Validates signature, issuer, audience and lifetime, as Graph does, and resolves the caller. */
export async function authenticateCaller(ctx: RequestContext, state: EmulatorState): Promise<GraphCaller> {
  const header = ctx.req.headers.authorization ?? '';
  const token = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
  if (!token) throw unauthorized('Access token is empty.');
  if (token.split('.').length !== 3)
    throw unauthorized('CompactToken parsing failed with error code: 80049217');
  let payload;
  try {
    ({ payload } = await jwtVerify(token, state.key.publicKey, {
      issuer: graphIssuer(state.tenant.id),
      // This cloud's Graph: the emulator's own origin (authority/scopes.ts), or Graph's app id.
      audience: [ctx.baseUrl, GRAPH_APP_ID],
      currentDate: new Date(state.clock.now()),
      algorithms: ['RS256'],
    }));
  } catch (error) {
    if (
      error instanceof errors.JWTExpired ||
      (error instanceof errors.JWTClaimValidationFailed && error.claim === 'nbf')
    ) {
      throw unauthorized('Access token has expired or is not yet valid.');
    }
    if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'aud')
      throw unauthorized('Access token validation failure. Invalid audience.');
    throw unauthorized('Access token validation failure.');
  }
  const user = typeof payload.oid === 'string' ? state.tenant.usersById.get(payload.oid) : undefined;
  if (!user) throw unauthorized('Access token validation failure. The user in the token no longer exists.');
  if (revokedSince(payload, user, state)) {
    // Continuous Access Evaluation (entra-docs conditional-access/concept-continuous-access-evaluation.md:
    // "User Account is deleted or disabled", "Administrator explicitly revokes all refresh tokens for a
    // user"): a client that declared CP1 is challenged at once; any other keeps its token until it expires.
    if (tokenDeclaresCp1(payload))
      throw claimsChallengeError(state, graphResponseHeaders(ctx, state)['Access-Control-Expose-Headers']!);
  }
  const scp = typeof payload.scp === 'string' ? payload.scp.split(' ').filter(Boolean) : [];
  return {
    user,
    scopes: new Set(scp),
    appId: typeof payload.appid === 'string' ? payload.appid : 'unknown',
    mfaAt: typeof payload.uti === 'string' ? state.tokenMfaAt.get(payload.uti) : undefined,
  };
}

/** Delegated calls need one of the scopes (any narrower or broader one listed). */
export function requireScope(caller: GraphCaller, anyOf: readonly string[]): void {
  if (!anyOf.some((s) => caller.scopes.has(s))) throw insufficientPrivileges();
}

/** …and the signed-in user must hold one of the roles (checked against live state, not the token). */
export function requireRole(caller: GraphCaller, anyOf: ReadonlySet<string>): void {
  if (!caller.user.roles.some((r) => anyOf.has(r))) throw insufficientPrivileges();
}
