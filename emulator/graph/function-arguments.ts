import { GraphHttpError } from './graph-http-error.ts';

/** Parses OData function arguments such as `includedUserTypes='all',includedUserRoles='admin'`. */
export function parseFunctionArguments(text: string | undefined): Map<string, string> {
  const args = new Map<string, string>();
  if (!text?.trim()) return args;
  for (const part of text.split(',')) {
    const match = /^\s*([A-Za-z]+)\s*=\s*'([^']*)'\s*$/.exec(part);
    if (!match)
      throw new GraphHttpError(400, 'BadRequest', `Bad Request - Error in query syntax: '${text}'.`);
    args.set(match[1] as string, match[2] as string);
  }
  return args;
}

/** Reads an enum argument, case-sensitively as OData does, with a default when it is absent. */
export function enumArgument<T extends string>(
  args: Map<string, string>,
  name: string,
  values: readonly T[],
  fallback: T,
): T {
  const value = args.get(name);
  if (value === undefined) return fallback;
  if (!(values as readonly string[]).includes(value)) {
    throw new GraphHttpError(
      400,
      'BadRequest',
      `The parameter '${name}' has an invalid value '${value}'. Valid values: ${values.join(', ')}.`,
    );
  }
  return value as T;
}
