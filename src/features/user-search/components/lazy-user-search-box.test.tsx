// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LazyUserSearchBox } from './lazy-user-search-box.tsx';

vi.mock('../../../lib/graph/graph-client.ts', () => ({ graphGet: vi.fn(), graphRequest: vi.fn() }));

afterEach(cleanup);

describe('LazyUserSearchBox', () => {
  it('gives the box the focus once it arrives when "/" was pressed while it loaded', async () => {
    const router = createMemoryRouter([{ path: '/', element: <LazyUserSearchBox /> }]);
    render(
      <QueryClientProvider client={new QueryClient()}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    );
    expect(screen.queryByRole('combobox')).toBeNull();
    const slash = fireEvent.keyDown(document.body, { key: '/' });
    expect(slash).toBe(false); // the "/" is not typed anywhere else
    const box = await screen.findByRole('combobox', { name: 'Search users' });
    expect(box).toHaveFocus();
  });
});
