/** Graph's error code for options that parse but that the endpoint refuses to run. */
export const UNSUPPORTED_QUERY = 'Request_UnsupportedQuery';

/**
 * Thrown for any malformed or unsupported query option. The HTTP layer turns it into Graph's
 * 400 error body, so `message` is worded like Graph's and `code` is Graph's error code.
 */
export class ODataQueryError extends Error {
  override readonly name = 'ODataQueryError';
  readonly code: string;
  /** Character offset in the query option text, when the error points at one. */
  readonly position: number | undefined;

  constructor(message: string, code = 'BadRequest', position?: number) {
    super(message);
    this.code = code;
    this.position = position;
  }
}
