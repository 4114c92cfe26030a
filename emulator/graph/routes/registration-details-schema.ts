import type { FilterSchema } from '../odata/index.ts';

/** What Graph lets you filter userRegistrationDetails on (docs/graph-notes.md §3.1). */
export const REGISTRATION_FILTER_SCHEMA: FilterSchema = {
  id: { type: 'guid', ops: ['eq'] },
  userPrincipalName: { type: 'string', ops: ['eq', 'startswith'] },
  userDisplayName: { type: 'string', ops: ['eq', 'startswith'] },
  userType: { type: 'enum', ops: ['eq'] },
  isAdmin: { type: 'boolean', ops: ['eq'] },
  isMfaRegistered: { type: 'boolean', ops: ['eq'] },
  isMfaCapable: { type: 'boolean', ops: ['eq'] },
  isPasswordlessCapable: { type: 'boolean', ops: ['eq'] },
  isSsprRegistered: { type: 'boolean', ops: ['eq'] },
  isSsprEnabled: { type: 'boolean', ops: ['eq'] },
  isSsprCapable: { type: 'boolean', ops: ['eq'] },
  isSystemPreferredAuthenticationMethodEnabled: { type: 'boolean', ops: ['eq'] },
  methodsRegistered: { type: 'stringCollection', ops: ['any', 'eq'] },
  systemPreferredAuthenticationMethods: { type: 'stringCollection', ops: ['any', 'eq'] },
  userPreferredMethodForSecondaryAuthentication: { type: 'enum', ops: ['eq'] },
  defaultMfaMethod: { type: 'enum', ops: ['eq'] },
};

export const REGISTRATION_ORDERBY = ['userDisplayName', 'userPrincipalName'] as const;

export const REGISTRATION_PROPERTIES = [
  'id',
  'userPrincipalName',
  'userDisplayName',
  'userType',
  'isAdmin',
  'isSsprRegistered',
  'isSsprEnabled',
  'isSsprCapable',
  'isMfaRegistered',
  'isMfaCapable',
  'isPasswordlessCapable',
  'isSystemPreferredAuthenticationMethodEnabled',
  'methodsRegistered',
  'systemPreferredAuthenticationMethods',
  'userPreferredMethodForSecondaryAuthentication',
  'defaultMfaMethod',
  'lastUpdatedDateTime',
] as const;
