/**
 * Why `npm start` stopped, in words. A port in use (the emulator's EADDRINUSE, or Vite's "Port N is already in
 * use" for the app) names the port and the flags that choose others, instead of a stack trace.
 */
export function startFailure(error: unknown): string {
  const { code, port } = (error ?? {}) as { code?: string; port?: number };
  const vitePort =
    error instanceof Error ? /Port (\d+) is already in use/.exec(error.message)?.[1] : undefined;
  if (code === 'EADDRINUSE' || vitePort)
    return `port ${port ?? vitePort ?? '?'} is already in use. Stop what holds it, or choose other ports: npm start -- --port <emulator port> --app-port <app port>.`;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
