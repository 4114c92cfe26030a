// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { graphRequest } from '../../../lib/graph/graph-client.ts';
import { graphKeys } from '../../../lib/graph/query-keys.ts';
import { graphError, renderWithClient, TARGET } from '../testing/render-with-client.tsx';
import { ReRegistrationWizard } from './re-registration-wizard.tsx';

vi.mock('../../../lib/graph/graph-client.ts', () => ({
  graphGet: vi.fn(),
  graphRequest: vi.fn(),
  graphRequestWithLocation: vi.fn(),
}));
const request = vi.mocked(graphRequest);

const method = (type: string, id: string, extra: object = {}) => ({
  '@odata.type': `#microsoft.graph.${type}AuthenticationMethod`,
  id,
  ...extra,
});
const METHODS = [
  method('password', 'pw'),
  method('phone', 'mobile', { phoneType: 'mobile', phoneNumber: '+1 2065550100' }),
  method('phone', 'alt', { phoneType: 'alternateMobile', phoneNumber: '+1 2065550101' }),
  method('microsoftAuthenticator', 'app', { displayName: 'Pixel 8' }),
  method('softwareOath', 'oath'),
  method('fido2', 'key', { displayName: 'Work YubiKey' }),
];
const PREFS = { userPreferredMethodForSecondaryAuthentication: 'sms' as const };

function setup() {
  const onDone = vi.fn();
  const onIssueTap = vi.fn();
  const view = renderWithClient(
    <ReRegistrationWizard
      user={TARGET}
      methods={METHODS}
      preferences={PREFS}
      onClose={vi.fn()}
      onDone={onDone}
      onIssueTap={onIssueTap}
    />,
  );
  return { ...view, onDone, onIssueTap };
}
const calls = () =>
  request.mock.calls.map(([path, o]) => `${o.method} ${path.replace('/users/u1/authentication/', '')}`);

afterEach(() => {
  cleanup();
  request.mockReset();
});

describe('ReRegistrationWizard', () => {
  it('previews the order, keeps what is not MFA, then removes each method in that order', async () => {
    request.mockResolvedValue(undefined);
    const { onDone, onIssueTap, invalidated } = setup();
    const preview = screen.getByTestId('rereg-preview');
    expect(
      within(preview)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringContaining('Microsoft Authenticator notification” the default'),
      expect.stringContaining('software OATH token'),
      expect.stringContaining('Alternate mobile phone'),
      expect.stringContaining('Mobile phone'),
      expect.stringContaining('Pixel 8'),
    ]);
    expect(screen.getByTestId('rereg-kept')).toHaveTextContent('Work YubiKey');
    expect(screen.getByTestId('rereg-kept')).toHaveTextContent('password');
    expect(screen.getByTestId('rereg-kept-security-questions')).toHaveTextContent(
      'Security questions, if the user set any — Graph cannot list or remove them',
    );
    await userEvent.dblClick(screen.getByTestId('rereg-start'));
    await waitFor(() => expect(screen.getByTestId('rereg-close')).toBeInTheDocument());
    expect(calls()).toEqual([
      'PATCH signInPreferences',
      'DELETE softwareOathMethods/oath',
      'DELETE phoneMethods/alt',
      'DELETE phoneMethods/mobile',
      'DELETE microsoftAuthenticatorMethods/app',
    ]);
    expect(screen.getByTestId('rereg-progress')).toHaveTextContent('Removed 4 of 4 methods');
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    expect(invalidated).toContainEqual(graphKeys.userPage('u1'));
    await userEvent.click(screen.getByTestId('rereg-tap'));
    expect(onIssueTap).toHaveBeenCalled();
    await userEvent.click(screen.getByTestId('rereg-close'));
    expect(onDone).toHaveBeenCalledWith('Removed 4 of 4 methods from Alice Example.');
  });

  it('shows each failure with Graph’s code and request-id, and retries only the failed ones', async () => {
    let failAlternate = true;
    request.mockImplementation(async (path) => {
      if (path.endsWith('phoneMethods/alt') && failAlternate)
        throw graphError(503, 'serviceUnavailable', 'req-503');
    });
    setup();
    await userEvent.click(screen.getByTestId('rereg-start'));
    await waitFor(() => expect(screen.getByTestId('rereg-retry')).toHaveTextContent('Retry 1 failed'));
    const failed = screen.getAllByTestId('rereg-step').filter((s) => s.dataset.status === 'failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toHaveTextContent('serviceUnavailable');
    expect(failed[0]).toHaveTextContent('req-503');
    request.mockClear();
    failAlternate = false;
    await userEvent.click(screen.getByTestId('rereg-retry'));
    await waitFor(() => expect(screen.queryByTestId('rereg-retry')).toBeNull());
    expect(calls()).toEqual(['DELETE phoneMethods/alt']);
  });

  it('removing passkeys too needs the UPN typed', async () => {
    request.mockResolvedValue(undefined);
    setup();
    await userEvent.click(screen.getByTestId('rereg-passwordless'));
    expect(screen.getByTestId('rereg-preview')).toHaveTextContent('Work YubiKey');
    expect(screen.getByTestId('rereg-start')).toBeDisabled();
    await userEvent.type(screen.getByTestId('rereg-confirm-input'), 'ALICE@contoso.com');
    expect(screen.getByTestId('rereg-start')).toHaveTextContent('Remove 5 methods');
    await userEvent.click(screen.getByTestId('rereg-start'));
    await waitFor(() => expect(screen.getByTestId('rereg-close')).toBeInTheDocument());
    expect(calls()).toContain('DELETE fido2Methods/key');
  });

  it('stops after a refusal of access and says why the rest were skipped', async () => {
    request.mockRejectedValue(graphError(403, 'Authorization_RequestDenied', 'req-403'));
    setup();
    await userEvent.click(screen.getByTestId('rereg-start'));
    await waitFor(() => expect(screen.getByTestId('rereg-close')).toBeInTheDocument());
    expect(request).toHaveBeenCalledTimes(1);
    const statuses = screen.getAllByTestId('rereg-step').map((s) => s.dataset.status);
    expect(statuses).toEqual(['failed', 'skipped', 'skipped', 'skipped', 'skipped']);
    expect(screen.getAllByTestId('rereg-step')[0]).toHaveTextContent(
      'Privileged Authentication Administrator',
    );
  });
});
