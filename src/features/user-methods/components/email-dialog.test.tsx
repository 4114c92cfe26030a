// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { graphRequest } from '../../../lib/graph/graph-client.ts';
import { graphKeys } from '../../../lib/graph/query-keys.ts';
import { graphError, renderWithClient, TARGET } from '../testing/render-with-client.tsx';
import { EmailDialog } from './email-dialog.tsx';

vi.mock('../../../lib/graph/graph-client.ts', () => ({
  graphGet: vi.fn(),
  graphRequest: vi.fn(),
  graphRequestWithLocation: vi.fn(),
}));
const request = vi.mocked(graphRequest);

function setup(existing?: string) {
  const onClose = vi.fn();
  const onDone = vi.fn();
  const view = renderWithClient(
    <EmailDialog user={TARGET} existing={existing} onClose={onClose} onDone={onDone} />,
  );
  return { ...view, onClose, onDone };
}

afterEach(() => {
  cleanup();
  request.mockReset();
});

describe('EmailDialog', () => {
  it('adds an email with one POST, names the user, and refreshes the page and reports', async () => {
    request.mockResolvedValue({});
    const { onDone, invalidated } = setup();
    expect(screen.getByRole('dialog')).toHaveTextContent('alice@contoso.com');
    await userEvent.type(screen.getByTestId('email-address'), ' kim@fabrikam.com ');
    await userEvent.dblClick(screen.getByTestId('email-submit'));
    await waitFor(() =>
      expect(onDone).toHaveBeenCalledWith(expect.stringContaining('Added kim@fabrikam.com')),
    );
    expect(request).toHaveBeenCalledTimes(1);
    expect(request.mock.calls[0]![0]).toBe('/users/u1/authentication/emailMethods');
    expect(request.mock.calls[0]![1]).toMatchObject({
      method: 'POST',
      body: { emailAddress: 'kim@fabrikam.com' },
    });
    expect(invalidated).toEqual([graphKeys.userPage('u1'), graphKeys.reports()]);
  });

  it('replaces an existing email with a PATCH on the well-known id', async () => {
    request.mockResolvedValue(undefined);
    const { onDone } = setup('old@fabrikam.com');
    expect(screen.getByTestId('email-replace-note')).toHaveTextContent('old@fabrikam.com');
    await userEvent.type(screen.getByTestId('email-address'), 'new@fabrikam.com');
    await userEvent.click(screen.getByTestId('email-submit'));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(expect.stringContaining('Replaced')));
    expect(request.mock.calls[0]![0]).toBe(
      '/users/u1/authentication/emailMethods/3ddfcfc8-9383-446f-83cc-3ab9be4be18f',
    );
    expect(request.mock.calls[0]![1]).toMatchObject({ method: 'PATCH' });
  });

  it('refuses an invalid address, the same address, and the UPN, without calling Graph', async () => {
    setup('old@fabrikam.com');
    const input = screen.getByTestId('email-address');
    await userEvent.type(input, 'kim@fabrikam');
    await userEvent.click(screen.getByTestId('email-submit'));
    expect(screen.getByText(/not an email address/)).toBeInTheDocument();
    await userEvent.clear(input);
    await userEvent.type(input, 'OLD@fabrikam.com');
    await userEvent.click(screen.getByTestId('email-submit'));
    expect(screen.getByText(/already use/)).toBeInTheDocument();
    await userEvent.clear(input);
    await userEvent.type(input, 'alice@contoso.com');
    await userEvent.click(screen.getByTestId('email-submit'));
    expect(screen.getByText(/own sign-in name/)).toBeInTheDocument();
    expect(request).not.toHaveBeenCalled();
  });

  it('shows a Graph error inline with code and request-id and lets the agent try again', async () => {
    request.mockRejectedValueOnce(graphError(400, 'badRequest', 'req-400')).mockResolvedValueOnce({});
    const { onDone } = setup();
    await userEvent.type(screen.getByTestId('email-address'), 'kim@fabrikam.com');
    await userEvent.click(screen.getByTestId('email-submit'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('badRequest');
    expect(alert).toHaveTextContent('request-id req-400');
    expect(screen.getByTestId('email-address')).toHaveValue('kim@fabrikam.com');
    await userEvent.click(screen.getByTestId('email-submit'));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(request).toHaveBeenCalledTimes(2);
  });
});
