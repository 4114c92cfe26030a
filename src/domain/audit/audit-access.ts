import { REPORT_ROLE_NAMES } from '../session/report-access.ts';

/** Who reads the directory audit log (graph-docs-contrib directoryaudit-list.md, rbac-directoryaudit-apis.md). */
export const AUDIT_ACCESS_HINT = `Reading the directory audit log needs the ${REPORT_ROLE_NAMES} role, and the AuditLog.Read.All and Directory.Read.All permissions for this app (an administrator consents to them).`;

/** entra-docs reference-reports-data-retention.md: audit logs are kept 7 days on Free, 30 with P1 or P2. */
export const AUDIT_RETENTION =
  'Entra keeps these events for 30 days (7 days without Entra ID P1 or P2); a change shows here within a few minutes.';
