import type { ConsentStore } from './authority/consent-types.ts';
import { join } from 'node:path';
import { loadSigningKey, type SigningKey } from './authority/signing-key.ts';
import { createClock, type Clock } from './clock.ts';
import type { EmulatorOptions } from './emulator-options.ts';
import type { FaultRule } from './graph/faults/fault-rules.ts';
import { ThrottleState } from './graph/throttle/throttle-state.ts';
import { generateTenant } from './tenant/generate-tenant.ts';
import type { Tenant } from './tenant/model.ts';

export interface AuthCode {
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  scope: string;
  nonce: string | undefined;
  userId: string;
  expiresAt: number;
  /** When the user last completed multifactor authentication in the session the code came from. */
  mfaAt: number | undefined;
}

export interface PasswordResetOperation {
  id: string;
  userId: string;
  createdAt: number;
  /** When the operation reaches its terminal status. */
  completesAt: number;
  outcome: 'succeeded' | 'failed';
}

export interface RefreshGrant {
  clientId: string;
  userId: string;
  scope: string;
  issuedAt: number;
  /** The MFA time of the sign-in the grant descends from: renewals carry it, as Entra's refresh tokens do. */
  mfaAt: number | undefined;
}

export interface AuthoritySession {
  userId: string;
  startedAt: number;
  /** When the user last completed multifactor authentication in this session (authority/fresh-mfa.ts). */
  mfaAt: number | undefined;
}

/** The emulator's whole mutable state; `reset` rebuilds the tenant from its seed. */
export interface EmulatorState {
  options: EmulatorOptions;
  tenant: Tenant;
  clock: Clock;
  key: SigningKey;
  codes: Map<string, AuthCode>;
  refreshTokens: Map<string, RefreshGrant>;
  /** Authority sign-in sessions (cookie value → user and when it began) so prompt=none can answer silently. */
  sessions: Map<string, AuthoritySession>;
  faults: FaultRule[];
  /** Consent revoked per app registration (control API), restored by the consent page. */
  consent: ConsentStore;
  throttle: ThrottleState;
  /** Long-running operations (password resets) by id. */
  operations: Map<string, PasswordResetOperation>;
  /**
   * When each access token was issued, to the millisecond, by its `uti`: `iat` counts whole seconds, and a
   * revocation in the same second as a sign-in must still tell which came first.
   */
  tokensIssuedAt: Map<string, number>;
  /** When the sign-in behind each access token (by `uti`) last completed MFA: Graph's fresh-MFA rule reads it. */
  tokenMfaAt: Map<string, number>;
  reset(): void;
}

export async function createEmulatorState(options: EmulatorOptions): Promise<EmulatorState> {
  const key = await loadSigningKey(options.stateDir ? join(options.stateDir, 'signing-key.json') : undefined);
  const clock = createClock();
  const build = () => {
    const tenant = generateTenant({
      users: options.users,
      seed: options.seed,
      now: clock.now(),
      hostile: options.hostileUsers,
    });
    tenant.reportLagMs = options.reportLagMinutes * 60_000;
    return tenant;
  };
  const state: EmulatorState = {
    options,
    tenant: build(),
    clock,
    key,
    codes: new Map(),
    refreshTokens: new Map(),
    sessions: new Map(),
    faults: [],
    consent: new Map(),
    throttle: new ThrottleState(options.throttle),
    operations: new Map(),
    tokensIssuedAt: new Map(),
    tokenMfaAt: new Map(),
    reset() {
      clock.reset();
      state.tenant = build();
      state.faults.length = 0;
      state.consent.clear();
      state.throttle.reset();
      state.operations.clear();
    },
  };
  return state;
}
