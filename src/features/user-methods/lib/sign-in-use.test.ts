import { describe, expect, it } from 'vitest';
import type { GraphMethod } from '../../../domain/auth-methods/graph-method.ts';
import type { SignInEvent } from '../../../domain/sign-ins/step-kinds.ts';
import { signInUse, unusedKinds } from './sign-in-use.ts';

const step = (method: string, at: string, requirement = 'Primary authentication', succeeded = true) => ({
  authenticationMethod: method,
  authenticationStepDateTime: at,
  authenticationStepRequirement: requirement,
  succeeded,
});
const signIn = (id: string, ...steps: ReturnType<typeof step>[]): SignInEvent => ({
  id,
  createdDateTime: steps[0]?.authenticationStepDateTime,
  authenticationDetails: steps,
});
const method = (type: string, lastUsedDateTime: string | null = null): GraphMethod => ({
  '@odata.type': `#microsoft.graph.${type}`,
  id: type,
  lastUsedDateTime,
});

describe('signInUse', () => {
  const methods = [
    method('passwordAuthenticationMethod'),
    method('phoneAuthenticationMethod', '2026-11-01T00:00:00Z'),
    method('fido2AuthenticationMethod'),
    method('softwareOathAuthenticationMethod'),
  ];

  it('takes the latest successful use per kind, first step and second apart, beside Graph’s date', () => {
    const use = signInUse(
      [
        signIn(
          'a',
          step('Password', '2026-12-05T09:00:00Z'),
          step('SMS', '2026-12-05T09:00:09Z', 'Multifactor authentication'),
        ),
        signIn(
          'b',
          step('Password', '2026-12-06T09:00:00Z'),
          step('Text message', '2026-12-06T09:00:05Z', 'Multifactor authentication', false),
        ),
        signIn('c', step('FIDO2 security key', '2026-12-04T08:00:00Z')),
        signIn('d', step('Previously satisfied', '2026-12-07T08:00:00Z')),
      ],
      methods,
    );
    const phone = use.kinds.find((k) => k.kind === 'phone');
    expect(phone).toMatchObject({
      lastMfa: '2026-12-05T09:00:09Z',
      signIns: 1,
      graphLastUsed: '2026-11-01T00:00:00Z',
    });
    expect(phone?.lastPrimary).toBeUndefined();
    expect(use.kinds.find((k) => k.kind === 'password')).toMatchObject({
      lastPrimary: '2026-12-06T09:00:00Z',
      signIns: 2,
    });
    expect(use.kinds.find((k) => k.kind === 'fido2')?.lastPrimary).toBe('2026-12-04T08:00:00Z');
    expect(unusedKinds(use).map((k) => k.kind)).toEqual(['softwareOath']);
    expect(use.signIns).toBe(4);
  });

  it('names methods it does not know, and a used kind no longer registered, without guessing', () => {
    const use = signInUse(
      [
        signIn(
          'a',
          step('Phone call approval (Office phone)', '2026-12-05T09:00:00Z', 'Multifactor authentication'),
        ),
        signIn('b', step('Quantum token', '2026-12-05T10:00:00Z'), step('', '2026-12-05T10:00:00Z')),
        { id: 'c', createdDateTime: '2026-12-05T11:00:00Z', authenticationDetails: null },
      ],
      [method('passwordAuthenticationMethod')],
    );
    expect(use.unknownSteps).toEqual(['Quantum token']);
    expect(use.kinds.find((k) => k.kind === 'phone')).toMatchObject({ registered: false, signIns: 1 });
  });

  it('gives an OATH code to the hardware token of a user who has no software one, and counts only sign-ins that went through', () => {
    const failed = { ...signIn('f', step('Password', '2026-12-05T10:00:00Z')), status: { errorCode: 50126 } };
    const use = signInUse(
      [
        signIn(
          'a',
          step('Password', '2026-12-05T09:00:00Z'),
          step('OATH verification code', '2026-12-05T09:00:09Z', 'Multifactor authentication'),
        ),
        failed,
      ],
      [method('passwordAuthenticationMethod'), method('hardwareOathAuthenticationMethod')],
    );
    expect(use.kinds.find((k) => k.kind === 'hardwareOath')).toMatchObject({ registered: true, signIns: 1 });
    expect(use.kinds.find((k) => k.kind === 'softwareOath')).toBeUndefined();
    expect(unusedKinds(use)).toEqual([]);
    expect(use.signIns).toBe(1);
    expect(use.failed).toBe(1);
    expect(use.kinds.find((k) => k.kind === 'password')?.lastPrimary).toBe('2026-12-05T09:00:00Z');
  });

  it('says nothing about what is registered when the methods could not be read', () => {
    const use = signInUse([signIn('a', step('Password', '2026-12-05T09:00:00Z'))], undefined);
    expect(use.kinds).toEqual([
      { kind: 'password', signIns: 1, registered: undefined, lastPrimary: '2026-12-05T09:00:00Z' },
    ]);
    expect(unusedKinds(use)).toEqual([]);
  });
});
