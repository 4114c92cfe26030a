// `npm run bench`: measures, prints one table. Figures, not assertions: these machines are noisy.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');

interface ProbeResult {
  users: number;
  startupMs: number;
  rssMb: number;
  commonPageMs: number;
  commonRows: number;
  rarePageMs: number;
  rareRows: number;
}

/** Each size runs in its own process so its RSS is its own. */
function probe(users: number, samples: number): ProbeResult {
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', 'scripts/bench/emulator-probe.ts', String(users), String(samples)],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as ProbeResult;
}

const rows: [string, string, string][] = [];
for (const users of [1000, 20000, 100000]) {
  const result = probe(users, users === 100000 ? 25 : 5);
  rows.push([`Emulator start-up, ${users.toLocaleString('en-US')} users`, `${result.startupMs} ms`, '']);
  if (users === 100000) {
    rows.push([
      '999-row filtered userRegistrationDetails page, 100k users (median of 25)',
      `${result.commonPageMs} ms`,
      'goal < 30 ms',
    ]);
    rows.push([
      `  worst case: a rare filter walking all users (${result.rareRows} rows)`,
      `${result.rarePageMs} ms`,
      '',
    ]);
    rows.push(['Emulator RSS with the 100k tenant', `${result.rssMb} MB`, 'goal < 500 MB']);
  }
}

const width = Math.max(...rows.map((r) => r[0].length));
console.log(`${'measure'.padEnd(width)}  ${'value'.padStart(10)}  goal`);
for (const [name, value, goal] of rows) console.log(`${name.padEnd(width)}  ${value.padStart(10)}  ${goal}`);
