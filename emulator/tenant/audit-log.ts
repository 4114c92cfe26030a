import type { AuthMethod, Tenant, TenantUser } from './model.ts';
import { PERSONAS } from './personas.ts';
import { stableGuid } from './stable-id.ts';

/**
 * The directory audit log's Authentication Methods events (entra-docs monitoring-health/
 * reference-audit-activities.md, "Authentication Methods"; the directoryAudit resource in graph-docs-contrib
 * resources/directoryaudit.md). Seeded lazily from the methods the generated tenant holds (their
 * registration, by the user, on the day it happened) and appended live by every method write through Graph.
 */
export interface AuditIdentity {
  user?: { id: string; displayName: string; userPrincipalName: string; ipAddress: string };
  app?: { appId: string; displayName: string | null };
}

export interface AuditEvent {
  id: string;
  at: number;
  activity: string;
  operationType: 'Add' | 'Update' | 'Delete';
  result: 'success' | 'failure';
  resultReason: string;
  correlationId: string;
  initiatedBy: AuditIdentity;
  target: { id: string; displayName: string; userPrincipalName: string };
  /** The browser or client the change came from; beta's `userAgent` (graph-docs-contrib beta resources/directoryaudit.md). */
  userAgent?: string;
}

export interface AuditLog {
  /** Oldest first: live events append in time order. */
  events: AuditEvent[];
}

/** Entra's Authentication Methods service, as `loggedByService` names it. */
export const AUTH_METHODS_SERVICE = 'Authentication Methods';

