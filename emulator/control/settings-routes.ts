import { patchPhoneMethod } from '../graph/routes/phone-policy-write.ts';
import { consentedScopes, grantConsent, revokeConsent } from '../authority/consent.ts';
import { generateTenant } from '../tenant/generate-tenant.ts';
import { validateFaultRule } from '../graph/faults/fault-rules.ts';
import type { Route } from '../http/router.ts';
import { sendEmpty, sendJson } from '../http/respond.ts';
import type { RequestContext } from '../http/request-context.ts';
import type { EmulatorState } from '../emulator-state.ts';
import { parseJson } from './parse-json.ts';

type JsonHandler = (body: Record<string, unknown>, state: EmulatorState) => unknown;

/** Wraps a control endpoint: JSON in, JSON (or 204) out, and a 400 that says what was wrong. */
function json(handler: JsonHandler) {
  return (ctx: RequestContext, state: EmulatorState) => {
    try {
      const result = handler(parseJson(ctx.body), state);
      if (result === undefined) sendEmpty(ctx.res, 204);
      else sendJson(ctx.res, 200, result);
    } catch (error) {
      sendJson(ctx.res, 400, { error: error instanceof Error ? error.message : String(error) });
    }
  };
}

/** Scalar options the control API may change at run time (the rest shape the tenant or the server). */
const SWITCHABLE = new Set([
  'exposeRetryAfter',
  'registrationPageSize',
  'legacyReports',
  'registrationFilterLogic',
  'emailNonAscii',
  'strictEvolvableEnums',
  'shuffleBatchResponses',
  'policyReadableByMethodAdmins',
  'revokeSessionsAnswer',
  'passwordResetDelayMs',
  'passwordResetOutcome',
  'readBasicOverflow',
  'signInActivityFailure',
  'signInActivityRoleGate',
  'directoryRoleLimitedForm',
  'roleAssignmentsRoleGate',
  'pimRoleGate',
  'pimRequiresP2',
  'subscribedSkusRoleGate',
  'widsInIdToken',
  'unconsentedScopeAnswer',
  'usersCreateSecurityGroups',
  'groupReplicationDelayMs',
  'auditLogsOnFree',
]);

