import { GraphHttpError } from './graph-http-error.ts';

export type JsonType = 'string' | 'boolean' | 'int32' | 'dateTimeOffset';

const EDM: Record<JsonType, string> = {
  string: 'Edm.String',
  boolean: 'Edm.Boolean',
  int32: 'Edm.Int32',
  dateTimeOffset: 'Edm.DateTimeOffset',
};

function fits(value: unknown, type: JsonType): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'int32':
      return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= 2 ** 31 - 1;
    case 'dateTimeOffset':
      return (
        typeof value === 'string' &&
        /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(value) &&
        !Number.isNaN(Date.parse(value))
      );
  }
}

/**
 * Reads a POST/PATCH body the way Graph's OData layer does: malformed JSON, unknown properties and
 * wrong types are 400s that name the problem; read-only properties may be listed to refuse them.
 */
export function readJsonBody(
  text: string,
  typeName: string,
  properties: Record<string, JsonType>,
  options: { allowEmpty?: boolean } = {},
): Record<string, unknown> {
  if (!text.trim()) {
    if (options.allowEmpty) return {};
    throw new GraphHttpError(400, 'BadRequest', 'Empty Payload. JSON content expected.');
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new GraphHttpError(
      400,
      'BadRequest',
      'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
    );
  }
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw new GraphHttpError(400, 'BadRequest', 'The request payload must be a JSON object.');
  for (const [name, value] of Object.entries(body as Record<string, unknown>)) {
    if (name.startsWith('@odata.')) continue;
    const type = properties[name];
    if (!type) {
      throw new GraphHttpError(
        400,
        'BadRequest',
        `The property '${name}' does not exist on type 'microsoft.graph.${typeName}'. Make sure to only use property names that are defined by the type.`,
      );
    }
    if (value !== null && !fits(value, type)) {
      throw new GraphHttpError(
        400,
        'BadRequest',
        `Cannot convert the literal '${JSON.stringify(value)}' to the expected type '${EDM[type]}'.`,
      );
    }
  }
  return body as Record<string, unknown>;
}
