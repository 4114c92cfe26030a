import { isShielded } from '../tenant/delegation.ts';
import type { TenantUser } from '../tenant/model.ts';
import type { TestEmulator } from './test-emulator.ts';

/**
 * The first user matching a predicate, so tests name the kind of user they need rather than an index. Users in a
 * restricted management unit or a role-assignable group are skipped: most operators cannot act on them.
 */
export function userWhere(emulator: TestEmulator, predicate: (u: TenantUser) => boolean): TenantUser {
  const { delegation } = emulator.state.tenant;
  const user = emulator.state.tenant.users.find(
    (u) => u.accountEnabled && !isShielded(delegation, u.id) && predicate(u),
  );
  if (!user) throw new Error('no user in the test tenant matches');
  return user;
}

export const has = (u: TenantUser, kind: string) => u.methods.some((m) => m.kind === kind);
