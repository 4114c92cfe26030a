/** Built-in Entra role template ids (docs/graph-notes.md §11.1): identical in every tenant. */
export const ROLE = {
  globalAdministrator: '62e90394-69f5-4237-9190-012177145e10',
  privilegedAuthenticationAdministrator: '7be44c8a-adaf-4e2a-84d6-ab2649e08a13',
  authenticationAdministrator: 'c4e39bd9-1100-46d3-8c65-fb160da0071f',
  securityAdministrator: '194ae4cb-b126-40b2-bd5b-6091b380977d',
  securityReader: '5d6b6bb7-de71-4623-b4af-96380a352509',
  reportsReader: '4a5d8f65-41da-4de4-8968-e035b65339cf',
  globalReader: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
  helpdeskAdministrator: '729827e3-9c14-49f7-bb1b-9608f156bbb8',
  userAdministrator: 'fe930be7-5e62-47db-91af-98c3a49a38b1',
  privilegedRoleAdministrator: 'e8611ab8-c189-46e8-94e1-60213ab1f814',
  passwordAdministrator: '966707d0-3269-4727-9be2-8c3a10f19b9d',
  authenticationPolicyAdministrator: '0526716b-113d-4c15-b2c8-68e3c22b9f80',
  directoryReaders: '88d8e3e3-8f55-4a1e-953a-9b9898b8876b',
  conditionalAccessAdministrator: 'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9',
  exchangeAdministrator: '29232cdf-9323-42fd-ade2-1d097af3e4de',
  sharePointAdministrator: 'f28a1f50-f6e7-4571-818b-6a12f2af6b6c',
  billingAdministrator: 'b0f54661-2d74-4c50-afa3-1ec803f12efe',
} as const;

export type RoleTemplateId = (typeof ROLE)[keyof typeof ROLE];

export const ROLE_NAMES: Record<RoleTemplateId, string> = {
  [ROLE.globalAdministrator]: 'Global Administrator',
  [ROLE.privilegedAuthenticationAdministrator]: 'Privileged Authentication Administrator',
  [ROLE.authenticationAdministrator]: 'Authentication Administrator',
  [ROLE.securityAdministrator]: 'Security Administrator',
  [ROLE.securityReader]: 'Security Reader',
  [ROLE.reportsReader]: 'Reports Reader',
  [ROLE.globalReader]: 'Global Reader',
  [ROLE.helpdeskAdministrator]: 'Helpdesk Administrator',
  [ROLE.userAdministrator]: 'User Administrator',
  [ROLE.privilegedRoleAdministrator]: 'Privileged Role Administrator',
  [ROLE.passwordAdministrator]: 'Password Administrator',
  [ROLE.authenticationPolicyAdministrator]: 'Authentication Policy Administrator',
  [ROLE.directoryReaders]: 'Directory Readers',
  [ROLE.conditionalAccessAdministrator]: 'Conditional Access Administrator',
  [ROLE.exchangeAdministrator]: 'Exchange Administrator',
  [ROLE.sharePointAdministrator]: 'SharePoint Administrator',
  [ROLE.billingAdministrator]: 'Billing Administrator',
};

/** Roles the reports' `includedUserRoles='privilegedAdmin'` counts (docs/graph-notes.md §3.3). */
export const PRIVILEGED_REPORT_ROLES: ReadonlySet<string> = new Set([
  ROLE.globalAdministrator,
  ROLE.securityAdministrator,
  ROLE.conditionalAccessAdministrator,
  ROLE.exchangeAdministrator,
  ROLE.sharePointAdministrator,
  ROLE.helpdeskAdministrator,
  ROLE.billingAdministrator,
  ROLE.userAdministrator,
  ROLE.authenticationAdministrator,
]);

/** Roles allowed to read the authentication-methods reports (docs/graph-notes.md §2). */
export const REPORT_READER_ROLES: ReadonlySet<string> = new Set([
  ROLE.reportsReader,
  ROLE.securityReader,
  ROLE.securityAdministrator,
  ROLE.globalReader,
  ROLE.globalAdministrator,
]);
