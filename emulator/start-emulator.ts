import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { loadCertificate } from './certificate.ts';
import { createEmulatorHandler } from './emulator-handler.ts';
import type { EmulatorOptions } from './emulator-options.ts';
import { createEmulatorState, type EmulatorState } from './emulator-state.ts';

export interface RunningEmulator {
  url: string;
  state: EmulatorState;
  close(): Promise<void>;
}

/** Starts the HTTPS emulator; port 0 picks a free port (tests). */
export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  const [state, certificate] = await Promise.all([
    createEmulatorState(options),
    loadCertificate(options.stateDir),
  ]);
  const server = createHttpsServer(certificate, createEmulatorHandler(state, true));
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, 'localhost', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://localhost:${port}`,
    state,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
