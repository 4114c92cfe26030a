// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, useParams } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { graphGet } from '../../../lib/graph/graph-client.ts';
import { UserSearchBox } from './user-search-box.tsx';

vi.mock('../../../lib/graph/graph-client.ts', () => ({ graphGet: vi.fn(), graphRequest: vi.fn() }));
const get = vi.mocked(graphGet);

const USERS = [
  {
    id: 'u1',
    displayName: 'Alice Ward',
    userPrincipalName: 'alice@contoso.com',
    jobTitle: 'Engineer',
    accountEnabled: true,
    mail: null,
  },
  {
    id: 'u2',
    displayName: '<b>Alan</b>\u202E evil',
    userPrincipalName: 'alan@contoso.com',
    jobTitle: null,
    accountEnabled: false,
    mail: null,
  },
];

/** Calls that reached Graph with a path (the debounce means one per pause in typing). */
const searches = () => get.mock.calls.filter((call) => typeof call[0] === 'string');

function UserRoute() {
  return <p data-testid="user-route">user {useParams().id}</p>;
}

function renderBox() {
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: (
          <>
            <UserSearchBox />
            <input aria-label="Other field" />
          </>
        ),
      },
      { path: '/users/:id', element: <UserRoute /> },
    ],
    { initialEntries: ['/'] },
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

describe('UserSearchBox', () => {
  beforeEach(() => get.mockResolvedValue({ value: USERS }));
  afterEach(() => {
    cleanup();
    get.mockReset();
  });

  it('"/" focuses the box, but not while typing in another field', async () => {
    const user = userEvent.setup();
    renderBox();
    await user.click(screen.getByLabelText('Other field'));
    await user.keyboard('/');
    expect(screen.getByLabelText('Other field')).toHaveFocus();
    expect(screen.getByLabelText('Other field')).toHaveValue('/');
    await user.click(document.body);
    await user.keyboard('/');
    expect(screen.getByRole('combobox', { name: 'Search users' })).toHaveFocus();
    expect(screen.getByRole('combobox', { name: 'Search users' })).toHaveValue('');
  });

  it('searches once per pause, with ConsistencyLevel and a case-insensitive cache key', async () => {
    const user = userEvent.setup();
    renderBox();
    await user.type(screen.getByRole('combobox', { name: 'Search users' }), 'ALI');
    await waitFor(() => expect(searches()).toHaveLength(1));
    const [path, options] = searches()[0]!;
    expect(decodeURIComponent(path)).toContain(
      '$search="displayName:ali" OR "userPrincipalName:ali" OR "mail:ali"',
    );
    expect(options.headers).toEqual({ ConsistencyLevel: 'eventual' });
    expect(options.signal).toBeInstanceOf(AbortSignal);
  });

  it('shows name, UPN, job title and a Disabled chip; hostile names stay text', async () => {
    const user = userEvent.setup();
    renderBox();
    await user.type(screen.getByRole('combobox', { name: 'Search users' }), 'al');
    const options = await screen.findAllByTestId('user-search-option');
    expect(options).toHaveLength(2);
    expect(options[0]).toHaveTextContent('Alice Ward');
    expect(options[0]).toHaveTextContent('alice@contoso.com · Engineer');
    expect(options[0]).not.toHaveTextContent('Disabled');
    expect(options[1]).toHaveTextContent('<b>Alan</b>');
    expect(options[1]).toHaveTextContent('Disabled');
    expect(options[1]!.querySelector('b')).toBeNull();
  });

  it('Enter on the highlighted user opens their page; arrows move between users', async () => {
    const user = userEvent.setup();
    const router = renderBox();
    await user.type(screen.getByRole('combobox', { name: 'Search users' }), 'al');
    await screen.findAllByTestId('user-search-option');
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/users/u2'));
    expect(screen.getByTestId('user-route')).toHaveTextContent('user u2');
  });

  it('cancels the stale request when the term changes', async () => {
    const signals: AbortSignal[] = [];
    get.mockImplementation((_path, options) => {
      signals.push(options.signal!);
      return new Promise(() => {});
    });
    const user = userEvent.setup();
    renderBox();
    const box = screen.getByRole('combobox', { name: 'Search users' });
    await user.type(box, 'al');
    await waitFor(() => expect(signals).toHaveLength(1));
    await user.type(box, 'x');
    await waitFor(() => expect(signals).toHaveLength(2));
    await act(() => Promise.resolve());
    expect(signals[0]!.aborted).toBe(true);
    expect(signals[1]!.aborted).toBe(false);
  });

  it('asks for two characters before searching', async () => {
    const user = userEvent.setup();
    renderBox();
    await user.type(screen.getByRole('combobox', { name: 'Search users' }), 'a');
    expect(await screen.findByText('Type at least 2 characters')).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(searches()).toEqual([]);
  });
});
