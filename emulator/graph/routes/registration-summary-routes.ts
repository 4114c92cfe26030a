import {
  INCLUDED_USER_ROLES,
  INCLUDED_USER_TYPES,
  usersRegisteredByFeature,
  usersRegisteredByMethod,
} from '../../tenant/registration-summaries.ts';
import { enumArgument, parseFunctionArguments } from '../function-arguments.ts';
import { ok, type GraphRequest, type GraphRoute } from '../graph-route.ts';
import { odataContext } from '../odata-envelope.ts';
import { readQueryOptions } from '../query-options.ts';
import { requireReportAccess } from './reports-access.ts';

const ROOT = '/reports/authenticationMethods';

function scopeOf(request: GraphRequest) {
  readQueryOptions(request.ctx.url, []);
  const args = parseFunctionArguments(request.params.args);
  return {
    userTypes: enumArgument(args, 'includedUserTypes', INCLUDED_USER_TYPES, 'all'),
    userRoles: enumArgument(args, 'includedUserRoles', INCLUDED_USER_ROLES, 'all'),
  };
}

/** usersRegisteredByFeature / ByMethod, with or without the parameter list (docs/graph-notes.md §3.3-3.4). */
export const registrationSummaryRoutes: GraphRoute[] = [
  {
    method: 'GET',
    throttle: 'reports',
    pattern: new RegExp(`^${ROOT}/usersRegisteredByFeature(?:\\((?<args>[^)]*)\\))?$`),
    handler: (request) => {
      requireReportAccess(request);
      const summary = usersRegisteredByFeature(request.state.tenant, scopeOf(request), request.now);
      const context = odataContext(
        request.ctx.baseUrl,
        request.version,
        'microsoft.graph.userRegistrationFeatureSummary',
      );
      return ok({ '@odata.context': context, ...summary });
    },
  },
  {
    method: 'GET',
    throttle: 'reports',
    pattern: new RegExp(`^${ROOT}/usersRegisteredByMethod(?:\\((?<args>[^)]*)\\))?$`),
    handler: (request) => {
      requireReportAccess(request);
      const summary = usersRegisteredByMethod(request.state.tenant, scopeOf(request), request.now);
      const context = odataContext(
        request.ctx.baseUrl,
        request.version,
        'microsoft.graph.userRegistrationMethodSummary',
      );
      return ok({ '@odata.context': context, ...summary });
    },
  },
];
