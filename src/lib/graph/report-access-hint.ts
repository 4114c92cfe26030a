export const REPORT_ACCESS_HINT =
  'The authentication-methods reports need the Reports Reader, Security Reader, Security Administrator, Global Reader or Global Administrator role, and the AuditLog.Read.All permission for this app. A Privileged Role Administrator can assign the role; a Global Administrator grants the permission.';