const positive = (value: unknown, name: string): number => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a number ≥ 0`);
  return n;
};

export const settingsRoutes: Route[] = [
  {
    // Faults for the next N matching Graph requests: {"faults":[{"path":"^/me$","status":503,"count":2}]} or one rule.
    method: 'POST',
    pattern: /^\/__emulator\/faults$/,
    handler: json((body, state) => {
      const rules = Array.isArray(body.faults) ? body.faults : [body];
      state.faults.push(...rules.map(validateFaultRule));
      return { pending: state.faults };
    }),
  },
  {
    method: 'GET',
    pattern: /^\/__emulator\/faults$/,
    handler: (ctx, state) => sendJson(ctx.res, 200, { pending: state.faults }),
  },
  {
    method: 'DELETE',
    pattern: /^\/__emulator\/faults$/,
    handler: (ctx, state) => {
      state.faults.length = 0;
      sendEmpty(ctx.res, 204);
    },
  },
  {
    // {"now":"2026-12-01T00:00:00Z"} or {"advanceMinutes":90}; {} goes back to real time.
    method: 'POST',
    pattern: /^\/__emulator\/clock$/,
    handler: json((body, state) => {
      if (typeof body.now === 'string') {
        const at = Date.parse(body.now);
        if (Number.isNaN(at)) throw new Error('now must be an ISO date-time');
        state.clock.setNow(at);
      } else if (body.advanceMinutes !== undefined)
        state.clock.setNow(state.clock.now() + positive(body.advanceMinutes, 'advanceMinutes') * 60_000);
      else state.clock.reset();
      return { now: new Date(state.clock.now()).toISOString() };
    }),
  },
  {
    // {"reports":{"limit":5,"windowSeconds":10},"directory":{"limit":8000,"windowSeconds":10},"exposeRetryAfter":true}
    method: 'POST',
    pattern: /^\/__emulator\/throttle$/,
    handler: json((body, state) => {
      const settings = state.throttle.settings;
      const reports = body.reports as Record<string, unknown> | undefined;
      const directory = body.directory as Record<string, unknown> | undefined;
      if (reports?.limit !== undefined) settings.reports.limit = positive(reports.limit, 'reports.limit');
      if (reports?.windowSeconds !== undefined)
        settings.reports.windowMs = positive(reports.windowSeconds, 'reports.windowSeconds') * 1000;
      if (directory?.limit !== undefined)
        settings.directory.limit =
          directory.limit === null ? undefined : positive(directory.limit, 'directory.limit');
      if (directory?.windowSeconds !== undefined)
        settings.directory.windowMs = positive(directory.windowSeconds, 'directory.windowSeconds') * 1000;
      if (typeof body.exposeRetryAfter === 'boolean') state.options.exposeRetryAfter = body.exposeRetryAfter;
      return {
        ...settings,
        exposeRetryAfter: state.options.exposeRetryAfter,
        throttled: state.throttle.throttledCount,
      };
    }),
  },
  {
    method: 'GET',
    pattern: /^\/__emulator\/throttle$/,
    handler: (ctx, state) =>
      sendJson(ctx.res, 200, {
        ...state.throttle.settings,
        exposeRetryAfter: state.options.exposeRetryAfter,
        throttled: state.throttle.throttledCount,
      }),
  },
  {
    // {"legacyReports":"notFound","shuffleBatchResponses":false,...}: the switches for unconfirmed Graph behaviour.
    method: 'POST',
    pattern: /^\/__emulator\/options$/,
    handler: json((body, state) => {
      const options = state.options as unknown as Record<string, unknown>;
      for (const [key, value] of Object.entries(body)) {
        const current = options[key];
        if (!SWITCHABLE.has(key)) throw new Error(`${key} cannot be changed at run time`);
        if (typeof value !== typeof current) throw new Error(`${key} must be a ${typeof current}`);
        options[key] = value;
      }
      return Object.fromEntries([...SWITCHABLE].map((key) => [key, options[key]]));
    }),
  },
  {
    // {"clientId":"…","revoke":["AuditLog.Read.All"],"answer":"omit"}: an administrator withdrew consent for
    // this app registration; the consent page (or {"grant":[…]}) restores it.
    method: 'POST',
    pattern: /^\/__emulator\/consent$/,
    handler: json((body, state) => {
      if (typeof body.clientId !== 'string' || !body.clientId) throw new Error('clientId is required');
      const names = (value: unknown) =>
        Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : [];
      if (body.answer !== undefined && body.answer !== 'omit' && body.answer !== 'consent_required')
        throw new Error('answer must be omit or consent_required');
      revokeConsent(state, body.clientId, names(body.revoke), body.answer);
      grantConsent(state, body.clientId, names(body.grant));
      return { clientId: body.clientId, consented: consentedScopes(state, body.clientId) };
    }),
  },
  {
    // {"minutes":180}: reports show users as they were that long ago; 0 makes them live.
    method: 'POST',
    pattern: /^\/__emulator\/report-lag$/,
    handler: json((body, state) => {
      state.tenant.reportLagMs = positive(body.minutes, 'minutes') * 60_000;
      return { minutes: state.tenant.reportLagMs / 60_000 };
    }),
  },
  {
    // {"tier":"free"|"p1"|"p2"}
    method: 'POST',
    pattern: /^\/__emulator\/licence$/,
    handler: json((body, state) => {
      if (body.tier !== 'free' && body.tier !== 'p1' && body.tier !== 'p2')
        throw new Error('tier must be free, p1 or p2');
      state.tenant.tier = body.tier;
      return { tier: body.tier };
    }),
  },
  {
    // {"users":20000,"seed":"contoso"}: a new tenant of that size; later resets rebuild at this size.
    method: 'POST',
    pattern: /^\/__emulator\/tenant$/,
    handler: json((body, state) => {
      const users =
        body.users === undefined ? state.options.users : Math.floor(positive(body.users, 'users'));
      if (users < 6) throw new Error('users must be at least 6 (the personas)');
      state.options.users = users;
      if (typeof body.seed === 'string') state.options.seed = body.seed;
      state.tenant = generateTenant({
        users,
        seed: state.options.seed,
        now: state.clock.now(),
        hostile: state.options.hostileUsers,
      });
      return { users: state.tenant.users.length, seed: state.options.seed, tenantId: state.tenant.id };
    }),
  },
  {
    // {"sms":{"state":"disabled"},"voice":{"includeTargets":[...]},"optOut":true,"campaign":{"state":"disabled"},
    //  "deleteGroup":"<id>"}: the SMS and voice retirement's policy shapes (phone-policy.ts). Sms and Voice
    // take what a Graph PATCH takes; a deleted group stays named in the targets, as in Entra.
    method: 'POST',
    pattern: /^\/__emulator\/phone-policy$/,
    handler: json((body, state) => {
      const policy = state.tenant.phonePolicy;
      if (body.sms !== undefined) patchPhoneMethod(policy, 'sms', body.sms as Record<string, unknown>);
      if (body.voice !== undefined) patchPhoneMethod(policy, 'voice', body.voice as Record<string, unknown>);
      if (body.optOut !== undefined) policy.passkeyDynamicMigrationOptOut = body.optOut === true;
      const campaign = body.campaign as { state?: unknown } | undefined;
      if (campaign?.state !== undefined) {
        if (campaign.state !== 'default' && campaign.state !== 'enabled' && campaign.state !== 'disabled')
          throw new Error('campaign.state must be default, enabled or disabled');
        policy.campaign.state = campaign.state;
      }
      if (typeof body.deleteGroup === 'string')
        policy.groups = policy.groups.filter((g) => g.id !== body.deleteGroup);
      return { sms: policy.sms, voice: policy.voice, optOut: policy.passkeyDynamicMigrationOptOut };
    }),
  },
];
