import { WELL_KNOWN_ID } from '../../../tenant/method-catalog.ts';
import { smsSignInAllowedFor } from '../../../tenant/phone-policy.ts';
import { markUserChanged } from '../../../tenant/registration-details.ts';
import type { PhoneMethod, PhoneType, Tenant, TenantUser } from '../../../tenant/model.ts';
import type { GraphRequest, GraphRoute } from '../../graph-route.ts';
import { readJsonBody } from '../../json-body.ts';
import { readQueryOptions } from '../../query-options.ts';
import { methodNotFound, ruleViolation } from './method-errors.ts';
import { AUTH_ROOT, methodTarget } from './method-target.ts';
import { methodViewer, methodsContext } from './method-view.ts';

const PHONE_TYPES: readonly PhoneType[] = ['mobile', 'alternateMobile', 'office'];
// `+{country code} {subscriber number}` with an optional `x{extension}` (docs/graph-notes.md §4.2).
const PHONE_FORMAT = /^\+[1-9]\d{0,2} \d{4,14}(x\d{1,7})?$/;

function validNumber(value: unknown): string {
  if (typeof value !== 'string' || !PHONE_FORMAT.test(value)) {
    throw ruleViolation(
      `Invalid phone number '${String(value)}'. Use the format +{country code} {subscriber number}, optionally followed by x{extension}, for example +1 2065555555.`,
    );
  }
  return value;
}

/**
 * SMS sign-in state for a mobile number: the Sms policy must allow it for this user (phone-policy.ts) and
 * nobody else may use the number for SMS sign-in.
 */
function smsStateFor(tenant: Tenant, user: TenantUser, phone: PhoneMethod): PhoneMethod['smsSignInState'] {
  if (phone.phoneType !== 'mobile') return 'notSupported';
  if (!smsSignInAllowedFor(tenant.phonePolicy, user.id)) return 'notAllowedByPolicy';
  const shared = tenant.users.some(
    (u) =>
      u !== user &&
      u.methods.some(
        (m) =>
          m.kind === 'phone' &&
          m.phoneType === 'mobile' &&
          m.phoneNumber === phone.phoneNumber &&
          m.smsSignInState === 'ready',
      ),
  );
  return shared ? 'phoneNumberNotUnique' : 'notEnabled';
}

function phoneOf(target: TenantUser, id: string): PhoneMethod {
  const phone = target.methods.find((m): m is PhoneMethod => m.kind === 'phone' && m.id === id);
  if (!phone) throw methodNotFound(id);
  return phone;
}

function createPhone(request: GraphRequest) {
  readQueryOptions(request.ctx.url, []);
  const target = methodTarget(request, 'write', 'Phone');
  const body = readJsonBody(request.ctx.body, 'phoneAuthenticationMethod', {
    phoneNumber: 'string',
    phoneType: 'string',
  });
  const phoneNumber = validNumber(body.phoneNumber);
  const phoneType = body.phoneType as PhoneType;
  if (!PHONE_TYPES.includes(phoneType))
    throw ruleViolation(
      `Invalid phoneType '${String(body.phoneType)}'. Use mobile, alternateMobile or office.`,
    );
  if (target.methods.some((m) => m.kind === 'phone' && m.phoneType === phoneType)) {
    throw ruleViolation(
      `The user already has a ${phoneType} phone. Update that phone's number instead, or delete it first.`,
    );
  }
  if (
    phoneType === 'alternateMobile' &&
    !target.methods.some((m) => m.kind === 'phone' && m.phoneType === 'mobile')
  ) {
    throw ruleViolation('An alternate mobile phone can only be added when the user has a mobile phone.');
  }
  const phone: PhoneMethod = {
    kind: 'phone',
    id: WELL_KNOWN_ID[phoneType],
    phoneType,
    phoneNumber,
    smsSignInState: 'notEnabled',
    createdDateTime: new Date(request.now).toISOString(),
    lastUsedDateTime: null,
  };
  phone.smsSignInState = smsStateFor(request.state.tenant, target, phone);
  target.methods.push(phone);
  if (target.defaultMethod === 'none')
    target.defaultMethod =
      phoneType === 'mobile' ? 'sms' : phoneType === 'office' ? 'voiceOffice' : 'voiceAlternateMobile';
  markUserChanged(request.state.tenant, target, request.now);
  return {
    status: 201,
    body: {
      '@odata.context': methodsContext(request, target, 'phoneMethods', true),
      ...methodViewer(request, target)(phone),
    },
    headers: {
      Location: `${request.ctx.baseUrl}/${request.version}/users/${target.id}/authentication/phoneMethods/${phone.id}`,
    },
  };
}

function updatePhone(request: GraphRequest) {
  readQueryOptions(request.ctx.url, []);
  const target = methodTarget(request, 'write', 'Phone');
  // Users cannot update their own phone through this API (docs/graph-notes.md §4.2).
  if (target.id === request.caller.user.id)
    throw ruleViolation('Updating your own phone method is not supported. Delete it and add a new one.');
  const phone = phoneOf(target, decodeURIComponent(request.params.id ?? ''));
  const body = readJsonBody(request.ctx.body, 'phoneAuthenticationMethod', {
    phoneNumber: 'string',
    phoneType: 'string',
  });
  if (body.phoneType !== undefined && body.phoneType !== phone.phoneType)
    throw ruleViolation(
      'The phoneType of a phone method cannot be changed. Add a phone of the new type, then delete the old one.',
    );
  if (body.phoneNumber !== undefined) {
    phone.phoneNumber = validNumber(body.phoneNumber);
    phone.smsSignInState = smsStateFor(request.state.tenant, target, phone);
  }
  markUserChanged(request.state.tenant, target, request.now);
  return { status: 204 };
}

function smsSignIn(enable: boolean) {
  return (request: GraphRequest) => {
    readQueryOptions(request.ctx.url, []);
    const target = methodTarget(request, 'write', 'Phone');
    const phone = phoneOf(target, decodeURIComponent(request.params.id ?? ''));
    if (phone.phoneType !== 'mobile')
      throw ruleViolation('SMS sign-in is available only for the mobile phone.');
    if (enable) {
      const state = smsStateFor(request.state.tenant, target, phone);
      if (state === 'notAllowedByPolicy')
        throw ruleViolation('SMS sign-in is not allowed for this user by the authentication methods policy.');
      if (state === 'phoneNumberNotUnique')
        throw ruleViolation('This number is already used for SMS sign-in by another user.');
      phone.smsSignInState = 'ready';
    } else
      phone.smsSignInState = smsStateFor(request.state.tenant, target, {
        ...phone,
        smsSignInState: 'notEnabled',
      });
    markUserChanged(request.state.tenant, target, request.now);
    return { status: 204 };
  };
}

const ONE = `${AUTH_ROOT}/phoneMethods/(?<id>[^/]+)`;

/** Create, update and SMS sign-in for phones; list/get/delete come from the shared collection routes. */
export const phoneRoutes: GraphRoute[] = [
  { method: 'POST', pattern: new RegExp(`${AUTH_ROOT}/phoneMethods$`), handler: createPhone },
  { method: 'PATCH', pattern: new RegExp(`${ONE}$`), handler: updatePhone },
  { method: 'POST', pattern: new RegExp(`${ONE}/enableSmsSignIn$`), handler: smsSignIn(true) },
  { method: 'POST', pattern: new RegExp(`${ONE}/disableSmsSignIn$`), handler: smsSignIn(false) },
];
