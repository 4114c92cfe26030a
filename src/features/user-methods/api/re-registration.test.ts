import { afterEach, describe, expect, it, vi } from 'vitest';
import { graphRequest } from '../../../lib/graph/graph-client.ts';
import { GraphError } from '../../../lib/graph/graph-error.ts';
import type { PlanStep } from '../lib/re-registration-plan.ts';
import { runReRegistration, type StepResult } from './re-registration.ts';

vi.mock('../../../lib/graph/graph-client.ts', () => ({ graphRequest: vi.fn() }));
const request = vi.mocked(graphRequest);

const step = (id: string, type: string): PlanStep => ({
  key: `delete:${id}`,
  type: 'delete',
  kind: type === 'phone' ? 'phone' : 'microsoftAuthenticator',
  method: { id },
});
const STEPS: PlanStep[] = [
  { key: 'default', type: 'setDefault', value: 'push' },
  step('mobile', 'phone'),
  step('app', 'authenticator'),
];
const error = (status: number) => new GraphError({ status, code: `c${status}`, message: 'no' });

async function run(steps = STEPS, shouldStop = () => false) {
  const results: [string, StepResult['status']][] = [];
  await runReRegistration('u1', steps, { onResult: (key, r) => results.push([key, r.status]), shouldStop });
  return results.filter(([, status]) => status !== 'running');
}

afterEach(() => request.mockReset());

describe('runReRegistration', () => {
  it('runs the steps in order with the type-specific calls', async () => {
    request.mockResolvedValue(undefined);
    expect(await run()).toEqual([
      ['default', 'done'],
      ['delete:mobile', 'done'],
      ['delete:app', 'done'],
    ]);
    expect(request.mock.calls.map(([path, o]) => `${o.method} ${path}`)).toEqual([
      'PATCH /users/u1/authentication/signInPreferences',
      'DELETE /users/u1/authentication/phoneMethods/mobile',
      'DELETE /users/u1/authentication/microsoftAuthenticatorMethods/app',
    ]);
  });

  it('treats a 404 as already gone and goes on after a failure', async () => {
    request
      .mockResolvedValueOnce(undefined)
      .mockRejectedValueOnce(error(404))
      .mockRejectedValueOnce(error(503));
    expect(await run()).toEqual([
      ['default', 'done'],
      ['delete:mobile', 'alreadyGone'],
      ['delete:app', 'failed'],
    ]);
  });

  it('skips the rest after a refusal of access', async () => {
    request.mockRejectedValueOnce(error(403));
    expect(await run()).toEqual([
      ['default', 'failed'],
      ['delete:mobile', 'skipped'],
      ['delete:app', 'skipped'],
    ]);
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('stops before the next step when asked', async () => {
    request.mockResolvedValue(undefined);
    let calls = 0;
    expect(await run(STEPS, () => calls++ >= 1)).toEqual([
      ['default', 'done'],
      ['delete:mobile', 'skipped'],
      ['delete:app', 'skipped'],
    ]);
  });
});
