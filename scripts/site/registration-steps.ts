// What an administrator registers in Entra for a site at a given origin: printed by `npm run build:site`.
import { SCOPES, type Capability } from '../../src/lib/auth/scopes.ts';
import type { RuntimeConfig } from '../runtime-config-plugin.ts';
import { REDIRECT_BRIDGE_PATH } from '../security-headers.ts';

/** Why the app asks for each permission: every capability of scopes.ts must be explained here. */
const WHAT_FOR: Record<Capability, string> = {
  profile: 'sign-in and the signed-in operator',
  registrationReports: 'Overview, Users, Privileged, SMS retirement, Hygiene, Usage (registration reports)',
  auditLog: "a user's security-info history (the directory audit log's Authentication Methods events)",
  legacyReports: "optional: only a retired report's panel on the Usage page asks it",
  directoryRoleNames: "the operator's roles, and the admins on the Privileged page",
  administrativeUnits: "names of the administrative units the operator's roles are scoped to",
  userDirectory: 'search, the user page header, disabled accounts',
  authMethodsRead: "a user's methods (user page, Hygiene)",
  authMethodsWrite: 'helpdesk actions: delete a method, add a phone or email, TAP, reset a password',
  authMethodsPolicy:
    "the Temporary Access Pass policy's bounds; SMS and voice scope (SMS retirement); the passkey policy and profiles",
  conditionalAccess:
    'Conditional Access policies that a Temporary Access Pass cannot meet when a user registers a passkey (Set up a passkey)',
  groupMembers: 'who the SMS and voice policy’s groups reach (SMS retirement)',
  groupCreate: 'optional: creating a security group from an SMS retirement cohort',
  groupMembersWrite: 'optional: adding an SMS retirement cohort to a group that exists',
};

const permissionName = (scope: string) => scope.slice(scope.lastIndexOf('/') + 1);

/** The registration, step by step: the redirect URIs for `origin` and the delegated Graph permissions. */
export function registrationSteps(config: RuntimeConfig, origin: string | undefined): string {
  const site = origin ?? 'https://<your host>';
  const permissions = Object.entries(SCOPES).map(
    ([capability, scopes]) =>
      `     ${scopes.map(permissionName).join(', ').padEnd(40)} ${WHAT_FOR[capability as Capability]}`,
  );
  return [
    `In Microsoft Entra (${config.authorityOrigin}), tenant ${config.tenant}, app registration ${config.clientId}:`,
    '  1. Authentication → Add a platform → Single-page application, with both redirect URIs:',
    `       ${site}${REDIRECT_BRIDGE_PATH}   (sign-in, popups and silent renewal: MSAL's redirect bridge)`,
    `       ${site}/                (where sign-out returns)`,
    '  2. API permissions → Microsoft Graph → Delegated permissions:',
    ...permissions,
    '  3. Grant admin consent for the tenant (Global Administrator, Privileged Role Administrator or',
    '     Cloud Application Administrator): most of these permissions need an administrator to consent.',
    `  4. Upload the folder to your static host${origin ? '' : ' (give --origin https://your.host to print its exact URIs)'}.`,
  ].join('\n');
}
