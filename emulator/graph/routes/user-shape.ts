import type { TenantUser } from '../../tenant/model.ts';

/** Properties Graph returns for a user when no $select is given (graph-contract.md §5). */
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
] as const;

export function userResource(user: TenantUser): Record<(typeof SELECTABLE_USER_PROPERTIES)[number], unknown> {
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
    userType: user.userType === 'member' ? 'Member' : 'Guest',
    department: user.department,
    createdDateTime: user.createdDateTime,
  };
}
