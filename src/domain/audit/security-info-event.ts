import type { DirectoryAudit } from '@microsoft/microsoft-graph-types-beta';

/** One directoryAudit, as far as the app reads it (graph-docs-contrib resources/directoryaudit.md). */
export type SecurityInfoEvent = Pick<
  DirectoryAudit,
  | 'id'
  | 'activityDateTime'
  | 'activityDisplayName'
  | 'result'
  | 'resultReason'
  | 'initiatedBy'
  | 'targetResources'
  | 'userAgent'
>;

/** `loggedByService` of the method events (entra-docs reference-audit-activities.md, "Authentication Methods"). */
export const AUTH_METHODS_SERVICE = 'Authentication Methods';

export type Initiator =
  | { kind: 'user'; id?: string; name: string; userPrincipalName?: string; ipAddress?: string }
  | { kind: 'app'; appId?: string; name: string }
  | { kind: 'unknown' };

/** Who made the change: a person when Graph names one, else the app, else nobody guessed at. */
export function initiatorOf(event: SecurityInfoEvent): Initiator {
  const user = event.initiatedBy?.user;
  const app = event.initiatedBy?.app;
  if (user?.userPrincipalName || user?.displayName)
    return {
      kind: 'user',
      id: user.id ?? undefined,
      name: user.displayName || user.userPrincipalName || '',
      userPrincipalName: user.userPrincipalName ?? undefined,
      ipAddress: user.ipAddress ?? undefined,
    };
  if (app?.displayName || app?.appId)
    return { kind: 'app', appId: app.appId ?? undefined, name: app.displayName || app.appId || '' };
  return { kind: 'unknown' };
}

/** "Megan Bowen (meganb@contoso.com), from 203.0.113.7", "App Azure Portal", "Unknown initiator". */
export function describeInitiator(event: SecurityInfoEvent): string {
  const who = initiatorOf(event);
  if (who.kind === 'app') return `App ${who.name}`;
  if (who.kind === 'unknown') return 'Unknown initiator';
  const name =
    who.userPrincipalName && who.name !== who.userPrincipalName
      ? `${who.name} (${who.userPrincipalName})`
      : who.name;
  return who.ipAddress ? `${name}, from ${who.ipAddress}` : name;
}

/** Longer agents are cut: the row shows the client, not a header dump (the whole value is in its title). */
const AGENT_SHOWN = 160;

/**
 * The client the change came from (beta's `userAgent`), as one line of plain text: control and bidi characters go, runs
 * of space close up, and a long value is cut with an ellipsis. Undefined when Graph gives none.
 */
export function clientOf(event: SecurityInfoEvent): { shown: string; full: string } | undefined {
  const full = (event.userAgent ?? '')
    // Control characters and bidi overrides or isolates, which could make the line read other than it is.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!full) return undefined;
  return { shown: full.length > AGENT_SHOWN ? `${full.slice(0, AGENT_SHOWN - 1)}…` : full, full };
}

export interface TargetUser {
  id?: string;
  displayName?: string;
  userPrincipalName?: string;
}

/** The user the change was made to: the target resource of type User (Graph's samples spell it "Type"). */
export function targetUserOf(event: SecurityInfoEvent): TargetUser | undefined {
  const target = event.targetResources?.find((t) => {
    const type = t.type ?? (t as { Type?: string }).Type;
    return type?.toLowerCase() === 'user';
  });
  if (!target || !(target.id || target.displayName || target.userPrincipalName)) return undefined;
  return {
    id: target.id ?? undefined,
    displayName: target.displayName ?? undefined,
    userPrincipalName: target.userPrincipalName ?? undefined,
  };
}

/** When it happened, or undefined for a date that does not parse (never placed on a guess). */
export function eventTime(event: SecurityInfoEvent): number | undefined {
  const at = event.activityDateTime ? Date.parse(event.activityDateTime) : NaN;
  return Number.isFinite(at) ? at : undefined;
}
