import { ROLE, type RoleTemplateId } from './roles.ts';

/** Short role descriptions as Entra words them, for directoryRole.description. */
export const ROLE_DESCRIPTIONS: Partial<Record<RoleTemplateId, string>> = {
  [ROLE.globalAdministrator]:
    'Can manage all aspects of Microsoft Entra ID and Microsoft services that use Microsoft Entra identities.',
  [ROLE.privilegedAuthenticationAdministrator]:
    'Can access to view, set and reset authentication method information for any user (admin or non-admin).',
  [ROLE.authenticationAdministrator]:
    'Can access to view, set and reset authentication method information for any non-admin user.',
  [ROLE.securityReader]: 'Can read security information and reports in Microsoft Entra ID and Office 365.',
  [ROLE.reportsReader]: 'Can read sign-in and audit reports.',
  [ROLE.globalReader]: 'Can read everything that a Global Administrator can, but not update anything.',
  [ROLE.helpdeskAdministrator]: 'Can reset passwords for non-administrators and Helpdesk Administrators.',
  [ROLE.userAdministrator]:
    'Can manage all aspects of users and groups, including resetting passwords for limited admins.',
  [ROLE.securityAdministrator]:
    'Can read security information and reports, and manage configuration in Microsoft Entra ID and Office 365.',
};
