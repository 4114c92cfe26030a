// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LazyUserSearchBox } from './lazy-user-search-box.tsx';

vi.mock('../../../lib/graph/graph-client.ts', () => ({ graphGet: vi.fn(), graphRequest: vi.fn() }));

afterEach(cleanup);

function renderBox() {
  const router = createMemoryRouter([{ path: '/', element: <LazyUserSearchBox /> }]);
  render(
    <QueryClientProvider client={new QueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

describe('LazyUserSearchBox', () => {
  it('gives the box the focus once it arrives when "/" was pressed while it loaded', async () => {
    renderBox();
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.getByTestId('user-search-placeholder')).toHaveTextContent('Search users');
    const slash = fireEvent.keyDown(document.body, { key: '/' });
    expect(slash).toBe(false); // the "/" is not typed anywhere else
    const box = await screen.findByRole('combobox', { name: 'Search users' });
    expect(box).toHaveFocus();
  });

  it('arrives on its own once the browser is idle, without taking the focus', async () => {
    renderBox();
    expect(screen.queryByRole('combobox')).toBeNull();
    const box = await screen.findByRole('combobox', { name: 'Search users' });
    expect(box).not.toHaveFocus();
    expect(screen.queryByTestId('user-search-placeholder')).toBeNull();
  });

  it('arrives with the focus when the placeholder is clicked', async () => {
    renderBox();
    fireEvent.pointerDown(screen.getByTestId('user-search-placeholder'));
    expect(await screen.findByRole('combobox', { name: 'Search users' })).toHaveFocus();
  });
});
