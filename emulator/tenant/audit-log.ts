import type { AuthMethod, Tenant, TenantUser } from './model.ts';
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
}

export interface AuditLog {
  /** Oldest first: live events append in time order. */
  events: AuditEvent[];
}

/** Entra's Authentication Methods service, as `loggedByService` names it. */
export const AUTH_METHODS_SERVICE = 'Authentication Methods';

/** The My Sign-Ins app, where users register their security info (entra-docs first-party app ids). */
const MY_SIGN_INS = { appId: '19db86c3-b2b9-44cc-b339-36da233a3be2', displayName: 'My Signins' };

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
const addressOf = (user: TenantUser) => `203.0.113.${(parseInt(user.id.slice(0, 2), 16) % 254) + 1}`;

export const identityOf = (user: TenantUser, ipAddress: string) => ({
  id: user.id,
  displayName: user.displayName,
  userPrincipalName: user.userPrincipalName,
  ipAddress,
});

function seeded(tenant: Tenant): AuditEvent[] {
  const seededUntil = Date.parse(tenant.generatedAt);
  const events: AuditEvent[] = [];
  for (const user of tenant.users)
    for (const method of user.methods) {
      const at = method.createdDateTime ? Date.parse(method.createdDateTime) : NaN;
      // Only what the generator made: methods written later have their own live events.
      if (!Number.isFinite(at) || at > seededUntil || method.kind === 'password') continue;
      const key = `${tenant.id}:audit:${user.id}:${method.id}`;
      events.push({
        id: `${AUTH_METHODS_SERVICE}_${stableGuid(key)}`,
        at,
        activity: 'User registered security info',
        operationType: 'Add',
        result: 'success',
        resultReason: `User registered ${METHOD_NOUN[method.kind]}`,
        correlationId: stableGuid(`${key}:correlation`),
        initiatedBy: { user: identityOf(user, addressOf(user)), app: MY_SIGN_INS },
        target: { id: user.id, displayName: user.displayName, userPrincipalName: user.userPrincipalName },
      });
    }
  return events.sort((a, b) => a.at - b.at);
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
