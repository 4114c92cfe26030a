import { REPORT_READER_ROLES } from '../../tenant/roles.ts';
import { requireRole, requireScope } from '../graph-caller.ts';
import { GraphHttpError } from '../graph-http-error.ts';
import type { GraphRequest } from '../graph-route.ts';

/** The reports need the scope, a reader role and a P1/P2 tenant (docs/graph-notes.md §2, §3.1). */
export function requireReportAccess(
  { caller, state }: GraphRequest,
  scopes: readonly string[] = ['AuditLog.Read.All'],
): void {
  requireScope(caller, scopes);
  requireRole(caller, REPORT_READER_ROLES);
  if (state.tenant.tier === 'free') {
    throw new GraphHttpError(
      403,
      'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
      "Neither tenant is B2C or tenant doesn't have premium license",
    );
  }
}
