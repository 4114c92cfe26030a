// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { graphGet } from '../../lib/graph/graph-client.ts';
import { useRegistrationScan, type RegistrationScanPage } from './registration-scan.ts';

vi.mock('../../lib/graph/graph-client.ts', () => ({ graphGet: vi.fn() }));

const page = (ids: string[], next?: string): RegistrationScanPage => ({
  value: ids.map((id) => ({ id })),
  ...(next ? { '@odata.nextLink': next } : {}),
});

describe('useRegistrationScan', () => {
  it('counts rows page by page and hands out the flattened rows once the scan ends', async () => {
    let lastPage: (p: RegistrationScanPage) => void = () => undefined;
    vi.mocked(graphGet).mockImplementation((link: string) =>
      link.startsWith('/reports/')
        ? Promise.resolve(page(['a', 'b'], 'https://graph.example/next'))
        : new Promise((resolve) => (lastPage = resolve as typeof lastPage)),
    );
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    const { result } = renderHook(() => useRegistrationScan(), { wrapper });

    await waitFor(() => expect(result.current.pagesRead).toBe(1));
    expect(result.current).toMatchObject({ scanning: true, rowsRead: 2, rows: [] });

    lastPage(page(['c']));
    await waitFor(() => expect(result.current.scanning).toBe(false));
    expect(result.current).toMatchObject({ rowsRead: 3, pagesRead: 2 });
    expect(result.current.rows.map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });
});
