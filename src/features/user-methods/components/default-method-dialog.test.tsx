// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { graphRequest } from '../../../lib/graph/graph-client.ts';
import { graphKeys } from '../../../lib/graph/query-keys.ts';
import { graphError, renderWithClient, TARGET } from '../testing/render-with-client.tsx';
import { DefaultMethodDialog } from './default-method-dialog.tsx';

vi.mock('../../../lib/graph/graph-client.ts', () => ({
  graphGet: vi.fn(),
  graphRequest: vi.fn(),
  graphRequestWithLocation: vi.fn(),
}));
const request = vi.mocked(graphRequest);

const MOBILE = {
  '@odata.type': '#microsoft.graph.phoneAuthenticationMethod',
  id: '3179e48a-750b-4051-897c-87b9720928f7',
  phoneType: 'mobile',
};
const AUTHENTICATOR = {
  '@odata.type': '#microsoft.graph.microsoftAuthenticatorAuthenticationMethod',
  id: 'a1',
};
const KEY = { '@odata.type': '#microsoft.graph.fido2AuthenticationMethod', id: 'k1' };

function setup(
  methods: object[],
  preferences: object = { userPreferredMethodForSecondaryAuthentication: 'sms' },
) {
  const onDone = vi.fn();
  const view = renderWithClient(
    <DefaultMethodDialog
      user={TARGET}
      methods={methods}
      preferences={preferences}
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

describe('DefaultMethodDialog', () => {
  it('offers only backed methods, marks the current one, and PATCHes beta signInPreferences', async () => {
    request.mockResolvedValue(undefined);
    const { onDone, invalidated } = setup([MOBILE, AUTHENTICATOR, KEY]);
    const radios = screen.getAllByRole('radio');
    expect(radios).toHaveLength(4);
    expect(screen.getByTestId('default-option-sms')).toHaveTextContent('(current)');
    expect(screen.getByTestId('default-submit')).toBeDisabled();
    await userEvent.click(screen.getByLabelText('Microsoft Authenticator notification'));
    await userEvent.dblClick(screen.getByTestId('default-submit'));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(expect.stringContaining('Authenticator')));
    expect(request).toHaveBeenCalledTimes(1);
    expect(request.mock.calls[0]![0]).toBe('/users/u1/authentication/signInPreferences');
    expect(request.mock.calls[0]![1]).toMatchObject({
      method: 'PATCH',
      version: 'beta',
      body: { userPreferredMethodForSecondaryAuthentication: 'push' },
    });
    expect(invalidated).toContainEqual(graphKeys.userPage('u1'));
  });

  it('says so when no method can be a default', () => {
    setup([KEY], {});
    expect(screen.getByTestId('default-none')).toBeInTheDocument();
    expect(screen.getByTestId('default-submit')).toBeDisabled();
  });

  it('warns that system-preferred MFA overrides the choice', () => {
    setup([MOBILE], { isSystemPreferredAuthenticationMethodEnabled: true });
    expect(screen.getByTestId('default-system-preferred')).toHaveTextContent('strongest method');
  });

  it('shows Graph’s refusal inline with code and request-id', async () => {
    request.mockRejectedValue(graphError(400, 'badRequest', 'req-def'));
    const { onDone } = setup([MOBILE, AUTHENTICATOR]);
    await userEvent.click(screen.getByLabelText('Phone call to the mobile phone'));
    await userEvent.click(screen.getByTestId('default-submit'));
    const dialog = screen.getByRole('dialog');
    await waitFor(() => expect(dialog).toHaveTextContent('badRequest'));
    expect(dialog).toHaveTextContent('request-id req-def');
    expect(onDone).not.toHaveBeenCalled();
  });
});
