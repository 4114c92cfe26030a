export const USAGE_ACCESS_HINT =
  'The usage reports need the Reports Reader, Security Reader, Security Administrator, Global Reader or Global Administrator role, and the AuditLog.Read.All permission for this app. A Privileged Role Administrator can assign the role; a Global Administrator grants the permissions.';

/** The retired reports' pages name Reports.Read.All, which the app asks only when one is opened. */
export const RETIRED_REPORT_ACCESS_HINT =
  'The retired reports need the Reports.Read.All permission for this app (a Global Administrator grants it) and a reports reader role such as Reports Reader, Security Reader or Global Reader (a Privileged Role Administrator assigns it).';
