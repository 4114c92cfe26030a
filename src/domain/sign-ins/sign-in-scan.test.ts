import { afterEach, describe, expect, it, vi } from 'vitest';
import { graphGet } from '../../lib/graph/graph-client.ts';
import { GraphError } from '../../lib/graph/graph-error.ts';
import {
  cancelSignInScan,
  getSignInScan,
  resumeSignInScan,
  signInScanShare,
  startSignInScan,
  subscribeSignInScan,
  usedKind,
} from './sign-in-scan.ts';

vi.mock('../../lib/graph/graph-client.ts', () => ({ graphGet: vi.fn() }));
const get = vi.mocked(graphGet);

const NOW = Date.UTC(2026, 11, 7, 12);
const HOUR = 3_600_000;
const step = (method: string, requirement = 'Primary authentication', succeeded = true) => ({
  authenticationMethod: method,
  authenticationStepRequirement: requirement,
  succeeded,
});
const signIn = (userId: string, hoursAgo: number, ...steps: ReturnType<typeof step>[]) => ({
  id: `${userId}-${hoursAgo}`,
  userId,
  createdDateTime: new Date(NOW - hoursAgo * HOUR).toISOString(),
  authenticationDetails: steps,
});

afterEach(() => {
  cancelSignInScan();
  vi.clearAllMocks();
});

describe('the sign-in scan', () => {
  it('reads the window page by page, keeps only who used which kind, and reports how far back it got', async () => {
    get
      .mockResolvedValueOnce({
        value: [
          signIn('a', 1, step('Password'), step('SMS', 'Multifactor authentication')),
          signIn('b', 30, step('FIDO2 security key')),
        ],
        '@odata.nextLink': 'https://graph.test/beta/next',
      })
      .mockResolvedValueOnce({
        value: [
          signIn('c', 100, step('Password'), step('Voice', 'Multifactor authentication', false)),
          signIn('d', 160, step('Quantum')),
        ],
      });
    const seen: number[] = [];
    const unsubscribe = subscribeSignInScan(() => seen.push(signInScanShare(getSignInScan())));
    await startSignInScan(7, NOW);
    unsubscribe();
    const scan = getSignInScan();
    expect(scan.status).toBe('done');
    expect(decodeURIComponent(String(get.mock.calls[0]?.[0]))).toContain(
      `createdDateTime ge ${new Date(NOW - 7 * 24 * HOUR).toISOString()} and createdDateTime le ${new Date(NOW).toISOString()}`,
    );
    expect(get.mock.calls[1]?.[0]).toBe('https://graph.test/beta/next');
    expect(get.mock.calls[0]?.[1]).toMatchObject({ version: 'beta', pacer: 'reports' });
    expect(usedKind(scan.usage.get('a'), 'phone', 'secondFactor')).toBe(true);
    expect(usedKind(scan.usage.get('a'), 'password')).toBe(true);
    expect(usedKind(scan.usage.get('b'), 'fido2')).toBe(true);
    // A failed step is no use; an unknown name is listed, never counted.
    expect(usedKind(scan.usage.get('c'), 'phone')).toBe(false);
    expect(scan.unknownNames).toEqual(['Quantum']);
    expect(scan.signIns).toBe(4);
    expect(seen.some((share) => share > 0 && share < 1)).toBe(true);
  });

  it('cannot resume a page Graph refuses, and a scan started anew drops the old one’s late page', async () => {
    get
      .mockResolvedValueOnce({
        value: [signIn('a', 1, step('SMS'))],
        '@odata.nextLink': 'https://graph.test/p2',
      })
      .mockRejectedValueOnce(
        new GraphError({ status: 400, code: 'BadRequest', message: 'Invalid $skiptoken' }),
      );
    await startSignInScan(7, NOW);
    expect(getSignInScan()).toMatchObject({ status: 'failed', resumeFrom: undefined });

    let release: (page: unknown) => void = () => undefined;
    get.mockImplementationOnce(() => new Promise((resolve) => (release = resolve)));
    const first = startSignInScan(7, NOW);
    get.mockResolvedValueOnce({ value: [signIn('b', 2, step('Voice'))] });
    await startSignInScan(1, NOW);
    release({ value: [signIn('late', 3, step('SMS'))] });
    await first;
    const scan = getSignInScan();
    expect(scan).toMatchObject({ status: 'done', days: 1, signIns: 1 });
    expect(scan.usage.has('late')).toBe(false);
  });

  it('keeps what it counted when refused, and resumes from the page it stopped at', async () => {
    get
      .mockResolvedValueOnce({
        value: [signIn('a', 1, step('SMS'))],
        '@odata.nextLink': 'https://graph.test/p2',
      })
      .mockRejectedValueOnce(new GraphError({ status: 429, code: 'TooManyRequests', message: 'slow down' }))
      .mockResolvedValueOnce({ value: [signIn('b', 50, step('Voice'))] });
    await startSignInScan(7, NOW);
    expect(getSignInScan()).toMatchObject({
      status: 'failed',
      resumeFrom: 'https://graph.test/p2',
      signIns: 1,
    });
    await resumeSignInScan();
    const scan = getSignInScan();
    expect(scan.status).toBe('done');
    expect(get.mock.calls.map((c) => c[0]).slice(1)).toEqual([
      'https://graph.test/p2',
      'https://graph.test/p2',
    ]);
    expect([usedKind(scan.usage.get('a'), 'phone'), usedKind(scan.usage.get('b'), 'phone')]).toEqual([
      true,
      true,
    ]);
  });
});
