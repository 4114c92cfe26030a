import type { GraphRoute } from './graph-route.ts';
import { meRoutes } from './routes/me-routes.ts';
import { registrationDetailsRoutes } from './routes/registration-details-routes.ts';
import { registrationSummaryRoutes } from './routes/registration-summary-routes.ts';

export const graphRoutes: GraphRoute[] = [
  ...meRoutes,
  ...registrationSummaryRoutes,
  ...registrationDetailsRoutes,
];
