/** Builds the `@odata.context` URL Graph puts on every payload. */
export function odataContext(baseUrl: string, version: string, fragment: string): string {
  return `${baseUrl}/${version}/$metadata#${fragment}`;
}

export function collection(
  context: string,
  value: unknown[],
  extra: { nextLink?: string; count?: number } = {},
) {
  return {
    '@odata.context': context,
    ...(extra.count !== undefined ? { '@odata.count': extra.count } : {}),
    ...(extra.nextLink ? { '@odata.nextLink': extra.nextLink } : {}),
    value,
  };
}
