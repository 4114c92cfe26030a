import { randomUUID } from 'node:crypto';
import {
  AUTH_METHODS_SERVICE,
  auditLogOf,
  identityOf,
  auditTargetOf,
  METHOD_NOUN,
  recordAuditEvent,
} from '../../../tenant/audit-log.ts';
import { findUser, type AuthMethod, type TenantUser } from '../../../tenant/model.ts';
import type { GraphRequest, GraphRoute } from '../../graph-route.ts';
import { METHOD_COLLECTIONS } from './method-collections.ts';

type Change = { activity: string; operationType: 'Add' | 'Update' | 'Delete'; verb: string };

/**
 * Which audit activity a method write is (entra-docs reference-audit-activities.md, Authentication Methods):
 * an admin's writes on another user are "Admin …", a user's on themselves "User …".
 */
function changeOf(method: string, path: string, self: boolean): Change | undefined {
  const who = self ? 'User' : 'Admin';
  if (/\/resetPassword$/.test(path))
    return self
      ? undefined
      : { activity: 'Admin started password reset', operationType: 'Update', verb: 'started reset of' };
  if (method === 'POST' && /\/(enable|disable)SmsSignIn$/.test(path))
    return { activity: `${who} updated security info`, operationType: 'Update', verb: 'updated' };
  if (method === 'POST')
    return { activity: `${who} registered security info`, operationType: 'Add', verb: 'registered' };
  if (method === 'PATCH' && /\/signInPreferences$/.test(path))
    return {
      activity: self ? 'User changed default security info' : 'Admin updated security info',
      operationType: 'Update',
      verb: 'updated',
    };
  if (method === 'PATCH')
    return { activity: `${who} updated security info`, operationType: 'Update', verb: 'updated' };
  if (method === 'DELETE')
    return { activity: `${who} deleted security info`, operationType: 'Delete', verb: 'deleted' };
  return undefined;
}

/** The kind the path names, or (for the generic `methods/{id}`) the kind of the method it names. */
function kindOf(target: TenantUser | undefined, path: string): AuthMethod['kind'] | undefined {
  const segment = /\/authentication\/(\w+)/.exec(path)?.[1];
  const collection = METHOD_COLLECTIONS.find((c) => c.segment === segment);
  if (collection) return collection.kind;
  const id = /\/authentication\/methods\/([^/]+)/.exec(path)?.[1];
  return id ? target?.methods.find((m) => m.id === decodeURIComponent(id))?.kind : undefined;
}

const targetOf = ({ params, state, caller }: GraphRequest) =>
  params.user ? findUser(state.tenant, decodeURIComponent(params.user)) : caller.user;

/** The caller's address as the audit log shows it. */
const addressOf = (request: GraphRequest) =>
  (request.ctx.req.socket?.remoteAddress ?? '').replace(/^::ffff:/, '') || '127.0.0.1';

/**
 * Records the audit event Entra writes for a method write that succeeded, initiated by the token's user
 * and app. Reads are not audited; a refused write writes nothing here (Entra logs failures of its own
 * flows, which the emulator does not generate).
 */
export function audited(route: GraphRoute): GraphRoute {
  if (route.method === 'GET') return route;
  return {
    ...route,
    handler: async (request) => {
      const path = request.ctx.url.pathname.replace(/^\/(v1\.0|beta)/, '');
      // Seeded before the write, or the method it adds would be seeded as well as logged.
      auditLogOf(request.state.tenant);
      // Read before the write: a deleted method's kind is gone after it.
      const target = targetOf(request);
      const kind = kindOf(target, path);
      const result = await route.handler(request);
      const change = target && changeOf(route.method, path, target.id === request.caller.user.id);
      if (result.status < 300 && target && change) {
        const { caller, state, now } = request;
        recordAuditEvent(state.tenant, {
          id: `${AUTH_METHODS_SERVICE}_${randomUUID()}`,
          at: now,
          activity: change.activity,
          operationType: change.operationType,
          result: 'success',
          resultReason: `${target.id === caller.user.id ? 'User' : 'Admin'} ${change.verb} ${kind ? METHOD_NOUN[kind] : 'security info'}`,
          correlationId: request.ctx.clientRequestId ?? randomUUID(),
          initiatedBy: {
            user: identityOf(caller.user, addressOf(request)),
            app: { appId: caller.appId, displayName: null },
          },
          target: auditTargetOf(target),
          userAgent: request.ctx.req.headers['user-agent'] || undefined,
        });
      }
      return result;
    },
  };
}
