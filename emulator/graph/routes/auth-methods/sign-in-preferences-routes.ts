import { currentRowOf, markUserChanged } from '../../../tenant/registration-details.ts';
import type { AuthMethod, DefaultMethod } from '../../../tenant/model.ts';
import { ok, type GraphRequest, type GraphRoute } from '../../graph-route.ts';
import { readJsonBody } from '../../json-body.ts';
import { odataContext } from '../../odata-envelope.ts';
import { readQueryOptions } from '../../query-options.ts';
import { ruleViolation } from './method-errors.ts';
import { AUTH_ROOT, methodTarget } from './method-target.ts';

// userDefaultAuthenticationMethodType has no `none` (docs/graph-notes.md §11.5).
const PREFERENCES: readonly Exclude<DefaultMethod, 'none'>[] = [
  'push',
  'oath',
  'voiceMobile',
  'voiceAlternateMobile',
  'voiceOffice',
  'sms',
];

const BACKED_BY: Record<Exclude<DefaultMethod, 'none'>, (m: AuthMethod) => boolean> = {
  push: (m) => m.kind === 'microsoftAuthenticator',
  oath: (m) => m.kind === 'softwareOath' || m.kind === 'microsoftAuthenticator',
  sms: (m) => m.kind === 'phone' && m.phoneType === 'mobile',
  voiceMobile: (m) => m.kind === 'phone' && m.phoneType === 'mobile',
  voiceAlternateMobile: (m) => m.kind === 'phone' && m.phoneType === 'alternateMobile',
  voiceOffice: (m) => m.kind === 'phone' && m.phoneType === 'office',
};

// The undocumented read-only extra the real service sends, in its observed capitalised form.
const SYSTEM_NAME: Record<string, string> = {
  push: 'Push',
  sms: 'Sms',
  oath: 'Oath',
  voiceMobile: 'VoiceMobile',
  voiceAlternateMobile: 'VoiceAlternateMobile',
  voiceOffice: 'VoiceOffice',
};

function getPreferences(request: GraphRequest) {
  readQueryOptions(request.ctx.url, []);
  const target = methodTarget(request, 'read');
  const row = currentRowOf(request.state.tenant, target, request.now);
  const system = row.systemPreferredAuthenticationMethods[0];
  return ok({
    '@odata.context': odataContext(
      request.ctx.baseUrl,
      'beta',
      `users('${target.id}')/authentication/signInPreferences`,
    ),
    isSystemPreferredAuthenticationMethodEnabled: row.isSystemPreferredAuthenticationMethodEnabled,
    userPreferredMethodForSecondaryAuthentication:
      target.defaultMethod === 'none' ? null : target.defaultMethod,
    systemPreferredAuthenticationMethod: system && system !== 'none' ? (SYSTEM_NAME[system] ?? system) : null,
  });
}

function updatePreferences(request: GraphRequest) {
  readQueryOptions(request.ctx.url, []);
  const target = methodTarget(request, 'write');
  const body = readJsonBody(request.ctx.body, 'signInPreferences', {
    userPreferredMethodForSecondaryAuthentication: 'string',
    isSystemPreferredAuthenticationMethodEnabled: 'boolean',
  });
  const preferred = body.userPreferredMethodForSecondaryAuthentication as DefaultMethod | undefined;
  if (preferred !== undefined) {
    if (!(PREFERENCES as readonly string[]).includes(preferred))
      throw ruleViolation(`'${preferred}' is not a valid userDefaultAuthenticationMethodType.`);
    if (!target.methods.some(BACKED_BY[preferred as Exclude<DefaultMethod, 'none'>]))
      throw ruleViolation("The requested default method isn't registered for this user.");
    target.defaultMethod = preferred;
  }
  if (typeof body.isSystemPreferredAuthenticationMethodEnabled === 'boolean')
    target.systemPreferredEnabled = body.isSystemPreferredAuthenticationMethodEnabled;
  markUserChanged(request.state.tenant, target, request.now);
  return { status: 204 };
}

/** Beta only: the user's default and system-preferred MFA method (docs/graph-notes.md §11.5). */
export const signInPreferencesRoutes: GraphRoute[] = [
  {
    method: 'GET',
    versions: ['beta'],
    pattern: new RegExp(`${AUTH_ROOT}/signInPreferences$`),
    handler: getPreferences,
  },
  {
    method: 'PATCH',
    versions: ['beta'],
    pattern: new RegExp(`${AUTH_ROOT}/signInPreferences$`),
    handler: updatePreferences,
  },
];
