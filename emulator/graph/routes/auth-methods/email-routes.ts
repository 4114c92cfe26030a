import { WELL_KNOWN_ID } from '../../../tenant/method-catalog.ts';
import { markUserChanged } from '../../../tenant/registration-details.ts';
import type { EmailMethod } from '../../../tenant/model.ts';
import { insufficientPrivileges } from '../../graph-http-error.ts';
import type { GraphRequest, GraphRoute } from '../../graph-route.ts';
import { readJsonBody } from '../../json-body.ts';
import { readQueryOptions } from '../../query-options.ts';
import { methodNotFound, ruleViolation } from './method-errors.ts';
import { AUTH_ROOT, methodTarget } from './method-target.ts';
import { methodViewer, methodsContext } from './method-view.ts';

// A pragmatic check: one @, something on each side, a dot in the domain, no spaces.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// Graph's email method pages name no character rule. The user attributes the SSPR email comes from do:
// `otherMails` and `mail` "cannot contain accent characters" (graph-docs-contrib resources/user.md). The
// stricter reading refuses non-ASCII here too; `emailNonAscii: 'accept'` lifts it (README, not faithful).
const NON_ASCII = /[^\x20-\x7e]/;

function validEmail(value: unknown, nonAscii: 'refuse' | 'accept'): string {
  if (typeof value !== 'string' || !EMAIL.test(value) || value.length > 256)
    throw ruleViolation(`Invalid email address '${String(value)}'.`);
  if (nonAscii === 'refuse' && NON_ASCII.test(value))
    throw ruleViolation(`Invalid email address '${value}': it cannot contain accent characters.`);
  return value;
}

function createEmail(request: GraphRequest) {
  readQueryOptions(request.ctx.url, []);
  const target = methodTarget(request, 'write', 'Email');
  const body = readJsonBody(request.ctx.body, 'emailAuthenticationMethod', { emailAddress: 'string' });
  const emailAddress = validEmail(body.emailAddress, request.state.options.emailNonAscii);
  if (target.methods.some((m) => m.kind === 'email'))
    throw ruleViolation('The user already has an email method. Update it instead.');
  const email: EmailMethod = {
    kind: 'email',
    id: WELL_KNOWN_ID.email,
    emailAddress,
    createdDateTime: null,
    lastUsedDateTime: null,
  };
  target.methods.push(email);
  markUserChanged(request.state.tenant, target, request.now);
  return {
    status: 201,
    body: {
      '@odata.context': methodsContext(request, target, 'emailMethods', true),
      ...methodViewer(request, target)(email),
    },
  };
}

function updateEmail(request: GraphRequest) {
  readQueryOptions(request.ctx.url, []);
  const target = methodTarget(request, 'write', 'Email');
  // Users cannot update their own email method (docs/graph-notes.md §4.3).
  if (target.id === request.caller.user.id) throw insufficientPrivileges();
  const id = decodeURIComponent(request.params.id ?? '');
  const email = target.methods.find((m): m is EmailMethod => m.kind === 'email' && m.id === id);
  if (!email) throw methodNotFound(id);
  const body = readJsonBody(request.ctx.body, 'emailAuthenticationMethod', { emailAddress: 'string' });
  if (body.emailAddress !== undefined)
    email.emailAddress = validEmail(body.emailAddress, request.state.options.emailNonAscii);
  markUserChanged(request.state.tenant, target, request.now);
  return { status: 204 };
}

export const emailRoutes: GraphRoute[] = [
  { method: 'POST', pattern: new RegExp(`${AUTH_ROOT}/emailMethods$`), handler: createEmail },
  { method: 'PATCH', pattern: new RegExp(`${AUTH_ROOT}/emailMethods/(?<id>[^/]+)$`), handler: updateEmail },
];
