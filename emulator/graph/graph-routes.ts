import type { GraphRoute } from './graph-route.ts';
import { administrativeUnitRoutes } from './routes/administrative-unit-routes.ts';
import { groupRoutes } from './routes/group-routes.ts';
import { groupWriteRoutes } from './routes/group-write-routes.ts';
import { activityReportRoutes } from './routes/activity-report-routes.ts';
import { authMethodRoutes } from './routes/auth-methods/index.ts';
import { directoryAuditRoutes } from './routes/directory-audit-routes.ts';
import { signInLogRoutes } from './routes/sign-in-log-routes.ts';
import { directoryRoleRoutes } from './routes/directory-role-routes.ts';
import { meRoutes } from './routes/me-routes.ts';
import { organizationRoutes } from './routes/organization-routes.ts';
import { pimRoutes } from './routes/pim-routes.ts';
import { policyRoutes } from './routes/policy-routes.ts';
import { conditionalAccessRoutes } from './routes/conditional-access-routes.ts';
import { revokeSessionsRoutes } from './routes/revoke-sessions-routes.ts';
import { legacyReportRoutes } from './routes/legacy-report-routes.ts';
import { registrationDetailsRoutes } from './routes/registration-details-routes.ts';
import { registrationSummaryRoutes } from './routes/registration-summary-routes.ts';
import { roleAssignmentRoutes } from './routes/role-assignment-routes.ts';
import { subscribedSkuRoutes } from './routes/subscribed-sku-routes.ts';
import { userMembershipRoutes } from './routes/user-membership-routes.ts';
import { usersRoutes } from './routes/users-routes.ts';

export const graphRoutes: GraphRoute[] = [
  ...meRoutes,
  ...registrationSummaryRoutes,
  ...registrationDetailsRoutes,
  ...activityReportRoutes,
  ...legacyReportRoutes,
  ...authMethodRoutes,
  ...directoryAuditRoutes,
  ...signInLogRoutes,
  ...policyRoutes,
  ...conditionalAccessRoutes,
  ...revokeSessionsRoutes,
  ...usersRoutes,
  ...userMembershipRoutes,
  ...roleAssignmentRoutes,
  ...administrativeUnitRoutes,
  ...groupRoutes,
  ...groupWriteRoutes,
  ...directoryRoleRoutes,
  ...pimRoutes,
  ...organizationRoutes,
  ...subscribedSkuRoutes,
];
