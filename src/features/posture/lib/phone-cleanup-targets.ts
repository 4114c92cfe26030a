import type { BulkTarget } from '../../../domain/auth-methods/bulk-delete.ts';
import { WELL_KNOWN_METHOD_ID } from '../../../../entra-facts/well-known-method-ids.ts';
import type { RetirementUser } from '../../../domain/posture/sms-voice/retirement-summary.ts';

// Graph refuses to delete the mobile while an alternate mobile exists, so the alternate goes first
// (the same order as the re-registration wizard).
const PHONES = [
  {
    report: 'alternateMobilePhone',
    methodId: WELL_KNOWN_METHOD_ID.alternateMobile,
    label: 'Alternate mobile phone',
  },
  { report: 'officePhone', methodId: WELL_KNOWN_METHOD_ID.office, label: 'Office phone' },
  { report: 'mobilePhone', methodId: WELL_KNOWN_METHOD_ID.mobile, label: 'Mobile phone' },
] as const;

/**
 * The phones (SMS and voice) of users who keep a strong method without them: what a retirement campaign removes
 * so that nobody relies on codes that stop on their retirement date. Users without a readable id are left out.
 */
export function phoneCleanupTargets(users: readonly RetirementUser[]): BulkTarget[] {
  return users.flatMap(({ row }) => {
    const registered = new Set(row.methodsRegistered ?? []);
    const methods = PHONES.filter((p) => registered.has(p.report)).map((p) => ({
      methodId: p.methodId,
      kind: 'phone' as const,
      label: p.label,
    }));
    if (!row.id || methods.length === 0) return [];
    return [
      {
        userId: row.id,
        userPrincipalName: row.userPrincipalName ?? row.id,
        displayName: row.userDisplayName ?? row.userPrincipalName ?? row.id,
        methods,
      },
    ];
  });
}
