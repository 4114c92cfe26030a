import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEmulatorHandler } from '../emulator-handler.ts';
import { DEFAULT_OPTIONS, type EmulatorOptions } from '../emulator-options.ts';
import { createEmulatorState, type EmulatorState } from '../emulator-state.ts';

export interface TestEmulator {
  url: string;
  state: EmulatorState;
  /** A persona's token; `mfaMinutesAgo` (default 0: a fresh MFA, as credential writes need) or null for none. */
  token(persona: string, scopes?: string[], mfaMinutesAgo?: number | null): Promise<string>;
  graph(
    path: string,
    init?: { token?: string; method?: string; headers?: Record<string, string>; body?: unknown },
  ): Promise<{ status: number; headers: Headers; body: any }>;
  close(): Promise<void>;
}

/** Contract tests call the reports far faster than Graph allows; the throttling tests turn limits back on. */
const NO_THROTTLE = { reports: { limit: 0, windowMs: 10_000 }, directory: { limit: 0, windowMs: 10_000 } };

/** The emulator's request handler on plain HTTP and a free port: same routes, no certificate to trust. */
export async function startTestEmulator(options: Partial<EmulatorOptions> = {}): Promise<TestEmulator> {
  const state = await createEmulatorState({
    ...DEFAULT_OPTIONS,
    control: true,
    port: 0,
    throttle: NO_THROTTLE,
    // The tests are what the hostile data is for.
    hostileUsers: true,
    ...options,
  });
  const server: Server = createServer(createEmulatorHandler(state, false));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const token = async (persona: string, scopes?: string[], mfaMinutesAgo: number | null = 0) => {
    const response = await fetch(`${url}/__emulator/token`, {
      method: 'POST',
      body: JSON.stringify({ persona, scopes, ...(mfaMinutesAgo === null ? {} : { mfaMinutesAgo }) }),
    });
    return ((await response.json()) as { access_token: string }).access_token;
  };
  return {
    url,
    state,
    token,
    async graph(path, init = {}) {
      const headers: Record<string, string> = { ...init.headers };
      if (init.token !== undefined) headers.Authorization = `Bearer ${init.token}`;
      if (init.body !== undefined) headers['Content-Type'] = 'application/json';
      const response = await fetch(path.startsWith('http') ? path : `${url}${path}`, {
        method: init.method ?? 'GET',
        headers,
        body:
          init.body === undefined
            ? undefined
            : typeof init.body === 'string'
              ? init.body
              : JSON.stringify(init.body),
      });
      const text = await response.text();
      return {
        status: response.status,
        headers: response.headers,
        body: text ? JSON.parse(text) : undefined,
      };
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
