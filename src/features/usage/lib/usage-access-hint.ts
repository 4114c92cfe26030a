export const USAGE_ACCESS_HINT =
  'The usage reports need the Reports Reader, Security Reader, Security Administrator, Global Reader or Global Administrator role, and the Reports.Read.All and AuditLog.Read.All permissions for this app. A Privileged Role Administrator can assign the role; a Global Administrator grants the permissions.';
