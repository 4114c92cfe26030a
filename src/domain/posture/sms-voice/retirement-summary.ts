import { classifyMethods } from '../../auth-methods/method-strength.ts';
import type { RegistrationScanRow } from '../../reports/registration-scan.ts';
import { ROLE_TEMPLATE } from '../../../../entra-facts/role-templates.ts';
import type { ScanRowPredicate } from '../privileged-coverage.ts';
import { guestKindOf } from './guest-kind.ts';
import { phoneEnablementOf, type PhoneMethodConfig } from './phone-scope.ts';
import { deadlineOf, type Deadline, type UserDeadline } from './retirement-dates.ts';
import {
  ASSUMED_ENABLED,
  OUTCOMES,
  outcomeOf,
  type RetirementOutcome,
  type UserOutcome,
} from './retirement-outcome.ts';

/** What the page read to place each user; each source may have failed, and the summary says what that costs. */
export interface RetirementSources {
  /** The Sms and Voice configurations; undefined where the policy could not be read. */
  policy: { sms?: PhoneMethodConfig; voice?: PhoneMethodConfig } | undefined;
  /** Transitive user members per policy group; a group missing here could not be read (or no longer exists). */
  groupMembers: ReadonlyMap<string, ReadonlySet<string>>;
  /** Active directory roles (template ids) of the report's admins; undefined where unreadable. */
  activeRoles: ReadonlyMap<string, readonly (string | null)[]> | undefined;
  /** PIM-eligible role template ids per user; undefined where unreadable. */
  eligibleRoles: ReadonlyMap<string, readonly string[]> | undefined;
  /** The tenant's own domains, to tell internal guests from external users. */
  tenantDomains: readonly string[];
}

export interface RetirementUser {
  row: RegistrationScanRow;
  outcome: UserOutcome;
  deadline: UserDeadline;
  unrecognised: string[];
}

export interface RetirementSummary {
  users: RetirementUser[];
  total: number;
  counts: Record<RetirementOutcome, number>;
  /** Per date, the users it reaches by outcome (users not in scope or of unknown scope have no date). */
  byDeadline: Record<Deadline, Record<RetirementOutcome, number>>;
  smsSignIn: number;
  /** The policy could not be read: outcomes assume every user is enabled for SMS and voice. */
  policyAssumed: boolean;
  unrecognised: { method: string; users: number }[];
}

const GLOBAL_ADMINISTRATOR = ROLE_TEMPLATE.globalAdministrator;

const zero = (): Record<RetirementOutcome, number> =>
  Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<RetirementOutcome, number>;

function globalAdministratorOf(row: RegistrationScanRow, sources: RetirementSources): UserDeadlineFacts {
  const id = row.id ?? '';
  const eligible = sources.eligibleRoles?.get(id)?.includes(GLOBAL_ADMINISTRATOR) ?? false;
  if (row.isAdmin !== true) return eligible ? 'eligible' : 'no';
  const active = sources.activeRoles?.get(id);
  if (!active) return 'unknown';
  return active.includes(GLOBAL_ADMINISTRATOR) ? 'active' : eligible ? 'eligible' : 'no';
}
type UserDeadlineFacts = 'active' | 'eligible' | 'no' | 'unknown';

/**
 * The user's outcome. Where a group that could not be read would decide, both answers are tried: if the user's
 * outcome is the same either way it is certain; otherwise their scope is unknown, never guessed.
 */
function outcomeFor(row: RegistrationScanRow, sources: RetirementSources): UserOutcome {
  if (!sources.policy) return outcomeOf(row.methodsRegistered, ASSUMED_ENABLED);
  const id = row.id ?? '';
  const member = (unread: boolean) => (groupId: string) => {
    const members = sources.groupMembers.get(groupId);
    return members ? members.has(id) : unread;
  };
  const ifIn = outcomeOf(row.methodsRegistered, phoneEnablementOf(id, sources.policy, member(true)));
  const ifOut = outcomeOf(row.methodsRegistered, phoneEnablementOf(id, sources.policy, member(false)));
  return ifIn.outcome === ifOut.outcome ? ifIn : outcomeOf(row.methodsRegistered, 'unknown');
}

/** Each user of the registration scan: their outcome, their date, and the counts the page shows. */
export function summarizeSmsVoiceRetirement(
  rows: readonly RegistrationScanRow[],
  sources: RetirementSources,
  isExcluded?: ScanRowPredicate,
): RetirementSummary {
  const counts = zero();
  const byDeadline = { february: zero(), july: zero() };
  const users: RetirementUser[] = [];
  const unknown = new Map<string, number>();
  let smsSignIn = 0;
  for (const row of rows) {
    if (isExcluded?.(row)) continue;
    const outcome = outcomeFor(row, sources);
    const deadline = deadlineOf({
      globalAdministrator: globalAdministratorOf(row, sources),
      kind: guestKindOf(row, sources.tenantDomains),
    });
    const { unrecognised } = classifyMethods(row.methodsRegistered);
    counts[outcome.outcome]++;
    if (outcome.outcome !== 'notInScope' && outcome.outcome !== 'scopeUnknown')
      byDeadline[deadline.deadline][outcome.outcome]++;
    if (outcome.smsSignIn) smsSignIn++;
    users.push({ row, outcome, deadline, unrecognised });
    for (const m of unrecognised) unknown.set(m, (unknown.get(m) ?? 0) + 1);
  }
  return {
    users,
    total: users.length,
    counts,
    byDeadline,
    smsSignIn,
    policyAssumed: !sources.policy,
    unrecognised: [...unknown]
      .map(([method, n]) => ({ method, users: n }))
      .sort((a, b) => b.users - a.users || a.method.localeCompare(b.method)),
  };
}

/**
 * The figures a day's snapshot keeps of the policy's view (section `smsVoice`): each outcome, and per date the
 * users who lose SMS or voice then (must register a passkey, or lose them and keep MFA). Only where the policy
 * was read: an assumed scope is not history.
 */
export function smsVoiceFigures(summary: RetirementSummary): Record<string, number> | undefined {
  if (summary.policyAssumed || summary.counts.scopeUnknown > 0) return undefined;
  const losing = (d: Deadline) =>
    summary.byDeadline[d].mustRegisterPasskey + summary.byDeadline[d].losesPhoneKeepsMfa;
  return { total: summary.total, ...summary.counts, february: losing('february'), july: losing('july') };
}
