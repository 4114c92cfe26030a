import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** What every route handler gets: the parsed request plus the ids Graph echoes back. */
export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  method: string;
  url: URL;
  /** Origin the emulator is reachable at, e.g. https://localhost:8443: used for links it hands out. */
  baseUrl: string;
  requestId: string;
  clientRequestId: string | undefined;
  body: string;
}

export async function readBody(req: IncomingMessage, limitBytes = 4 * 1024 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limitBytes) throw new Error('request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function createRequestContext(
  req: IncomingMessage,
  res: ServerResponse,
  secure: boolean,
): Promise<RequestContext> {
  const host = req.headers.host ?? 'localhost';
  const baseUrl = `${secure ? 'https' : 'http'}://${host}`;
  const clientRequestId = req.headers['client-request-id'];
  return {
    req,
    res,
    method: (req.method ?? 'GET').toUpperCase(),
    url: new URL(req.url ?? '/', baseUrl),
    baseUrl,
    requestId: randomUUID(),
    clientRequestId: Array.isArray(clientRequestId) ? clientRequestId[0] : clientRequestId,
    body: await readBody(req),
  };
}
