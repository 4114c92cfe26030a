import { GraphHttpError } from '../graph-http-error.ts';

export interface BatchItem {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
  dependsOn: string[];
}

export const BATCH_LIMIT = 20;

const invalid = (message: string) => new GraphHttpError(400, 'BadRequest', message);

function bodyText(body: unknown, headers: Record<string, string>): string | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') {
    // A string body is base64 unless the content type says JSON text (json-batching.md).
    return /json/i.test(headers['content-type'] ?? '') ? body : Buffer.from(body, 'base64').toString('utf8');
  }
  return JSON.stringify(body);
}

/** Validates a JSON batch as Graph does: a malformed batch fails whole with 400 (docs/graph-notes.md §7). */
export function parseBatch(text: string): BatchItem[] {
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    throw invalid('Invalid batch payload format.');
  }
  const requests = (payload as { requests?: unknown })?.requests;
  if (!Array.isArray(requests) || requests.length === 0) throw invalid('Invalid batch payload format.');
  if (requests.length > BATCH_LIMIT)
    throw invalid(`The number of requests in a batch exceeds the limit of ${BATCH_LIMIT}.`);
  const seen = new Set<string>();
  return requests.map((raw: unknown) => {
    const request = raw as Record<string, unknown>;
    const id = request.id;
    if (typeof id !== 'string' || !id) throw invalid("Each request must have an 'id'.");
    if (seen.has(id.toLowerCase())) throw invalid(`Request Id '${id}' is duplicated.`);
    if (typeof request.method !== 'string' || typeof request.url !== 'string')
      throw invalid(`Request '${id}' needs 'method' and 'url'.`);
    if (/^https?:\/\//i.test(request.url))
      throw invalid(`Request '${id}': the url must be relative, e.g. /me.`);
    const headers = Object.fromEntries(
      Object.entries((request.headers as Record<string, unknown>) ?? {}).map(([k, v]) => [
        k.toLowerCase(),
        String(v),
      ]),
    );
    if (request.body !== undefined && !headers['content-type'])
      throw invalid(`Request '${id}': a request with a body must specify the Content-Type header.`);
    const dependsOn = Array.isArray(request.dependsOn) ? request.dependsOn.map(String) : [];
    for (const dep of dependsOn)
      if (!seen.has(dep.toLowerCase()))
        throw invalid(`Request '${id}' depends on '${dep}', which is not an earlier request in the batch.`);
    seen.add(id.toLowerCase());
    return {
      id,
      method: request.method.toUpperCase(),
      url: request.url,
      headers,
      body: bodyText(request.body, headers),
      dependsOn,
    };
  });
}
