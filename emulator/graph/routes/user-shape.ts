import type { TenantUser } from '../../tenant/model.ts';
import { cloudSecurityIdentifier } from './guid-bytes.ts';

/** Properties Graph returns for a user when no $select is given (docs/graph-notes.md §5). */
export const DEFAULT_USER_PROPERTIES = [
  'businessPhones',
  'displayName',
  'givenName',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
  'id',
] as const;

export const SELECTABLE_USER_PROPERTIES = [
  ...DEFAULT_USER_PROPERTIES,
  'accountEnabled',
  'userType',
  'department',
  'createdDateTime',
  'companyName',
  'employeeId',
  'mailNickname',
  'otherMails',
  'proxyAddresses',
  'usageLocation',
  'securityIdentifier',
  'creationType',
  'externalUserState',
  'identities',
  'onPremisesSyncEnabled',
  'lastPasswordChangeDateTime',
  'signInSessionsValidFromDateTime',
  'showInAddressList',
  'ageGroup',
  'city',
  'country',
  'state',
  'streetAddress',
  'postalCode',
  'faxNumber',
] as const;

export type UserProperty = (typeof SELECTABLE_USER_PROPERTIES)[number];

/**
 * What User.ReadBasic.All may read. users.md names a smaller set (no jobTitle, phones, office);
 * the contract leaves it unconfirmed, so this follows the brief: the default properties.
 */
export const BASIC_PROFILE_PROPERTIES: ReadonlySet<string> = new Set<string>([
  ...DEFAULT_USER_PROPERTIES,
  'securityIdentifier',
]);

/** Served from SharePoint profiles: readable on one user, 501 in a collection (docs/graph-notes.md §5). */
export const SINGLE_USER_ONLY_PROPERTIES = [
  'aboutMe',
  'birthday',
  'hireDate',
  'interests',
  'mySite',
  'pastProjects',
  'preferredName',
  'responsibilities',
  'schools',
  'skills',
  'mailboxSettings',
] as const;

const SINGLE_USER_ONLY_VALUES: Record<(typeof SINGLE_USER_ONLY_PROPERTIES)[number], unknown> = {
  aboutMe: null,
  // Graph's "never set" date for these SharePoint-backed properties.
  birthday: '0001-01-01T00:00:00Z',
  hireDate: '0001-01-01T00:00:00Z',
  interests: [],
  mySite: null,
  pastProjects: [],
  preferredName: '',
  responsibilities: [],
  schools: [],
  skills: [],
  mailboxSettings: null,
};

export function singleUserOnlyValues(): Record<string, unknown> {
  return { ...SINGLE_USER_ONLY_VALUES };
}

function lastPasswordChange(user: TenantUser): string {
  const password = user.methods.find((m) => m.kind === 'password')?.createdDateTime;
  return password && password > user.createdDateTime ? password : user.createdDateTime;
}

/** A stable pseudo-random number in [0, 1) per user id, for properties the tenant model lacks. */
function idFraction(id: string): number {
  return parseInt(id.replace(/-/g, '').slice(-6), 16) / 0x1000000;
}

export function userResource(user: TenantUser): Record<UserProperty, unknown> {
  const guest = user.userType === 'guest';
  const external = guest && user.userPrincipalName.includes('#EXT#');
  const passwordChanged = lastPasswordChange(user);
  return {
    businessPhones: user.businessPhones,
    displayName: user.displayName,
    givenName: user.givenName,
    jobTitle: user.jobTitle,
    mail: user.mail,
    mobilePhone: user.mobilePhone,
    officeLocation: user.officeLocation,
    preferredLanguage: user.preferredLanguage,
    surname: user.surname,
    userPrincipalName: user.userPrincipalName,
    id: user.id,
    accountEnabled: user.accountEnabled,
    userType: guest ? 'Guest' : 'Member',
    department: user.department,
    createdDateTime: user.createdDateTime,
    companyName: null,
    employeeId: null,
    mailNickname: user.userPrincipalName.split('@')[0] ?? null,
    otherMails: guest && user.mail ? [user.mail] : [],
    proxyAddresses: user.mail ? [`SMTP:${user.mail}`] : [],
    usageLocation: guest ? null : 'US',
    securityIdentifier: cloudSecurityIdentifier(user.id),
    // External users were invited and sign in with another organisation's account; internal guests have the
    // tenant's own credentials (entra-docs external-id/user-properties.md).
    creationType: external ? 'Invitation' : null,
    externalUserState: external ? 'Accepted' : null,
    identities: external
      ? [{ signInType: 'federated', issuer: 'ExternalAzureAD', issuerAssignedId: null }]
      : [
          {
            signInType: 'userPrincipalName',
            issuer: user.userPrincipalName.split('@')[1] ?? null,
            issuerAssignedId: user.userPrincipalName,
          },
        ],
    // The tenant model has no hybrid identities: about a quarter of members read as AD-synced.
    onPremisesSyncEnabled: !guest && idFraction(user.id) < 0.25 ? true : null,
    lastPasswordChangeDateTime: passwordChanged,
    // Sessions are valid from the last password change until someone revokes them (§11.6).
    signInSessionsValidFromDateTime:
      user.signInSessionsValidFrom !== undefined
        ? new Date(user.signInSessionsValidFrom).toISOString().replace(/\.\d{3}Z$/, 'Z')
        : passwordChanged,
    showInAddressList: null,
    ageGroup: null,
    city: null,
    country: null,
    state: null,
    streetAddress: null,
    postalCode: null,
    faxNumber: null,
  };
}
