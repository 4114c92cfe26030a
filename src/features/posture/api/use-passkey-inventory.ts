import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { Fido2Method } from '../../../domain/auth-methods/graph-method.ts';
import { aaguidNamesQuery } from '../../../domain/passkeys/aaguid-names.ts';
import { fido2PolicyQuery } from '../../../domain/passkeys/fido2-policy-query.ts';
import {
  takeInventory,
  type InventoryUser,
  type PasskeyInventory,
} from '../../../domain/passkeys/passkey-inventory.ts';
import type { PasskeyPolicy } from '../../../domain/passkeys/passkey-profiles.ts';
import type { RegistrationScanRow } from '../../../domain/reports/registration-scan.ts';
import { SCOPES } from '../../../lib/auth/scopes.ts';
import { graphBatch, type BatchRequestSpec } from '../../../lib/graph/graph-batch.ts';
import { GraphError } from '../../../lib/graph/graph-error.ts';
import { sendWithRetries, throttledWait } from '../../../lib/graph/send-with-retries.ts';
import { policyGroupsQuery } from './policy-groups.ts';

/** Twenty users per `$batch` (Graph's limit), one batch at a time: the directory budget is never bursted. */
export const INVENTORY_BATCH = 20;

export interface InventoryFailure {
  userPrincipalName: string;
  error: GraphError;
}

export type InventoryRun =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number; startedAt: number }
  | {
      status: 'done' | 'cancelled';
      done: number;
      total: number;
      /** Users whose passkeys were read (not those who failed, or were deleted meanwhile). */
      usersRead: number;
      inventory: PasskeyInventory;
      failed: InventoryFailure[];
      /** Why the policy was not read (the verdicts are then left out). */
      policyError: unknown;
      /** The policy's groups could not all be read: verdicts that depend on them are not given. */
      groupsUnread: boolean;
    }
  | { status: 'failed'; error: unknown };

async function readPolicy(queryClient: QueryClient): Promise<{ policy?: PasskeyPolicy; error?: unknown }> {
  try {
    return { policy: await queryClient.fetchQuery(fido2PolicyQuery()) };
  } catch (error) {
    return { error };
  }
}

/** Each user's policy groups (id → name), or undefined for everyone when a group could not be read. */
async function membershipOf(
  queryClient: QueryClient,
  policy: PasskeyPolicy | undefined,
): Promise<(userId: string) => ReadonlyMap<string, string> | undefined> {
  const targets = [...(policy?.includeTargets ?? []), ...(policy?.excludeTargets ?? [])];
  const ids = [...new Set(targets.flatMap((t) => (t.id && t.id !== 'all_users' ? [t.id] : [])))].sort();
  if (ids.length === 0) return () => new Map();
  const groups = await queryClient.fetchQuery(policyGroupsQuery(ids));
  if (groups.some((g) => 'error' in g)) return () => undefined;
  return (userId) =>
    new Map(
      groups.flatMap((g) => ('members' in g && g.members.has(userId) ? [[g.id, g.name] as const] : [])),
    );
}

/**
 * Reads the passkeys of every user the report says has one (`GET /users/{id}/authentication/fido2Methods`, v1.0,
 * twenty to a batch), with the passkey policy and its groups when the operator's role may read them, then
 * counts them by authenticator and judges each against the profiles that reach its user. Cancellable; a user
 * whose passkeys cannot be read is listed, never counted as having none; a role that cannot read methods stops
 * the run with what would allow it.
 */
export function usePasskeyInventory() {
  const queryClient = useQueryClient();
  const [run, setRun] = useState<InventoryRun>({ status: 'idle' });
  const controller = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => controller.current?.abort(), []);

  const start = async (rows: readonly RegistrationScanRow[]) => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    const { signal } = current;
    const users = rows.flatMap((r) => (r.id ? [r] : []));
    const total = users.length;
    const startedAt = Date.now();
    setRun({ status: 'running', done: 0, total, startedAt });
    try {
      const { policy, error: policyError } = await readPolicy(queryClient);
      const membership = await membershipOf(queryClient, policy).catch(() => () => undefined);
      const names = await queryClient.fetchQuery(aaguidNamesQuery()).catch(() => undefined);
      const read: InventoryUser[] = [];
      const failed: InventoryFailure[] = [];
      let done = 0;
      for (let from = 0; from < total && !signal.aborted; from += INVENTORY_BATCH) {
        const chunk = users.slice(from, from + INVENTORY_BATCH);
        const requests: Record<string, BatchRequestSpec> = {};
        chunk.forEach((row, i) => {
          requests[`u${i}`] = { url: `/users/${encodeURIComponent(row.id!)}/authentication/fido2Methods` };
        });
        let results;
        try {
          // Counted by the method-scan pacer as the directory counts it; a throttled batch waits and goes again.
          results = await sendWithRetries(
            () =>
              graphBatch<Record<string, { value: Fido2Method[] }>>(requests, {
                scopes: SCOPES.authMethodsRead,
                version: 'v1.0',
                signal,
                pacer: 'methodScan',
              }),
            { retries: 4, waitFor: throttledWait(2000), signal },
          );
        } catch (error) {
          if (signal.aborted) break; // cancelled: what was read so far is shown as such
          throw error;
        }
        chunk.forEach((row, i) => {
          const result = results[`u${i}`];
          if (!result) return;
          if (!result.ok && result.error.status === 403) throw result.error;
          const upn = row.userPrincipalName ?? row.id!;
          // 404: deleted since the report listed them; nothing of theirs to count.
          if (!result.ok && result.error.status !== 404)
            failed.push({ userPrincipalName: upn, error: result.error });
          if (!result.ok) return;
          read.push({
            id: row.id!,
            userPrincipalName: upn,
            displayName: row.userDisplayName ?? undefined,
            isAdmin: row.isAdmin === true,
            keys: result.data.value ?? [],
            groups: membership(row.id!),
          });
        });
        done += chunk.length;
        if (!signal.aborted && controller.current === current)
          setRun({ status: 'running', done, total, startedAt });
      }
      // A newer run, or one cancelled before any passkey was read, leaves nothing to show.
      if (controller.current !== current) return;
      if (signal.aborted && done === 0) return setRun({ status: 'idle' });
      const groupsUnread = Boolean(policy) && read.some((u) => u.groups === undefined);
      setRun({
        status: signal.aborted ? 'cancelled' : 'done',
        done,
        total,
        usersRead: read.length,
        inventory: takeInventory(read, names, policy),
        failed,
        policyError,
        groupsUnread,
      });
    } catch (error) {
      if (controller.current !== current) return;
      // Cancelled before any passkey was read (while the policy or its groups were read): back to the start.
      if (signal.aborted && !(error instanceof GraphError)) setRun({ status: 'idle' });
      else setRun({ status: 'failed', error });
    }
  };

  /** Back to the start, e.g. when the users it would read change. */
  const reset = () => {
    controller.current?.abort();
    controller.current = undefined;
    setRun({ status: 'idle' });
  };
  return { run, start, cancel: () => controller.current?.abort(), reset };
}
