import { findUser } from '../../tenant/model.ts';
import { insufficientPrivileges, notFound } from '../graph-http-error.ts';
import type { GraphRequest, GraphResult, GraphRoute } from '../graph-route.ts';
import { listMemberships, MEMBERSHIP_SEGMENT } from './membership-listing.ts';
import { requireUserReadAccess } from './users-access.ts';
import { decodePathKey } from './path-key.ts';

/**
 * Another user's directory roles (docs/graph-notes.md §11.3): the token must read the user
 * (User.ReadBasic.All or more); names additionally need a role-reading scope, else the items come
 * in limited form. No admin role is required. For one's own id it behaves like /me.
 */
function userDirectoryRoles(request: GraphRequest): GraphResult {
  const { caller, state } = request;
  const key = decodePathKey(request.params.key);
  requireUserReadAccess(caller, key);
  const user = findUser(state.tenant, key);
  if (!user) throw notFound(key);
  // Guests do not read other users' memberships under default guest restrictions (guessed).
  if (user.id !== caller.user.id && caller.user.userType === 'guest') throw insufficientPrivileges();
  return listMemberships(request, user);
}

export const userMembershipRoutes: GraphRoute[] = [
  {
    method: 'GET',
    pattern: new RegExp(`^/users/(?<key>[^/]+)/${MEMBERSHIP_SEGMENT}$`),
    handler: userDirectoryRoles,
  },
];
