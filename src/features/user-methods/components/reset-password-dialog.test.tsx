// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { graphGet, graphRequestWithLocation } from '../../../lib/graph/graph-client.ts';
import { graphKeys } from '../../../lib/graph/query-keys.ts';
import { cachesContain, graphError, renderWithClient, TARGET } from '../testing/render-with-client.tsx';
import { ResetPasswordDialog } from './reset-password-dialog.tsx';

vi.mock('../../../lib/graph/graph-client.ts', () => ({
  graphGet: vi.fn(),
  graphRequest: vi.fn(),
  graphRequestWithLocation: vi.fn(),
}));
const get = vi.mocked(graphGet);
const post = vi.mocked(graphRequestWithLocation);

const LOCATION = 'https://graph.example/beta/users/u1/authentication/operations/op-1?aadgdc=x';
const GENERATED = 'Maple1234-abc!';

const BEFORE = '2026-01-02T03:04:05Z';

/** The operation's answers in turn, and the password method's last change (read before the reset). */
function graphAnswers(polls: object[], changed: string[] = [BEFORE]) {
  get.mockImplementation(async (path: string) =>
    path === LOCATION
      ? polls.shift()
      : { createdDateTime: changed.length > 1 ? changed.shift() : changed[0] },
  );
}

const setup = () =>
  renderWithClient(<ResetPasswordDialog user={TARGET} onClose={vi.fn()} pollIntervalMs={5} />);

afterEach(() => {
  cleanup();
  get.mockReset();
  post.mockReset();
});

describe('ResetPasswordDialog', () => {
  it('system-generated: polls the Location until succeeded, then shows the password once', async () => {
    post.mockResolvedValue({ body: { newPassword: GENERATED }, location: LOCATION });
    graphAnswers([{ status: 'running' }, { status: 'succeeded' }]);
    const { client, invalidated } = setup();
    await userEvent.click(screen.getByTestId('reset-password-submit'));
    expect(await screen.findByTestId('reset-succeeded')).toBeInTheDocument();
    expect(screen.getByTestId('secret-value')).toHaveTextContent(GENERATED);
    expect(post.mock.calls[0]![0]).toBe(
      '/users/u1/authentication/passwordMethods/28c10230-6103-485e-b985-444c60001490/resetPassword',
    );
    expect(post.mock.calls[0]![1]).toMatchObject({ method: 'POST', version: 'beta', body: {} });
    expect(get.mock.calls.filter(([path]) => path === LOCATION)).toHaveLength(2);
    expect(invalidated).toEqual([graphKeys.userPage('u1'), graphKeys.reports()]);
    expect(cachesContain(client, GENERATED)).toBe(false);
  });

  it('admin-provided: checks the policy hint before sending, and keeps the password out of the caches', async () => {
    post.mockResolvedValue({ body: {}, location: LOCATION });
    graphAnswers([{ status: 'succeeded' }]);
    const { client } = setup();
    await userEvent.click(screen.getByLabelText('Type a password'));
    const field = screen.getByLabelText('New password');
    await userEvent.type(field, 'alllowercase');
    await userEvent.click(screen.getByTestId('reset-password-submit'));
    expect(screen.getByRole('dialog')).toHaveTextContent('Use three of');
    expect(post).not.toHaveBeenCalled();
    await userEvent.clear(field);
    await userEvent.type(field, 'Tr1cky-Horse');
    await userEvent.click(screen.getByTestId('reset-password-submit'));
    expect(await screen.findByTestId('reset-succeeded')).toBeInTheDocument();
    expect(screen.queryByTestId('secret-value')).toBeNull();
    expect(post.mock.calls[0]![1]).toMatchObject({ body: { newPassword: 'Tr1cky-Horse' } });
    expect(cachesContain(client, 'Tr1cky-Horse')).toBe(false);
  });

  it('a failed operation is an error and reveals no password', async () => {
    post.mockResolvedValue({ body: { newPassword: GENERATED }, location: LOCATION });
    graphAnswers([{ status: 'failed', statusDetail: 'ResetFailed' }]);
    setup();
    await userEvent.click(screen.getByTestId('reset-password-submit'));
    expect(await screen.findByRole('alert')).toHaveTextContent('ResetFailed');
    expect(screen.queryByText(GENERATED)).toBeNull();
  });

  it('a lost answer: a changed password counts as done for a typed password', async () => {
    post.mockRejectedValue(graphError(0, 'NetworkError', 'req-lost'));
    graphAnswers([], [BEFORE, '2026-11-23T10:00:00Z']);
    setup();
    await userEvent.click(screen.getByLabelText('Type a password'));
    await userEvent.type(screen.getByLabelText('New password'), 'Tr1cky-Horse');
    await userEvent.click(screen.getByTestId('reset-password-submit'));
    expect(await screen.findByTestId('reset-succeeded')).toBeInTheDocument();
    expect(post).toHaveBeenCalledTimes(1);
  });

  it('a lost answer with a generated password: reset, but the password is gone, and the agent is told', async () => {
    post.mockRejectedValue(graphError(0, 'NetworkError', 'req-lost'));
    graphAnswers([], [BEFORE, '2026-11-23T10:00:00Z']);
    setup();
    await userEvent.click(screen.getByTestId('reset-password-submit'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The password WAS reset');
    expect(alert).toHaveTextContent('request-id req-lost');
  });

  it('a lost answer with no change: sending again is safe', async () => {
    post.mockRejectedValue(graphError(504, 'GatewayTimeout', 'req-504'));
    graphAnswers([]);
    setup();
    await userEvent.click(screen.getByTestId('reset-password-submit'));
    expect(await screen.findByRole('alert')).toHaveTextContent('sending it again is safe');
  });

  it('shows a Graph error inline with code and request-id', async () => {
    post.mockRejectedValue(graphError(403, 'Authorization_RequestDenied', 'req-pw'));
    setup();
    await userEvent.click(screen.getByTestId('reset-password-submit'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Authorization_RequestDenied');
    expect(alert).toHaveTextContent('request-id req-pw');
  });
});
