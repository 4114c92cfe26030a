import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');

export interface ProbeResult {
  users: number;
  startupMs: number;
  rssMb: number;
  commonPageMs: number;
  commonRows: number;
  rarePageMs: number;
  rareRows: number;
}

/** Each size runs in its own process (emulator-probe.ts) so its RSS is its own. */
export function probeEmulator(users: number, samples: number): ProbeResult {
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', 'scripts/bench/emulator-probe.ts', String(users), String(samples)],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as ProbeResult;
}
