import { graphReader } from './emulator.ts';
import { strengthOf } from './strength-rules.ts';
import { ROLE_TEMPLATE } from '../../entra-facts/role-templates.ts';

/**
 * The SMS and voice retirement's rules written out again for the tests (docs/sms-voice-retirement.md), from
 * what Graph shows, independent of the app's code: who is enabled by the policy, what happens to them, and on
 * which date.
 */
export type Outcome =
  'mustRegisterPasskey' | 'losesPhoneKeepsMfa' | 'passkeyReady' | 'noPhoneToLose' | 'notInScope';
interface Target {
  id: string;
  targetType?: string;
}
interface Config {
  id: string;
  state: string;
  includeTargets: Target[];
  excludeTargets: Target[];
  isOfficePhoneAllowed?: boolean;
}
interface Row {
  id: string;
  userPrincipalName: string;
  methodsRegistered: string[] | null;
}
const GLOBAL_ADMIN = ROLE_TEMPLATE.globalAdministrator;

export interface RetirementTruth {
  rows: Row[];
  outcomeOf: Map<string, Outcome>;
  dateOf: Map<string, 'february' | 'july'>;
  count(outcome: Outcome, date?: 'february' | 'july'): number;
}

export async function retirementTruth(): Promise<RetirementTruth> {
  const lead = await graphReader('security-lead');
  const reader = await graphReader('global-reader');
  const rows = await lead.all<Row>('/reports/authenticationMethods/userRegistrationDetails?$top=999');
  const policy = await reader.get<{ authenticationMethodConfigurations: Config[] }>(
    '/policies/authenticationMethodsPolicy',
  );
  const config = (id: string) => policy.authenticationMethodConfigurations.find((c) => c.id === id)!;
  const sms = config('Sms');
  const voice = config('Voice');
  const members = new Map<string, Set<string>>();
  for (const t of [
    ...sms.includeTargets,
    ...sms.excludeTargets,
    ...voice.includeTargets,
    ...voice.excludeTargets,
  ])
    if (t.id !== 'all_users' && !members.has(t.id))
      members.set(
        t.id,
        new Set(
          (
            await reader.all<{ id: string }>(
              `/groups/${t.id}/transitiveMembers/microsoft.graph.user?$select=id&$top=999`,
            )
          ).map((u) => u.id),
        ),
      );
  const assignments = await reader.all<{ principalId: string; roleDefinitionId: string }>(
    '/roleManagement/directory/roleAssignments',
  );
  const globalAdmins = new Set(
    assignments.filter((a) => a.roleDefinitionId === GLOBAL_ADMIN).map((a) => a.principalId),
  );
  await lead.dispose();
  await reader.dispose();

  const reaches = (targets: Target[], id: string) =>
    targets.some(
      (t) => t.id === 'all_users' || (t.targetType === 'user' ? t.id === id : members.get(t.id)?.has(id)),
    );
  const enabled = (c: Config, id: string) =>
    c.state === 'enabled' && reaches(c.includeTargets, id) && !reaches(c.excludeTargets, id);

  const outcomeOf = new Map<string, Outcome>();
  const dateOf = new Map<string, 'february' | 'july'>();
  for (const row of rows) {
    const methods = row.methodsRegistered ?? [];
    const bySms = enabled(sms, row.id);
    const byVoice = enabled(voice, row.id);
    // Mobile: SMS and voice; alternate mobile and office: voice only (phoneauthenticationmethod.md).
    const phones = [
      methods.includes('mobilePhone') && (bySms || byVoice),
      methods.includes('alternateMobilePhone') && byVoice,
      methods.includes('officePhone') && byVoice && voice.isOfficePhoneAllowed === true,
    ].some(Boolean);
    const strength = strengthOf(methods);
    outcomeOf.set(
      row.id,
      !bySms && !byVoice
        ? 'notInScope'
        : strength === 'phishingResistant'
          ? 'passkeyReady'
          : !phones
            ? 'noPhoneToLose'
            : strength === 'strong'
              ? 'losesPhoneKeepsMfa'
              : 'mustRegisterPasskey',
    );
    dateOf.set(
      row.id,
      globalAdmins.has(row.id) || row.userPrincipalName.includes('#EXT#') ? 'july' : 'february',
    );
  }
  return {
    rows,
    outcomeOf,
    dateOf,
    count: (outcome, date) =>
      rows.filter((r) => outcomeOf.get(r.id) === outcome && (!date || dateOf.get(r.id) === date)).length,
  };
}
