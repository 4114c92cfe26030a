import { createHmac, randomBytes } from 'node:crypto';
import { GraphHttpError } from './graph-http-error.ts';

// Tokens are signed per emulator run: a token made up by a client or carried over from another
// query is rejected, as Graph rejects foreign tokens (docs/graph-notes.md §6).
const secret = randomBytes(32);

function sign(payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url').slice(0, 16);
}

/** `queryKey` binds the token to the query it pages through (filter, order, select, top). */
export function encodeSkipToken(offset: number, queryKey: string): string {
  const payload = Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
  return `${payload}.${sign(`${payload}|${queryKey}`)}`;
}

export function decodeSkipToken(token: string, queryKey: string): number {
  const [payload = '', signature] = token.split('.');
  if (!signature || sign(`${payload}|${queryKey}`) !== signature) {
    throw new GraphHttpError(400, 'BadRequest', `Invalid $skiptoken value '${token}'.`);
  }
  const { o } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { o: unknown };
  if (typeof o !== 'number' || !Number.isInteger(o) || o < 0)
    throw new GraphHttpError(400, 'BadRequest', `Invalid $skiptoken value '${token}'.`);
  return o;
}

/** The nextLink repeats every original option with a fresh $skiptoken (docs/graph-notes.md §6). */
export function nextLinkFor(url: URL, baseUrl: string, token: string): string {
  const params = new URLSearchParams(url.search);
  params.delete('$skiptoken');
  params.set('$skiptoken', token);
  return `${baseUrl}${url.pathname}?${params.toString().replace(/%24/g, '$').replace(/\+/g, '%20')}`;
}
