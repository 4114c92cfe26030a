// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The popup's outcome, set per test.
const answerSessionChallenge = vi.fn();
vi.mock('../../lib/auth/token-provider.ts', () => ({ answerSessionChallenge }));
const { clearSessionChallenge, currentSessionChallenge, reportSessionChallenge, sessionChallengeSettled } =
  await import('../../lib/auth/session-challenge.ts');
const { LazySessionChallenge } = await import('./lazy-session-challenge.tsx');

const STEP_UP = {
  scopes: ['UserAuthenticationMethod.ReadWrite.All'],
  claims: '{"access_token":{"amr":{"essential":true,"values":["ngcmfa"]}}}',
  stepUp: true,
};

afterEach(() => {
  cleanup();
  act(() => clearSessionChallenge());
  answerSessionChallenge.mockReset();
});

describe('the step-up a credential write waits on', () => {
  it('is one dialog from the shell; the copies inside other dialogs leave it to that one', async () => {
    render(
      <>
        <LazySessionChallenge answersStepUp />
        <LazySessionChallenge />
      </>,
    );
    act(() => reportSessionChallenge(STEP_UP));
    expect(await screen.findByRole('dialog', { name: /Verify it’s you/ })).toBeInTheDocument();
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
  });

  it('says why a verification failed and lets the operator try again; success lets the write go on', async () => {
    answerSessionChallenge
      .mockRejectedValueOnce(new Error('user_cancelled: the popup was closed'))
      .mockImplementationOnce(async () => clearSessionChallenge());
    render(<LazySessionChallenge answersStepUp />);
    act(() => reportSessionChallenge(STEP_UP));
    const waiting = sessionChallengeSettled();
    fireEvent.click(await screen.findByRole('button', { name: 'Verify' }));
    expect(await screen.findByText(/the popup was closed/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    await expect(waiting).resolves.toBeUndefined();
    expect(answerSessionChallenge).toHaveBeenCalledWith(STEP_UP);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('leaves the write unsent when the operator cancels', async () => {
    render(<LazySessionChallenge answersStepUp />);
    act(() => reportSessionChallenge(STEP_UP));
    const waiting = sessionChallengeSettled();
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    await expect(waiting).rejects.toThrow(/was not completed/);
    expect(currentSessionChallenge()).toBeUndefined();
    expect(answerSessionChallenge).not.toHaveBeenCalled();
  });
});
