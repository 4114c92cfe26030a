import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { WELL_KNOWN_ID } from '../../../tenant/method-catalog.ts';
import { markUserChanged } from '../../../tenant/registration-details.ts';
import { canManageMethodsOf, canResetPasswordOf } from '../../../tenant/admin-targets.ts';
import { findUser } from '../../../tenant/model.ts';
import { requireScope } from '../../graph-caller.ts';
import { GraphHttpError, insufficientPrivileges, notFound } from '../../graph-http-error.ts';
import { ok, type GraphRequest, type GraphRoute } from '../../graph-route.ts';
import { readJsonBody } from '../../json-body.ts';
import { odataContext } from '../../odata-envelope.ts';
import { readQueryOptions } from '../../query-options.ts';
import { methodNotFound, ruleViolation } from './method-errors.ts';
import { requireFreshMfa } from './fresh-mfa-rule.ts';
import { AUTH_ROOT, methodTarget } from './method-target.ts';

const BANNED = ['password', 'contoso', 'welcome', 'qwerty', '123456', 'letmein'];

function checkPasswordPolicy(password: string, displayName: string): void {
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(password)).length;
  const lower = password.toLowerCase();
  const banned =
    BANNED.some((word) => lower.includes(word)) ||
    displayName
      .toLowerCase()
      .split(/\s+/)
      .some((part) => part.length > 3 && lower.includes(part));
  if (password.length < 8 || password.length > 256 || classes < 3 || banned) {
    throw ruleViolation(
      'The password does not meet the password policy: at least 8 characters with three of upper case, lower case, digits and symbols, and no common or personal words.',
    );
  }
}

function generatedPassword(): string {
  const words = ['Maple', 'River', 'Copper', 'Falcon', 'Harbor', 'Violet', 'Summit', 'Ember'];
  return `${words[randomInt(words.length)]}${randomInt(1000, 9999)}-${randomBytes(3).toString('hex')}!`;
}

/**
 * `POST .../passwordMethods/{id}/resetPassword` (and the v1.0 `.../methods/{id}/resetPassword` form):
 * 202 with a Location to poll; the generated password is in this response only.
 */
function resetPassword(request: GraphRequest) {
  readQueryOptions(request.ctx.url, []);
  const { caller, state, now, params } = request;
  requireScope(caller, ['UserAuthenticationMethod.ReadWrite.All', 'UserAuthMethod-Password.ReadWrite.All']);
  const key = params.user ? decodeURIComponent(params.user) : undefined;
  const target = key === undefined ? caller.user : findUser(state.tenant, key);
  if (!target) throw notFound(key ?? '');
  if (target.id === caller.user.id)
    throw new GraphHttpError(
      403,
      'accessDenied',
      'Users cannot reset their own password through this API. Use self-service password reset or change the password.',
    );
  // v1.0 names the Authentication and Privileged Authentication Administrators (authenticationmethod-
  // resetpassword.md); beta adds User, Helpdesk and Password Administrators within "Who can reset passwords".
  const allowed =
    request.version === 'beta'
      ? canResetPasswordOf(caller.user, target, state.tenant.delegation)
      : canManageMethodsOf(caller.user, target, state.tenant.delegation);
  if (!allowed) throw insufficientPrivileges();
  requireFreshMfa(request, false);
  const id = decodeURIComponent(params.id ?? '');
  const password = target.methods.find((m) => m.kind === 'password' && m.id === id);
  if (id !== WELL_KNOWN_ID.password || !password) throw methodNotFound(id);
  const body = readJsonBody(
    request.ctx.body,
    'passwordResetResponse',
    { newPassword: 'string' },
    { allowEmpty: true },
  );
  const supplied = body.newPassword as string | undefined;
  if (supplied !== undefined) checkPasswordPolicy(supplied, target.displayName);

  const operationId = randomUUID();
  const { passwordResetDelayMs, passwordResetOutcome } = state.options;
  state.operations.set(operationId, {
    id: operationId,
    userId: target.id,
    createdAt: now,
    completesAt: now + passwordResetDelayMs,
    outcome: passwordResetOutcome,
  });
  if (passwordResetOutcome === 'succeeded') {
    password.createdDateTime = new Date(now).toISOString();
    markUserChanged(state.tenant, target, now);
  }
  const location = `${request.ctx.baseUrl}/${request.version}/users/${target.id}/authentication/operations/${operationId}?aadgdc=emulator&aadgsu=ssprprod-a`;
  const headers = {
    Location: location,
    'Retry-After': String(Math.max(1, Math.ceil(passwordResetDelayMs / 1000))),
  };
  if (supplied !== undefined) return { status: 202, body: {}, headers };
  return {
    status: 202,
    headers,
    body: {
      '@odata.context': odataContext(
        request.ctx.baseUrl,
        request.version,
        'microsoft.graph.passwordResetResponse',
      ),
      newPassword: generatedPassword(),
    },
  };
}

/**
 * The user whose operation is read: by a reader of their methods, or (beta) by whoever may reset their password,
 * since the beta page lets User, Helpdesk and Password Administrators start the reset this Location follows
 * (their access to the operation itself is not documented: the stricter reading would make it unusable).
 */
function operationTarget(request: GraphRequest) {
  try {
    return methodTarget(request, 'read', 'Password');
  } catch (refused) {
    const key = request.params.user ? decodeURIComponent(request.params.user) : undefined;
    const target = key === undefined ? undefined : findUser(request.state.tenant, key);
    if (
      request.version !== 'beta' ||
      !target ||
      !canResetPasswordOf(request.caller.user, target, request.state.tenant.delegation)
    )
      throw refused;
    requireScope(request.caller, [
      'UserAuthenticationMethod.Read.All',
      'UserAuthenticationMethod.ReadWrite.All',
      'UserAuthMethod-Password.Read.All',
      'UserAuthMethod-Password.ReadWrite.All',
    ]);
    return target;
  }
}

/** The long-running operation behind a reset: running until it completes, then succeeded or failed. */
function getOperation(request: GraphRequest) {
  // Location carries aadgdc/aadgsu routing hints: accept any non-OData parameters.
  readQueryOptions(request.ctx.url, []);
  const target = operationTarget(request);
  const operation = request.state.operations.get(decodeURIComponent(request.params.id ?? ''));
  if (!operation || operation.userId !== target.id)
    throw new GraphHttpError(404, 'itemNotFound', 'The operation was not found.');
  const done = request.now >= operation.completesAt;
  const status = done
    ? operation.outcome
    : request.now - operation.createdAt < 500
      ? 'notStarted'
      : 'running';
  return ok({
    '@odata.context': odataContext(
      request.ctx.baseUrl,
      request.version,
      `users('${target.id}')/authentication/operations/$entity`,
    ),
    id: operation.id,
    createdDateTime: new Date(operation.createdAt).toISOString(),
    lastActionDateTime: new Date(done ? operation.completesAt : request.now).toISOString(),
    status,
    statusDetail: done ? (operation.outcome === 'succeeded' ? 'ResetSuccess' : 'ResetFailed') : null,
    resourceLocation: `${request.ctx.baseUrl}/${request.version}/users/${target.id}/authentication/passwordMethods/${WELL_KNOWN_ID.password}`,
  });
}

export const passwordRoutes: GraphRoute[] = [
  {
    method: 'POST',
    pattern: new RegExp(`${AUTH_ROOT}/(?:passwordMethods|methods)/(?<id>[^/]+)/resetPassword$`),
    handler: resetPassword,
  },
  { method: 'GET', pattern: new RegExp(`${AUTH_ROOT}/operations/(?<id>[^/]+)$`), handler: getOperation },
];
