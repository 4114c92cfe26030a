import { parseArgs } from 'node:util';
import { DEFAULT_OPTIONS, type EmulatorOptions } from './emulator-options.ts';

/** `--port 8443 --users 1000 --seed contoso --control` and friends. */
export function parseCliOptions(argv: string[], stateDir: string): EmulatorOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      users: { type: 'string' },
      seed: { type: 'string' },
      control: { type: 'boolean' },
      'token-lifetime': { type: 'string' },
      'wids-in-id-token': { type: 'boolean' },
      'expose-retry-after': { type: 'boolean' },
      'report-lag-minutes': { type: 'string' },
      'reports-limit': { type: 'string' },
      'fresh-mfa': { type: 'string' },
      'mfa-at-sign-in': { type: 'boolean' },
      'hostile-users': { type: 'boolean' },
    },
    strict: true,
  });
  const int = (value: string | undefined, fallback: number, name: string, min: number) => {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number ≥ ${min}`);
    return n;
  };
  const freshMfa = values['fresh-mfa'] ?? DEFAULT_OPTIONS.freshMfaForCredentialWrites;
  if (freshMfa !== 'everyone' && freshMfa !== 'selfService' && freshMfa !== 'off')
    throw new Error('--fresh-mfa must be everyone, selfService or off');
  return {
    ...DEFAULT_OPTIONS,
    freshMfaForCredentialWrites: freshMfa,
    mfaAtSignIn: values['mfa-at-sign-in'] ?? false,
    hostileUsers: values['hostile-users'] ?? false,
    stateDir,
    port: int(values.port, DEFAULT_OPTIONS.port, 'port', 0),
    users: int(values.users, DEFAULT_OPTIONS.users, 'users', 6),
    seed: values.seed ?? DEFAULT_OPTIONS.seed,
    control: values.control ?? false,
    tokenLifetimeSeconds: int(
      values['token-lifetime'],
      DEFAULT_OPTIONS.tokenLifetimeSeconds,
      'token-lifetime',
      60,
    ),
    widsInIdToken: values['wids-in-id-token'] ?? false,
    exposeRetryAfter: values['expose-retry-after'] ?? false,
    reportLagMinutes: int(values['report-lag-minutes'], 0, 'report-lag-minutes', 0),
    throttle: {
      ...DEFAULT_OPTIONS.throttle,
      reports: {
        ...DEFAULT_OPTIONS.throttle.reports,
        limit: int(values['reports-limit'], DEFAULT_OPTIONS.throttle.reports.limit, 'reports-limit', 0),
      },
    },
  };
}
