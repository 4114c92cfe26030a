// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { graphRequest } from '../../../lib/graph/graph-client.ts';
import { graphKeys } from '../../../lib/graph/query-keys.ts';
import { graphError, renderWithClient, TARGET } from '../testing/render-with-client.tsx';
import { SmsSignInDialog } from './sms-sign-in-dialog.tsx';

vi.mock('../../../lib/graph/graph-client.ts', () => ({
  graphGet: vi.fn(),
  graphRequest: vi.fn(),
  graphRequestWithLocation: vi.fn(),
}));
const request = vi.mocked(graphRequest);
const MOBILE = '/users/u1/authentication/phoneMethods/3179e48a-750b-4051-897c-87b9720928f7';

function setup(state: string) {
  const onDone = vi.fn();
  const view = renderWithClient(
    <SmsSignInDialog
      user={TARGET}
      phoneNumber="+1 2065550100"
      smsSignInState={state}
      onClose={vi.fn()}
      onDone={onDone}
    />,
  );
  return { ...view, onDone };
}

afterEach(() => {
  cleanup();
  request.mockReset();
});

describe('SmsSignInDialog', () => {
  it('enables SMS sign-in on the mobile with one POST and refreshes the page', async () => {
    request.mockResolvedValue(undefined);
    const { onDone, invalidated } = setup('notEnabled');
    expect(screen.getByRole('dialog')).toHaveTextContent('Alice Example');
    expect(screen.getByRole('dialog')).toHaveTextContent('+1 2065550100');
    await userEvent.dblClick(screen.getByTestId('sms-submit'));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(expect.stringContaining('Enabled SMS sign-in')));
    expect(request).toHaveBeenCalledTimes(1);
    expect(request.mock.calls[0]![0]).toBe(`${MOBILE}/enableSmsSignIn`);
    expect(request.mock.calls[0]![1]).toMatchObject({ method: 'POST' });
    expect(invalidated).toContainEqual(graphKeys.userPage('u1'));
  });

  it('disables it when it is ready', async () => {
    request.mockResolvedValue(undefined);
    const { onDone } = setup('ready');
    await userEvent.click(screen.getByTestId('sms-submit'));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(expect.stringContaining('Disabled')));
    expect(request.mock.calls[0]![0]).toBe(`${MOBILE}/disableSmsSignIn`);
  });

  it('explains a state that blocks it and sends nothing', () => {
    setup('phoneNumberNotUnique');
    expect(screen.getByTestId('sms-blocked')).toHaveTextContent('Another user');
    expect(screen.getByTestId('sms-submit')).toBeDisabled();
    expect(request).not.toHaveBeenCalled();
  });

  it('shows Graph’s refusal inline with code and request-id', async () => {
    request.mockRejectedValue(graphError(400, 'badRequest', 'req-sms'));
    const { onDone } = setup('notEnabled');
    await userEvent.click(screen.getByTestId('sms-submit'));
    const dialog = screen.getByRole('dialog');
    await waitFor(() => expect(dialog).toHaveTextContent('badRequest'));
    expect(dialog).toHaveTextContent('request-id req-sms');
    expect(onDone).not.toHaveBeenCalled();
    expect(screen.getByTestId('sms-submit')).toBeEnabled();
  });
});
