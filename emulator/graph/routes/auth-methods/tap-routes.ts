import { randomInt } from 'node:crypto';
import { markUserChanged } from '../../../tenant/registration-details.ts';
import type { TemporaryAccessPassMethod } from '../../../tenant/model.ts';
import type { GraphRequest, GraphRoute } from '../../graph-route.ts';
import { readJsonBody } from '../../json-body.ts';
import { readQueryOptions } from '../../query-options.ts';
import { ruleViolation } from './method-errors.ts';
import { AUTH_ROOT, methodTarget } from './method-target.ts';
import { methodViewer, methodsContext } from './method-view.ts';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$%&*+=?';

function passCode(length: number): string {
  let code = '';
  for (let i = 0; i < length; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/**
 * Issues a Temporary Access Pass under the tenant's TAP policy (docs/graph-notes.md §4.7, §11.4).
 * The code appears in this response only; a new pass replaces the user's existing one.
 */
function createTap(request: GraphRequest) {
  readQueryOptions(request.ctx.url, []);
  const target = methodTarget(request, 'write', 'TAP');
  const policy = request.state.tenant.policy.tap;
  const body = readJsonBody(
    request.ctx.body,
    'temporaryAccessPassAuthenticationMethod',
    { startDateTime: 'dateTimeOffset', lifetimeInMinutes: 'int32', isUsableOnce: 'boolean' },
    { allowEmpty: true },
  );
  if (policy.state !== 'enabled')
    throw ruleViolation('The Temporary Access Pass method is disabled by the authentication methods policy.');
  const lifetime = (body.lifetimeInMinutes as number | undefined) ?? policy.defaultLifetimeInMinutes;
  if (lifetime < policy.minimumLifetimeInMinutes || lifetime > policy.maximumLifetimeInMinutes) {
    throw ruleViolation(
      `lifetimeInMinutes must be between ${policy.minimumLifetimeInMinutes} and ${policy.maximumLifetimeInMinutes} minutes under the Temporary Access Pass policy.`,
    );
  }
  const isUsableOnce = (body.isUsableOnce as boolean | undefined) ?? policy.isUsableOnce;
  if (policy.isUsableOnce && !isUsableOnce)
    throw ruleViolation(
      'The Temporary Access Pass policy allows only one-time passes (isUsableOnce must be true).',
    );
  const start = body.startDateTime === undefined ? request.now : Date.parse(body.startDateTime as string);
  if (start + lifetime * 60_000 <= request.now)
    throw ruleViolation('The pass would already have expired: choose a later startDateTime.');
  const tap: TemporaryAccessPassMethod = {
    kind: 'temporaryAccessPass',
    id: crypto.randomUUID(),
    createdDateTime: new Date(request.now).toISOString(),
    startDateTime: new Date(start).toISOString(),
    lifetimeInMinutes: lifetime,
    isUsableOnce,
    used: false,
    lastUsedDateTime: null,
  };
  target.methods = [...target.methods.filter((m) => m.kind !== 'temporaryAccessPass'), tap];
  markUserChanged(request.state.tenant, target, request.now);
  const json = methodViewer(request, target)(tap);
  return {
    status: 201,
    body: {
      '@odata.context': methodsContext(request, target, 'temporaryAccessPassMethods', true),
      ...json,
      temporaryAccessPass: passCode(policy.defaultLength),
    },
  };
}

export const tapRoutes: GraphRoute[] = [
  { method: 'POST', pattern: new RegExp(`${AUTH_ROOT}/temporaryAccessPassMethods$`), handler: createTap },
];
