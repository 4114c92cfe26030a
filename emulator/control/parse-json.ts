/** Control API bodies are small JSON objects; an empty body counts as {}. */
export function parseJson(body: string): Record<string, unknown> {
  if (!body.trim()) return {};
  const value: unknown = JSON.parse(body);
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}
