/**
 * The activities the directory audit log records for the Authentication Methods service in the
 * `UserManagement` category (entra-docs monitoring-health/reference-audit-activities.md, version of
 * 2024-10-04), as `activityDisplayName` spells them. The page warns that the list changes; Graph may send
 * others, which are shown as they come.
 */
export const AUTH_METHODS_ACTIVITIES = [
  'Admin deleted security info',
  'Admin registered security info',
  'Admin started password reset',
  'Admin updated security info',
  'Get passkey creation options',
  'Restore multifactor authentication on all remembered devices',
  'Update per-user multifactor authentication state',
  'User canceled security info registration',
  'User changed default security info',
  'User deleted security info',
  'User registered all required security info',
  'User registered security info',
  'User reviewed security info',
  'User started password change',
  'user started password reset',
  'User started security info registration',
  'User updated security info',
] as const;
