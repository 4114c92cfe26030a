import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { EmulatorState } from '../../emulator-state.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { authenticateCaller } from '../graph-caller.ts';
import { graphResponseHeaders } from '../graph-cors.ts';
import { graphErrorBody } from '../graph-error-body.ts';
import type { GraphResponse } from '../graph-response.ts';
import { GraphHttpError } from '../graph-http-error.ts';
import { parseBatch, type BatchItem } from './batch-request.ts';

type Runner = (ctx: RequestContext, state: EmulatorState) => Promise<GraphResponse>;

// Headers an inner response reports back (the rest are transport details of the outer response).
const INNER_HEADERS = [
  'content-type',
  'location',
  'retry-after',
  'x-ms-resource-unit',
  'x-ms-throttle-limit-percentage',
];

function innerContext(outer: RequestContext, item: BatchItem, version: string): RequestContext {
  const path = item.url.startsWith('/') ? item.url : `/${item.url}`;
  const headers = { ...item.headers, authorization: outer.req.headers.authorization };
  return {
    ...outer,
    method: item.method,
    url: new URL(`/${version}${path}`, outer.baseUrl),
    body: item.body ?? '',
    requestId: randomUUID(),
    clientRequestId: item.headers['client-request-id'] ?? outer.clientRequestId,
    req: { headers, socket: outer.req.socket } as unknown as IncomingMessage,
  };
}

function pickHeaders(headers: Record<string, string>): Record<string, string> {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return Object.fromEntries(
    INNER_HEADERS.filter((h) => lower[h] !== undefined).map((h) => [
      h === 'content-type'
        ? 'Content-Type'
        : h === 'location'
          ? 'Location'
          : h === 'retry-after'
            ? 'Retry-After'
            : h,
      lower[h] as string,
    ]),
  );
}

/**
 * `POST /$batch`: up to 20 requests run one by one through the normal pipeline (each counts against
 * throttling on its own); a failed prerequisite makes its dependants 424 (docs/graph-notes.md §7).
 */
export async function handleBatch(
  ctx: RequestContext,
  state: EmulatorState,
  run: Runner,
): Promise<GraphResponse> {
  const version = ctx.url.pathname.startsWith('/beta') ? 'beta' : 'v1.0';
  const common = graphResponseHeaders(ctx, state);
  try {
    await authenticateCaller(ctx, state);
    const items = parseBatch(ctx.body);
    const statusById = new Map<string, number>();
    const responses = [];
    for (const item of items) {
      const failedDependency = item.dependsOn.find((dep) => (statusById.get(dep.toLowerCase()) ?? 0) >= 400);
      if (failedDependency) {
        statusById.set(item.id.toLowerCase(), 424);
        responses.push({
          id: item.id,
          status: 424,
          headers: { 'Content-Type': 'application/json' },
          body: graphErrorBody(
            ctx,
            state.clock.now(),
            'FailedDependency',
            `The request depends on '${failedDependency}', which failed.`,
          ),
        });
        continue;
      }
      const response = await run(innerContext(ctx, item, version), state);
      // A dropped connection is a gateway failure as far as the batch is concerned; text bodies pass as strings.
      const status = response.drop ? 502 : response.status;
      statusById.set(item.id.toLowerCase(), status);
      const body = response.drop
        ? graphErrorBody(ctx, state.clock.now(), 'BadGateway', 'The inner request failed.')
        : (response.raw ?? response.body);
      responses.push({
        id: item.id,
        status,
        headers: pickHeaders({ 'Content-Type': 'application/json', ...response.headers }),
        ...(body === undefined ? {} : { body }),
      });
    }
    return {
      status: 200,
      headers: common,
      body: { responses: state.options.shuffleBatchResponses ? shuffled(responses) : responses },
    };
  } catch (error) {
    if (!(error instanceof GraphHttpError)) throw error;
    return {
      status: error.status,
      headers: { ...common, ...error.headers },
      body: graphErrorBody(ctx, state.clock.now(), error.code, error.message),
    };
  }
}

/** Graph returns batch responses in any order; clients must correlate by id. */
function shuffled<T>(items: T[]): T[] {
  return items
    .map((item, i) => ({ item, key: (i * 7919) % items.length }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.item)
    .reverse();
}