/** The My Sign-Ins app, where users register their security info (entra-docs first-party app ids). */
export const MY_SIGN_INS = { appId: '19db86c3-b2b9-44cc-b339-36da233a3be2', displayName: 'My Signins' };
/** The Entra admin center's app, where operators issue passes and remove methods (first-party app ids). */
const AZURE_PORTAL = { appId: 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c', displayName: 'Azure Portal' };

/** Browsers the seeded changes came from: an admin at a desk, a user on a phone or a desk. */
const DESK_BROWSER =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0';
export const PHONE_BROWSER =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

const DAY = 86_400_000;
/** The seeded clean-up: one operator removing office phones from this many users within half an hour. */
const CLEAN_UP_SIZE = 8;

/** How the events name each kind of method (the wording of the docs' samples: "Fido2 Authentication Method"). */
export const METHOD_NOUN: Record<AuthMethod['kind'], string> = {
  phone: 'Phone Authentication Method',
  email: 'Email Authentication Method',
  fido2: 'Fido2 Authentication Method',
  microsoftAuthenticator: 'Microsoft Authenticator Authentication Method',
  softwareOath: 'Software Oath Authentication Method',
  temporaryAccessPass: 'temporary access pass method',
  windowsHelloForBusiness: 'Windows Hello For Business Authentication Method',
  platformCredential: 'Platform Credential Authentication Method',
  password: 'Password Authentication Method',
};

const audits = new WeakMap<Tenant, AuditLog>();

/** A TEST-NET address per user: the same every time, never a real one. */
export const addressOf = (user: TenantUser) => `203.0.113.${(parseInt(user.id.slice(0, 2), 16) % 254) + 1}`;

export const identityOf = (user: TenantUser, ipAddress: string) => ({
  id: user.id,
  displayName: user.displayName,
  userPrincipalName: user.userPrincipalName,
  ipAddress,
});

export const auditTargetOf = (user: TenantUser) => ({
  id: user.id,
  displayName: user.displayName,
  userPrincipalName: user.userPrincipalName,
});

const personaUser = (tenant: Tenant, id: string) => {
  const alias = PERSONAS.find((p) => p.id === id)?.alias;
  return tenant.users.find((u) => alias && u.userPrincipalName.startsWith(`${alias}@`));
};

/**
 * The registration of each method the tenant holds when the log is first read (a write through Graph seeds
 * the log before it writes, so its own event is not doubled): by the user in My Sign-Ins, except a Temporary Access Pass, which
 * only an administrator issues (entra-docs howto-authentication-temporary-access-pass.md), here the helpdesk
 * persona in the admin center.
 */
function registrations(tenant: Tenant): AuditEvent[] {
  const helpdesk = personaUser(tenant, 'helpdesk');
  const events: AuditEvent[] = [];
  for (const user of tenant.users)
    for (const method of user.methods) {
      const at = method.createdDateTime ? Date.parse(method.createdDateTime) : NaN;
      if (!Number.isFinite(at) || method.kind === 'password') continue;
      const key = `${tenant.id}:audit:${user.id}:${method.id}`;
      const byAdmin = method.kind === 'temporaryAccessPass' && helpdesk !== undefined;
      const who = byAdmin ? 'Admin' : 'User';
      events.push({
        id: `${AUTH_METHODS_SERVICE}_${stableGuid(key)}`,
        at,
        activity: `${who} registered security info`,
        operationType: 'Add',
        result: 'success',
        resultReason: `${who} registered ${METHOD_NOUN[method.kind]}`,
        correlationId: stableGuid(`${key}:correlation`),
        initiatedBy: byAdmin
          ? { user: identityOf(helpdesk, addressOf(helpdesk)), app: AZURE_PORTAL }
          : { user: identityOf(user, addressOf(user)), app: MY_SIGN_INS },
        target: auditTargetOf(user),
        // Half the users register on a phone; an admin works at a desk.
        userAgent: byAdmin || parseInt(user.id.slice(-1), 16) % 2 ? DESK_BROWSER : PHONE_BROWSER,
      });
    }
  return events;
}

/**
 * A clean-up three days before the tenant was generated: the privileged helpdesk persona removed a phone from
 * a handful of members, minutes apart. The removed phones are not among the members' methods, as after any
 * delete (they keep the methods they have). Within even a free tenant's 7 days, so the changes page has one
 * burst of deletions to show.
 */
function cleanUp(tenant: Tenant, seededUntil: number): AuditEvent[] {
  const operator = personaUser(tenant, 'privileged-helpdesk');
  const members = tenant.users.filter((u) => u.userType === 'member' && u.roles.length === 0);
  if (!operator || members.length < CLEAN_UP_SIZE) return [];
  const start = seededUntil - 3 * DAY;
  return Array.from({ length: CLEAN_UP_SIZE }, (_, i) => {
    const user = members[Math.floor(((i + 0.5) * members.length) / CLEAN_UP_SIZE)]!;
    const key = `${tenant.id}:audit:clean-up:${user.id}`;
    return {
      id: `${AUTH_METHODS_SERVICE}_${stableGuid(key)}`,
      at: start + i * 3 * 60_000,
      activity: 'Admin deleted security info',
      operationType: 'Delete' as const,
      result: 'success' as const,
      resultReason: `Admin deleted ${METHOD_NOUN.phone}`,
      correlationId: stableGuid(`${key}:correlation`),
      initiatedBy: { user: identityOf(operator, addressOf(operator)), app: AZURE_PORTAL },
      target: auditTargetOf(user),
      userAgent: DESK_BROWSER,
    };
  });
}

function seeded(tenant: Tenant): AuditEvent[] {
  const seededUntil = Date.parse(tenant.generatedAt);
  return [...registrations(tenant), ...cleanUp(tenant, seededUntil)].sort((a, b) => a.at - b.at);
}

/** The tenant's audit log, seeded on first use. */
export function auditLogOf(tenant: Tenant): AuditLog {
  let log = audits.get(tenant);
  if (!log) {
    log = { events: seeded(tenant) };
    audits.set(tenant, log);
  }
  return log;
}

export function recordAuditEvent(tenant: Tenant, event: AuditEvent): void {
  const { events } = auditLogOf(tenant);
  events.push(event);
  // A clock moved back (control API) still keeps the log in time order.
  if (events.length > 1 && events[events.length - 2]!.at > event.at) events.sort((a, b) => a.at - b.at);
}
