import type { TenantUser } from '../../../tenant/model.ts';
import { ok, type GraphRequest, type GraphRoute } from '../../graph-route.ts';
import { collection } from '../../odata-envelope.ts';
import { readQueryOptions } from '../../query-options.ts';
import { GraphHttpError } from '../../graph-http-error.ts';
import { deleteMethod } from './delete-method.ts';
import { METHOD_COLLECTIONS, collectionOf, type MethodCollection } from './method-collections.ts';
import { methodNotFound } from './method-errors.ts';
import { AUTH_ROOT, methodTarget } from './method-target.ts';
import { methodViewer, methodsContext } from './method-view.ts';

const ID = '(?<id>[^/]+)';

function findMethod(target: TenantUser, id: string, kind?: string) {
  const method = target.methods.find((m) => m.id === id && (!kind || m.kind === kind));
  if (!method) throw methodNotFound(id);
  return method;
}

/** Device details for $expand=device; Graph returns the registered device object. */
function deviceOf(id: string, displayName: string) {
  return { id, displayName, deviceId: id, operatingSystem: null, accountEnabled: true };
}

function listRoute(c: MethodCollection): GraphRoute {
  return {
    method: 'GET',
    pattern: new RegExp(`${AUTH_ROOT}/${c.segment}$`),
    handler: (request) => {
      readQueryOptions(request.ctx.url, []);
      const target = methodTarget(request, 'read', c.family);
      const view = methodViewer(request, target);
      return ok(
        collection(
          methodsContext(request, target, c.segment),
          target.methods.filter((m) => m.kind === c.kind).map(view),
        ),
      );
    },
  };
}

function getRoute(c: MethodCollection): GraphRoute {
  return {
    method: 'GET',
    pattern: new RegExp(`${AUTH_ROOT}/${c.segment}/${ID}$`),
    handler: (request) => {
      const options = readQueryOptions(request.ctx.url, c.hasDevice ? ['$expand'] : []);
      if (options.$expand !== undefined && options.$expand !== 'device')
        throw new GraphHttpError(
          400,
          'BadRequest',
          `Could not find a property named '${options.$expand}' on type '${c.kind}AuthenticationMethod'.`,
        );
      const target = methodTarget(request, 'read', c.family);
      const method = findMethod(target, decodeURIComponent(request.params.id ?? ''), c.kind);
      const body: Record<string, unknown> = {
        '@odata.context': methodsContext(request, target, c.segment, true),
        ...methodViewer(request, target)(method),
      };
      if (options.$expand === 'device')
        body.device =
          'displayName' in method ? deviceOf(`${method.id.slice(0, 8)}-device`, method.displayName) : null;
      return ok(body);
    },
  };
}

function deleteHandler(kind?: MethodCollection['kind']) {
  return (request: GraphRequest) => {
    readQueryOptions(request.ctx.url, []);
    const family = kind ? collectionOf(kind).family : undefined;
    const target = methodTarget(request, 'write', family);
    // The generic route has no per-method scope: only the classic UserAuthenticationMethod.* scopes pass.
    const method = findMethod(target, decodeURIComponent(request.params.id ?? ''), kind);
    deleteMethod(request.state.tenant, target, method, request.now);
    return { status: 204 };
  };
}

/** List / get / delete for every typed collection, and the polymorphic `/methods` (docs/graph-notes.md §4.1). */
export const methodCollectionRoutes: GraphRoute[] = [
  ...METHOD_COLLECTIONS.flatMap((c) => [
    listRoute(c),
    getRoute(c),
    ...(c.deletable
      ? [
          {
            method: 'DELETE' as const,
            pattern: new RegExp(`${AUTH_ROOT}/${c.segment}/${ID}$`),
            handler: deleteHandler(c.kind),
          },
        ]
      : []),
  ]),
  {
    method: 'GET',
    pattern: new RegExp(`${AUTH_ROOT}/methods$`),
    handler: (request) => {
      readQueryOptions(request.ctx.url, []);
      const target = methodTarget(request, 'read');
      return ok(
        collection(
          methodsContext(request, target, 'methods'),
          target.methods.map(methodViewer(request, target)),
        ),
      );
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`${AUTH_ROOT}/methods/${ID}$`),
    handler: (request) => {
      readQueryOptions(request.ctx.url, []);
      const target = methodTarget(request, 'read');
      const method = findMethod(target, decodeURIComponent(request.params.id ?? ''));
      return ok({
        '@odata.context': methodsContext(request, target, 'methods', true),
        ...methodViewer(request, target)(method),
      });
    },
  },
  { method: 'DELETE', pattern: new RegExp(`${AUTH_ROOT}/methods/${ID}$`), handler: deleteHandler() },
];
