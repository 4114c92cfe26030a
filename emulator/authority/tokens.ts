import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import type { EmulatorState } from '../emulator-state.ts';
import type { TenantUser } from '../tenant/model.ts';
import { CP1_CLAIM } from './client-capabilities.ts';
import { unconsentedScopes } from './consent.ts';
import { amrFor } from './fresh-mfa.ts';
import { parseScopes } from './scopes.ts';

export function issuerOf(baseUrl: string, tenantId: string): string {
  return `${baseUrl}/${tenantId}/v2.0`;
}

/** Graph tokens are v1 tokens with the STS issuer, as Entra issues them. */
export function graphIssuer(tenantId: string): string {
  return `https://sts.windows.net/${tenantId}/`;
}

function base64url(value: string): string {
  return Buffer.from(value, 'utf8').toString('base64url');
}

export function clientInfoOf(user: TenantUser, tenantId: string): string {
  return base64url(JSON.stringify({ uid: user.id, utid: tenantId }));
}

/** Graph scopes the token will carry: what was asked for, limited to what the app has consent for. */
export function grantedGraphScopes(
  state: EmulatorState,
  scope: string,
  clientId: string,
  graphResource: string,
): string[] {
  const asked = parseScopes(scope, graphResource).graph;
  const missing = new Set(unconsentedScopes(state, clientId, asked));
  return asked.filter((s) => !missing.has(s));
}

/** A Graph token; `graphResource` (the emulator's origin) is its audience, as a cloud's Graph URI is on Entra. */
export async function issueAccessToken(
  state: EmulatorState,
  user: TenantUser,
  clientId: string,
  scopes: string[],
  graphResource: string,
  sign: {
    /** The client declared CP1 (client-capabilities.ts): the token says so, and Graph may challenge it. */
    cp1?: boolean;
    /** When the sign-in behind the token completed MFA (fresh-mfa.ts); undefined for a password alone. */
    mfaAt?: number;
  } = {},
): Promise<{ token: string; expiresIn: number }> {
  const issuedAt = state.clock.now();
  const now = Math.floor(issuedAt / 1000);
  const expiresIn = state.options.tokenLifetimeSeconds;
  const { tenant, key } = state;
  const uti = randomBytes(16).toString('base64url');
  state.tokensIssuedAt.set(uti, issuedAt);
  if (sign.mfaAt !== undefined) state.tokenMfaAt.set(uti, sign.mfaAt);
  const token = await new SignJWT({
    tid: tenant.id,
    oid: user.id,
    upn: user.userPrincipalName,
    unique_name: user.userPrincipalName,
    name: user.displayName,
    appid: clientId,
    scp: scopes.join(' '),
    wids: user.roles,
    ver: '1.0',
    uti,
    amr: amrFor(sign.mfaAt),
    ...(sign.cp1 ? CP1_CLAIM : {}),
  })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: key.kid })
    .setIssuer(graphIssuer(tenant.id))
    .setAudience(graphResource)
    .setSubject(user.id)
    .setIssuedAt(now)
    .setNotBefore(now)
    .setExpirationTime(now + expiresIn)
    .sign(key.privateKey);
  return { token, expiresIn };
}

export async function issueIdToken(
  state: EmulatorState,
  user: TenantUser,
  clientId: string,
  baseUrl: string,
  nonce: string | undefined,
): Promise<string> {
  const now = Math.floor(state.clock.now() / 1000);
  const { tenant, key } = state;
  const claims: Record<string, unknown> = {
    tid: tenant.id,
    oid: user.id,
    preferred_username: user.userPrincipalName,
    name: user.displayName,
    ver: '2.0',
  };
  if (nonce) claims.nonce = nonce;
  if (state.options.widsInIdToken) claims.wids = user.roles;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: key.kid })
    .setIssuer(issuerOf(baseUrl, tenant.id))
    .setAudience(clientId)
    .setSubject(user.id)
    .setIssuedAt(now)
    .setNotBefore(now)
    .setExpirationTime(now + 3600)
    .sign(key.privateKey);
}

export function opaqueToken(): string {
  return randomBytes(32).toString('base64url');
}
