// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { graphGet, graphRequest } from '../../../lib/graph/graph-client.ts';
import { graphKeys } from '../../../lib/graph/query-keys.ts';
import { cachesContain, graphError, renderWithClient, TARGET } from '../testing/render-with-client.tsx';
import { IssueTapDialog } from './issue-tap-dialog.tsx';

vi.mock('../../../lib/graph/graph-client.ts', () => ({
  graphGet: vi.fn(),
  graphRequest: vi.fn(),
  graphRequestWithLocation: vi.fn(),
}));
const get = vi.mocked(graphGet);
const request = vi.mocked(graphRequest);

const POLICY = {
  id: 'TemporaryAccessPass',
  state: 'enabled',
  defaultLifetimeInMinutes: 60,
  minimumLifetimeInMinutes: 60,
  maximumLifetimeInMinutes: 480,
  isUsableOnce: false,
};
const CODE = 'Xy7#pQ2!';
const CREATED = {
  id: 'tap-1',
  startDateTime: '2030-01-01T00:00:00Z',
  lifetimeInMinutes: 120,
  isUsableOnce: false,
  temporaryAccessPass: CODE,
};

function setup(hasExistingPass = false) {
  const onClose = vi.fn();
  return {
    ...renderWithClient(<IssueTapDialog user={TARGET} hasExistingPass={hasExistingPass} onClose={onClose} />),
    onClose,
  };
}

afterEach(() => {
  cleanup();
  get.mockReset();
  request.mockReset();
});

describe('IssueTapDialog', () => {
  it('issues within the policy bounds and shows the pass once, never in a cache', async () => {
    get.mockResolvedValue(POLICY);
    request.mockResolvedValue(CREATED);
    const { client, invalidated } = setup(true);
    expect(screen.getByRole('dialog')).toHaveTextContent('replaces it');
    const lifetime = await screen.findByLabelText('Lifetime in minutes');
    expect(lifetime).toHaveValue(60);
    expect(screen.getByRole('dialog')).toHaveTextContent('60 to 480 minutes');
    await userEvent.clear(lifetime);
    await userEvent.type(lifetime, '120');
    await userEvent.click(screen.getByLabelText(/One-time use/));
    await userEvent.dblClick(screen.getByTestId('issue-tap-submit'));
    expect(await screen.findByTestId('secret-value')).toHaveTextContent(CODE);
    expect(screen.getByTestId('shown-once-warning')).toHaveTextContent('will not be shown again');
    expect(request).toHaveBeenCalledTimes(1);
    expect(request.mock.calls[0]![0]).toBe('/users/u1/authentication/temporaryAccessPassMethods');
    expect(request.mock.calls[0]![1]).toMatchObject({
      method: 'POST',
      body: { lifetimeInMinutes: 120, isUsableOnce: false },
    });
    expect(invalidated).toEqual([graphKeys.userPage('u1'), graphKeys.reports()]);
    expect(cachesContain(client, CODE)).toBe(false);
    expect(cachesContain(client, 'tap-1')).toBe(true);
  });

  it('rejects a lifetime outside the bounds and a start time in the past', async () => {
    get.mockResolvedValue(POLICY);
    setup();
    const lifetime = await screen.findByLabelText('Lifetime in minutes');
    await userEvent.clear(lifetime);
    await userEvent.type(lifetime, '500');
    await userEvent.click(screen.getByTestId('issue-tap-submit'));
    expect(screen.getByRole('dialog')).toHaveTextContent('from 60 to 480');
    await userEvent.clear(lifetime);
    await userEvent.type(lifetime, '60');
    await userEvent.click(screen.getByLabelText('Start at a later time'));
    await userEvent.type(screen.getByLabelText(/Starts at/), '2001-01-01T10:00');
    await userEvent.click(screen.getByTestId('issue-tap-submit'));
    expect(screen.getByRole('dialog')).toHaveTextContent('Choose a time in the future');
    expect(request).not.toHaveBeenCalled();
  });

  it('a one-time-only policy offers no multi-use choice', async () => {
    get.mockResolvedValue({ ...POLICY, isUsableOnce: true });
    request.mockResolvedValue(CREATED);
    setup();
    await screen.findByLabelText('Lifetime in minutes');
    expect(screen.queryByLabelText(/One-time use/)).toBeNull();
    await userEvent.click(screen.getByTestId('issue-tap-submit'));
    await screen.findByTestId('secret-value');
    expect(request.mock.calls[0]![1]).toMatchObject({ body: { isUsableOnce: true, lifetimeInMinutes: 60 } });
  });

  it('policy 403: says the policy is unknown and lets the server apply its defaults', async () => {
    get.mockRejectedValue(graphError(403, 'Authorization_RequestDenied'));
    request.mockResolvedValue(CREATED);
    setup();
    expect(await screen.findByTestId('tap-policy-unknown')).toHaveTextContent('cannot read');
    expect(screen.queryByLabelText('Lifetime in minutes')).toBeNull();
    await userEvent.click(screen.getByTestId('issue-tap-submit'));
    await screen.findByTestId('secret-value');
    expect(request.mock.calls[0]![1]).toMatchObject({ body: {} });
  });

  it('shows a create error inline with code and request-id', async () => {
    get.mockResolvedValue(POLICY);
    request.mockRejectedValue(graphError(400, 'badRequest', 'req-tap'));
    setup();
    await screen.findByLabelText('Lifetime in minutes');
    await userEvent.click(screen.getByTestId('issue-tap-submit'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('badRequest');
    expect(alert).toHaveTextContent('request-id req-tap');
    await waitFor(() => expect(screen.getByTestId('issue-tap-submit')).toBeEnabled());
  });
});
