import type { QueryClient } from '@tanstack/react-query';
import { graphKeys } from '../../lib/graph/query-keys.ts';

/**
 * After any method change: the user page (its security-info history too: Entra writes the audit event
 * within minutes) and every report (registration counts move). Returned so a
 * mutation's isPending lasts until the page shows the new state.
 */
export function invalidateAfterMethodChange(client: QueryClient, userId: string): Promise<unknown> {
  return Promise.all([
    client.invalidateQueries({ queryKey: graphKeys.userPage(userId) }),
    client.invalidateQueries({ queryKey: graphKeys.reports() }),
  ]);
}

export const userPath = (userId: string) => `/users/${encodeURIComponent(userId)}/authentication`;
