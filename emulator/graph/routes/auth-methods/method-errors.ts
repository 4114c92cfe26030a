import { GraphHttpError } from '../../graph-http-error.ts';

/**
 * The auth-method rule violations. Graph documents the rules but not the codes (docs/graph-notes.md §10):
 * these are the likeliest, in the lower-camel style the auth-method APIs use.
 */
export const ruleViolation = (message: string) => new GraphHttpError(400, 'badRequest', message);

export const methodNotFound = (id: string) =>
  new GraphHttpError(404, 'itemNotFound', `The authentication method '${id}' was not found for this user.`);
