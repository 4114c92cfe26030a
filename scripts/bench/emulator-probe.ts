// One emulator of a given size in this process: prints start-up time, RSS and the latency of a
// filtered 999-row page of userRegistrationDetails, as JSON on the last line.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEmulatorHandler } from '../../emulator/emulator-handler.ts';
import { DEFAULT_OPTIONS } from '../../emulator/emulator-options.ts';
import { createEmulatorState } from '../../emulator/emulator-state.ts';
import { issueAccessToken } from '../../emulator/authority/tokens.ts';

const users = Number(process.argv[2] ?? 1000);
const samples = Number(process.argv[3] ?? 25);

const started = performance.now();
const state = await createEmulatorState({
  ...DEFAULT_OPTIONS,
  users,
  port: 0,
  throttle: { reports: { limit: 0, windowMs: 10_000 }, directory: { limit: 0, windowMs: 10_000 } },
});
const server = createServer(createEmulatorHandler(state, false));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const startupMs = performance.now() - started;

const lead = state.tenant.users.find((u) => u.userPrincipalName.startsWith('lidiah@'));
if (!lead) throw new Error('persona missing');
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
// The emulator's Graph is the resource at its own origin: the token is for that audience.
const { token } = await issueAccessToken(state, lead, 'bench', ['AuditLog.Read.All'], origin);
const base = `${origin}/v1.0/reports/authenticationMethods/userRegistrationDetails`;

/** Median wall time of a 999-row page for a filter, measured from the client side of the socket. */
async function medianPage(filter: string): Promise<{ ms: number; rows: number }> {
  const url = `${base}?$filter=${encodeURIComponent(filter)}&$top=999`;
  const timings: number[] = [];
  let rows = 0;
  for (let i = 0; i < samples + 3; i++) {
    const t0 = performance.now();
    const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
    const body = (await response.json()) as { value: unknown[] };
    rows = body.value.length;
    if (i >= 3) timings.push(performance.now() - t0); // the first calls warm the per-user report rows
  }
  timings.sort((a, b) => a - b);
  return { ms: Number((timings[Math.floor(timings.length / 2)] ?? 0).toFixed(1)), rows };
}

const common = await medianPage("isMfaCapable eq false and userType eq 'member'");
// A rare match walks the whole tenant: the worst case for an unsorted page.
const rare = await medianPage("isAdmin eq true and methodsRegistered/any(x:x eq 'mobilePhone')");
global.gc?.();
const rssMb = process.memoryUsage().rss / 1024 / 1024;
server.close();
console.log(
  JSON.stringify({
    users,
    startupMs: Math.round(startupMs),
    rssMb: Math.round(rssMb),
    commonPageMs: common.ms,
    commonRows: common.rows,
    rarePageMs: rare.ms,
    rareRows: rare.rows,
  }),
);
process.exit(0);
