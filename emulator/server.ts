import { resolve } from 'node:path';
import { parseCliOptions } from './cli-options.ts';
import { startEmulator } from './start-emulator.ts';
import { PERSONAS } from './tenant/personas.ts';

const STATE_DIR = resolve(import.meta.dirname, '..', '.emulator');

try {
  const started = performance.now();
  const options = parseCliOptions(process.argv.slice(2), STATE_DIR);
  const emulator = await startEmulator(options);
  const { tenant } = emulator.state;
  console.log(
    `Tenant ${tenant.displayName} (${tenant.id}): ${tenant.users.length} users, seed "${options.seed}", ready in ${Math.round(performance.now() - started)} ms`,
  );
  console.log(`Personas: ${PERSONAS.map((p) => `${p.id} (${p.label})`).join(', ')}`);
  if (options.control) console.log(`Control API enabled at ${emulator.url}/__emulator`);
  console.log(`ready ${emulator.url}`);
  const stop = () => void emulator.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(`emulator: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
