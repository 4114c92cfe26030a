// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { graphRequest } from '../../../lib/graph/graph-client.ts';
import { graphKeys } from '../../../lib/graph/query-keys.ts';
import { graphError, renderWithClient, TARGET } from '../testing/render-with-client.tsx';
import { DeleteMethodDialog } from './delete-method-dialog.tsx';

vi.mock('../../../lib/graph/graph-client.ts', () => ({
  graphGet: vi.fn(),
  graphRequest: vi.fn(),
  graphRequestWithLocation: vi.fn(),
}));
const request = vi.mocked(graphRequest);

const KEY = {
  '@odata.type': '#microsoft.graph.fido2AuthenticationMethod',
  id: '-2_key/1',
  displayName: 'Work YubiKey',
  model: 'YubiKey 5 NFC',
};
const PHONE = {
  '@odata.type': '#microsoft.graph.phoneAuthenticationMethod',
  id: '3179e48a-750b-4051-897c-87b9720928f7',
  phoneNumber: '+1 2065550100',
  phoneType: 'mobile',
};

function setup(method: object = KEY, isDefault = false) {
  const onClose = vi.fn();
  const onDone = vi.fn();
  const view = renderWithClient(
    <DeleteMethodDialog
      user={TARGET}
      method={method}
      isDefault={isDefault}
      onClose={onClose}
      onDone={onDone}
    />,
  );
  return { ...view, onClose, onDone };
}

afterEach(() => {
  cleanup();
  request.mockReset();
});

describe('DeleteMethodDialog', () => {
  it('names the key and the user, and needs the UPN typed before a passkey can be deleted', async () => {
    request.mockResolvedValue(undefined);
    const { onDone, invalidated } = setup();
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveTextContent('Work YubiKey');
    expect(dialog).toHaveTextContent('YubiKey 5 NFC');
    expect(dialog).toHaveTextContent('Alice Example');
    expect(dialog).toHaveTextContent('alice@contoso.com');
    const button = screen.getByTestId('delete-confirm');
    expect(button).toBeDisabled();
    await userEvent.type(screen.getByTestId('delete-confirm-input'), 'alice@contoso');
    expect(button).toBeDisabled();
    await userEvent.type(screen.getByTestId('delete-confirm-input'), '.COM');
    expect(button).toBeEnabled();
    await userEvent.dblClick(button);
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(expect.stringContaining('Deleted the passkey')));
    expect(request).toHaveBeenCalledTimes(1);
    expect(request.mock.calls[0]![0]).toBe('/users/u1/authentication/fido2Methods/-2_key%2F1');
    expect(request.mock.calls[0]![1]).toMatchObject({ method: 'DELETE' });
    expect(invalidated).toEqual([graphKeys.userPage('u1'), graphKeys.reports()]);
  });

  it("also accepts the key's display name as confirmation", async () => {
    setup();
    await userEvent.type(screen.getByTestId('delete-confirm-input'), 'Work YubiKey');
    expect(screen.getByTestId('delete-confirm')).toBeEnabled();
  });

  it('uses the type-specific path for other kinds, with no typed confirmation', async () => {
    request.mockResolvedValue(undefined);
    const { onDone } = setup(PHONE, true);
    expect(screen.getByRole('dialog')).toHaveTextContent('default sign-in method');
    expect(screen.queryByTestId('delete-confirm-input')).toBeNull();
    await userEvent.click(screen.getByTestId('delete-confirm'));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(request.mock.calls[0]![0]).toBe(
      '/users/u1/authentication/phoneMethods/3179e48a-750b-4051-897c-87b9720928f7',
    );
  });

  it('a 404 means it was deleted elsewhere: closes, refreshes and says so', async () => {
    request.mockRejectedValue(graphError(404, 'itemNotFound'));
    const { onDone, invalidated } = setup(PHONE);
    await userEvent.click(screen.getByTestId('delete-confirm'));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(expect.stringContaining('already been removed')));
    expect(invalidated).toContainEqual(graphKeys.userPage('u1'));
  });

  it('shows a Graph error inline with code and request-id, and explains a 403', async () => {
    request.mockRejectedValue(graphError(403, 'Authorization_RequestDenied', 'req-403'));
    const { onDone } = setup(PHONE);
    await userEvent.click(screen.getByTestId('delete-confirm'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Authorization_RequestDenied');
    expect(alert).toHaveTextContent('request-id req-403');
    expect(alert).toHaveTextContent('Privileged Authentication Administrator');
    expect(onDone).not.toHaveBeenCalled();
    expect(screen.getByTestId('delete-confirm')).toBeEnabled();
  });

  it('closing mid-request leaves no stray notice', async () => {
    let resolve: () => void = () => {};
    request.mockReturnValue(new Promise<undefined>((r) => (resolve = () => r(undefined))));
    const { onDone, unmount, invalidated } = setup(PHONE);
    await userEvent.click(screen.getByTestId('delete-confirm'));
    unmount();
    resolve();
    await waitFor(() => expect(invalidated).toContainEqual(graphKeys.userPage('u1')));
    expect(onDone).not.toHaveBeenCalled();
  });
});
