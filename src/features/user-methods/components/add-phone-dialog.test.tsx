// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { graphRequest } from '../../../lib/graph/graph-client.ts';
import { graphKeys } from '../../../lib/graph/query-keys.ts';
import { graphError, renderWithClient, TARGET } from '../testing/render-with-client.tsx';
import { AddPhoneDialog, type ExistingPhone } from './add-phone-dialog.tsx';

vi.mock('../../../lib/graph/graph-client.ts', () => ({
  graphGet: vi.fn(),
  graphRequest: vi.fn(),
  graphRequestWithLocation: vi.fn(),
}));
const request = vi.mocked(graphRequest);

function setup(phones: ExistingPhone[], initialType?: ExistingPhone['phoneType']) {
  const onDone = vi.fn();
  const view = renderWithClient(
    <AddPhoneDialog
      user={TARGET}
      phones={phones}
      initialType={initialType}
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

describe('AddPhoneDialog', () => {
  it("adds a mobile in Graph's +{cc} {subscriber} form", async () => {
    request.mockResolvedValue({});
    const { onDone, invalidated } = setup([]);
    await userEvent.type(screen.getByTestId('phone-number'), '(206) 555-0100');
    expect(screen.getByRole('dialog')).toHaveTextContent('Will be saved as +1 2065550100');
    await userEvent.click(screen.getByTestId('phone-submit'));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(expect.stringContaining('+1 2065550100')));
    expect(request).toHaveBeenCalledWith('/users/u1/authentication/phoneMethods', {
      method: 'POST',
      body: { phoneNumber: '+1 2065550100', phoneType: 'mobile' },
      scopes: expect.any(Array),
    });
    expect(invalidated).toEqual([graphKeys.userPage('u1'), graphKeys.reports()]);
  });

  it('an existing phone of that type is replaced with PATCH, and says so first', async () => {
    request.mockResolvedValue(undefined);
    const { onDone } = setup([{ phoneType: 'office', phoneNumber: '+1 XXXXXXXX00' }], 'office');
    expect(screen.getByTestId('phone-replace-note')).toHaveTextContent('replaces its number');
    await userEvent.type(screen.getByTestId('phone-number'), '+44 20 7946 0018 x12');
    await userEvent.click(screen.getByRole('button', { name: 'Replace number' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(request.mock.calls[0]![0]).toBe(
      '/users/u1/authentication/phoneMethods/e37fc753-ff3b-4958-9484-eaa9425c82bc',
    );
    expect(request.mock.calls[0]![1]).toMatchObject({
      method: 'PATCH',
      body: { phoneNumber: '+44 2079460018x12' },
    });
  });

  it('validates the number and refuses an alternate mobile without a mobile', async () => {
    setup([], 'alternateMobile');
    expect(screen.getByTestId('phone-needs-mobile')).toBeInTheDocument();
    expect(screen.getByTestId('phone-submit')).toBeDisabled();
    cleanup();
    setup([]);
    await userEvent.type(screen.getByTestId('phone-number'), '+1 555 555');
    await userEvent.click(screen.getByTestId('phone-submit'));
    expect(screen.getByRole('dialog')).toHaveTextContent('not a valid phone number');
    expect(request).not.toHaveBeenCalled();
  });

  it('shows a Graph error inline with code and request-id', async () => {
    request.mockRejectedValue(graphError(400, 'badRequest', 'req-ph'));
    setup([]);
    await userEvent.type(screen.getByTestId('phone-number'), '+1 206 555 0100');
    await userEvent.click(screen.getByTestId('phone-submit'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('badRequest');
    expect(alert).toHaveTextContent('request-id req-ph');
  });
});
