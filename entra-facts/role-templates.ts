/**
 * Built-in role template ids, identical in every tenant, and their display names (docs/graph-notes.md §11.1;
 * entra-docs identity/role-based-access-control/permissions-reference.md).
 */
export const ROLE_TEMPLATE = {
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
  cloudApplicationAdministrator: '158c047a-c907-4556-b7ef-446551a6b5f7',
  applicationAdministrator: '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3',
  groupsAdministrator: 'fdd7a751-b60b-444a-984c-02652fe8fa1c',
  guestInviter: '95e79109-95c0-4d8e-aee3-d01accf2d47b',
  messageCenterReader: '790c1fb9-7f7d-4f88-86a1-ef1f95c05c1b',
  usageSummaryReportsReader: '75934031-6c7e-415a-99d7-48dbd49e875e',
  userExperienceSuccessManager: '27460883-1df1-4691-b032-3b79643e5e63',
} as const;

export type RoleTemplateId = (typeof ROLE_TEMPLATE)[keyof typeof ROLE_TEMPLATE];

export const ROLE_TEMPLATE_NAMES: Readonly<Record<RoleTemplateId, string>> = {
  [ROLE_TEMPLATE.globalAdministrator]: 'Global Administrator',
  [ROLE_TEMPLATE.privilegedAuthenticationAdministrator]: 'Privileged Authentication Administrator',
  [ROLE_TEMPLATE.authenticationAdministrator]: 'Authentication Administrator',
  [ROLE_TEMPLATE.securityAdministrator]: 'Security Administrator',
  [ROLE_TEMPLATE.securityReader]: 'Security Reader',
  [ROLE_TEMPLATE.reportsReader]: 'Reports Reader',
  [ROLE_TEMPLATE.globalReader]: 'Global Reader',
  [ROLE_TEMPLATE.helpdeskAdministrator]: 'Helpdesk Administrator',
  [ROLE_TEMPLATE.userAdministrator]: 'User Administrator',
  [ROLE_TEMPLATE.privilegedRoleAdministrator]: 'Privileged Role Administrator',
  [ROLE_TEMPLATE.passwordAdministrator]: 'Password Administrator',
  [ROLE_TEMPLATE.authenticationPolicyAdministrator]: 'Authentication Policy Administrator',
  [ROLE_TEMPLATE.directoryReaders]: 'Directory Readers',
  [ROLE_TEMPLATE.conditionalAccessAdministrator]: 'Conditional Access Administrator',
  [ROLE_TEMPLATE.exchangeAdministrator]: 'Exchange Administrator',
  [ROLE_TEMPLATE.sharePointAdministrator]: 'SharePoint Administrator',
  [ROLE_TEMPLATE.billingAdministrator]: 'Billing Administrator',
  [ROLE_TEMPLATE.cloudApplicationAdministrator]: 'Cloud Application Administrator',
  [ROLE_TEMPLATE.applicationAdministrator]: 'Application Administrator',
  [ROLE_TEMPLATE.groupsAdministrator]: 'Groups Administrator',
  [ROLE_TEMPLATE.guestInviter]: 'Guest Inviter',
  [ROLE_TEMPLATE.messageCenterReader]: 'Message Center Reader',
  [ROLE_TEMPLATE.usageSummaryReportsReader]: 'Usage Summary Reports Reader',
  [ROLE_TEMPLATE.userExperienceSuccessManager]: 'User Experience Success Manager',
};
