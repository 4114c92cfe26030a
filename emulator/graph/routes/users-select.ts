import type { TenantUser } from '../../tenant/model.ts';
import { GraphHttpError } from '../graph-http-error.ts';
import type { GraphRequest } from '../graph-route.ts';
import { applySelect, parseSelect } from '../odata/index.ts';
import { signInActivityOf } from './sign-in-activity.ts';
import { limitToBasicProfile, signInActivityAllowed } from './users-access.ts';
import {
  DEFAULT_USER_PROPERTIES,
  SELECTABLE_USER_PROPERTIES,
  SINGLE_USER_ONLY_PROPERTIES,
  singleUserOnlyValues,
  userResource,
} from './user-shape.ts';

const SIGN_IN_ACTIVITY = 'signInActivity';
const SINGLE_ONLY: ReadonlySet<string> = new Set(SINGLE_USER_ONLY_PROPERTIES);
const ALL_SELECTABLE = [...SELECTABLE_USER_PROPERTIES, SIGN_IN_ACTIVITY, ...SINGLE_USER_ONLY_PROPERTIES];

export interface UserSelection {
  /** Undefined: Graph's default properties. */
  properties: string[] | undefined;
  signInActivity: boolean;
}

/**
 * `$select` on users. `*` means the directory properties (not the SharePoint-backed ones); those
 * are 501 in a collection (docs/graph-notes.md §5).
 */
export function parseUserSelect(text: string | undefined, target: 'collection' | 'entity'): UserSelection {
  if (text === undefined) return { properties: undefined, signInActivity: false };
  const wildcard = text.split(',').some((item) => item.trim() === '*');
  const properties = wildcard
    ? [...SELECTABLE_USER_PROPERTIES]
    : parseSelect(text, ALL_SELECTABLE, 'microsoft.graph.user');
  if (target === 'collection' && properties.some((p) => SINGLE_ONLY.has(p))) {
    throw new GraphHttpError(501, 'NotImplemented', 'This operation target is not yet supported.');
  }
  return { properties, signInActivity: properties.includes(SIGN_IN_ACTIVITY) };
}

/** Decides once per request whether signInActivity may be filled (may throw 403). */
export function signInActivityGate(request: GraphRequest, selection: UserSelection): boolean {
  return selection.signInActivity && signInActivityAllowed(request);
}

/** One user as Graph returns it for this caller and selection. */
export function shapeUser(
  request: GraphRequest,
  user: TenantUser,
  selection: UserSelection,
  signInActivityReadable: boolean,
): Record<string, unknown> {
  const row: Record<string, unknown> = userResource(user);
  if (selection.properties?.some((p) => SINGLE_ONLY.has(p))) Object.assign(row, singleUserOnlyValues());
  let activity: unknown = null;
  if (selection.signInActivity && signInActivityReadable)
    activity = signInActivityOf(request.state.tenant, user);
  row[SIGN_IN_ACTIVITY] = activity;
  const selected = applySelect(row, selection.properties ?? [...DEFAULT_USER_PROPERTIES]) as Record<
    string,
    unknown
  >;
  // Users who never signed in have no signInActivity at all (docs/graph-notes.md §11.7).
  if (selection.signInActivity && activity === undefined) delete selected[SIGN_IN_ACTIVITY];
  return limitToBasicProfile(request, selected, user);
}
