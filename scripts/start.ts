// `npm start`: the emulator and the built app, configured for each other.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { parseCliOptions } from '../emulator/cli-options.ts';
import { startEmulator } from '../emulator/start-emulator.ts';
import { PERSONAS } from '../emulator/tenant/personas.ts';
import { serveApp } from './serve-app.ts';
import { startFailure } from './start-failure.ts';

const ROOT = resolve(import.meta.dirname, '..');

const DEMO_CLIENT_ID = '3e5e6a71-6e0c-4a7e-9c3e-2f0b6a1d8c55';

const { values, tokens } = parseArgs({
  args: process.argv.slice(2),
  options: { 'app-port': { type: 'string' }, 'skip-build': { type: 'boolean' } },
  strict: false,
  tokens: true,
});
// Every flag that is not ours goes to the emulator (--port, --users, --seed, --control, ...).
const emulatorArgs = tokens.flatMap((t) =>
  t.kind === 'option' && t.name !== 'app-port' && t.name !== 'skip-build'
    ? [t.rawName, ...(t.value !== undefined && !t.inlineValue ? [t.value] : [])]
    : t.kind === 'positional'
      ? [t.value]
      : [],
);

try {
  const appPort = Number(values['app-port'] ?? 5173);
  if (!values['skip-build']) await build({ root: ROOT, logLevel: 'warn' });
  const emulator = await startEmulator(parseCliOptions(emulatorArgs, resolve(ROOT, '.emulator')));
  const server = await serveApp({
    root: ROOT,
    port: appPort,
    config: {
      authorityOrigin: emulator.url,
      tenant: 'organizations',
      clientId: DEMO_CLIENT_ID,
      graphBaseUrl: emulator.url,
    },
  });
  const appUrl = `http://localhost:${appPort}`;
  const { tenant } = emulator.state;
  console.log(
    `\nEmulator (Entra sign-in + Microsoft Graph): ${emulator.url}  — ${tenant.users.length} users in "${tenant.displayName}"`,
  );
  console.log(`First time only: open ${emulator.url} and accept its self-signed certificate (see README).`);
  console.log('Demo personas on the sign-in page:');
  for (const p of PERSONAS)
    console.log(`  ${p.label.padEnd(20)} ${p.displayName.padEnd(16)} ${p.alias}@${tenant.domain}`);
  console.log(`\nOpen ${appUrl}`);
  console.log(`ready ${appUrl}`);
  const stop = async () => {
    await Promise.all([emulator.close(), new Promise((r) => server.httpServer.close(r))]);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
} catch (error) {
  console.error(`start: ${startFailure(error)}`);
  process.exit(1);
}
