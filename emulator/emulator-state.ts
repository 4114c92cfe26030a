import { join } from 'node:path';
import { loadSigningKey, type SigningKey } from './authority/signing-key.ts';
import { createClock, type Clock } from './clock.ts';
import type { EmulatorOptions } from './emulator-options.ts';
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
}

export interface RefreshGrant {
  clientId: string;
  userId: string;
  scope: string;
}

/** The emulator's whole mutable state; `reset` rebuilds the tenant from its seed. */
export interface EmulatorState {
  options: EmulatorOptions;
  tenant: Tenant;
  clock: Clock;
  key: SigningKey;
  codes: Map<string, AuthCode>;
  refreshTokens: Map<string, RefreshGrant>;
  /** Authority sign-in sessions (cookie value → user id) so prompt=none can answer silently. */
  sessions: Map<string, string>;
  reset(): void;
}

export async function createEmulatorState(options: EmulatorOptions): Promise<EmulatorState> {
  const key = await loadSigningKey(options.stateDir ? join(options.stateDir, 'signing-key.json') : undefined);
  const clock = createClock();
  const build = () => generateTenant({ users: options.users, seed: options.seed, now: clock.now() });
  const state: EmulatorState = {
    options,
    tenant: build(),
    clock,
    key,
    codes: new Map(),
    refreshTokens: new Map(),
    sessions: new Map(),
    reset() {
      clock.reset();
      state.tenant = build();
    },
  };
  return state;
}
