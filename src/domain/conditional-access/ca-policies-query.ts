import { queryOptions } from '@tanstack/react-query';
import { SCOPES } from '../../lib/auth/scopes.ts';
import { allPages } from '../../lib/graph/all-pages.ts';
import type { CaPolicy } from './registration-strength.ts';

/**
 * `GET /identity/conditionalAccess/policies` (v1.0; Policy.Read.All and Security Reader, Security Administrator,
 * Global Reader or Conditional Access Administrator, conditionalaccessroot-list-policies.md). The grant's
 * authentication strength comes inline.
 */
export const caPoliciesQuery = () =>
  queryOptions({
    queryKey: ['conditionalAccessPolicies'] as const,
    queryFn: ({ signal }) =>
      allPages<CaPolicy>('/identity/conditionalAccess/policies', {
        scopes: SCOPES.conditionalAccess,
        version: 'v1.0',
        signal,
      }),
    staleTime: 10 * 60_000,
    retry: false,
  });
