import type { GraphRoute } from '../../graph-route.ts';
import { audited } from './audited-writes.ts';
import { emailRoutes } from './email-routes.ts';
import { methodCollectionRoutes } from './method-collection-routes.ts';
import { passwordRoutes } from './password-routes.ts';
import { phoneRoutes } from './phone-routes.ts';
import { signInPreferencesRoutes } from './sign-in-preferences-routes.ts';
import { tapRoutes } from './tap-routes.ts';

/**
 * Everything under /users/{id|upn}/authentication and /me/authentication (docs/graph-notes.md §4); every
 * write that succeeds appends its directory audit event.
 */
export const authMethodRoutes: GraphRoute[] = [
  ...methodCollectionRoutes,
  ...phoneRoutes,
  ...emailRoutes,
  ...tapRoutes,
  ...passwordRoutes,
  ...signInPreferencesRoutes,
].map(audited);
