// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen } from '@testing-library/react';
import type { ComponentType } from 'react';
import { Link, MemoryRouter, Route, Routes, useSearchParams } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyPage } from './lazy-page.ts';
import { PageView } from './page-view.tsx';
import { RouteErrorBoundary } from './route-error-boundary.tsx';
import { ArrivingPage } from './router.tsx';

afterEach(cleanup);

function deferredPage() {
  let resolvePage: (page: ComponentType) => void = () => undefined;
  const Page = lazyPage(() => new Promise<ComponentType>((resolve) => (resolvePage = resolve)));
  return { Page, arrive: (page: ComponentType) => resolvePage(page) };
}

function FilterPage() {
  const [params, setParams] = useSearchParams();
  return (
    <button type="button" onClick={() => setParams({ filter: 'b' })}>
      filter {params.get('filter')}
    </button>
  );
}

describe('ArrivingPage', () => {
  it('asks for its data on arrival, before its code has come, and not again when its filters change', async () => {
    const onArrival = vi.fn();
    const { Page, arrive } = deferredPage();
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter initialEntries={['/?filter=a']}>
          <Routes>
            <Route index element={<ArrivingPage page={Page} onArrival={onArrival} />} />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>,
    );
    expect(screen.getByRole('progressbar', { name: 'Loading page' })).toBeInTheDocument();
    expect(onArrival).toHaveBeenCalledTimes(1);
    expect((onArrival.mock.calls[0]?.[1] as URLSearchParams).get('filter')).toBe('a');

    await act(async () => arrive(FilterPage));
    (await screen.findByRole('button', { name: 'filter a' })).click();
    expect(await screen.findByRole('button', { name: 'filter b' })).toBeInTheDocument();
    expect(onArrival).toHaveBeenCalledTimes(1);
  });
});

describe('PageView', () => {
  it('says a page that failed to download could not be shown, with its reason and a way to reload', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = lazyPage(() => Promise.reject(new Error('Failed to fetch dynamically imported module')));
    render(
      <RouteErrorBoundary>
        <PageView page={broken} />
      </RouteErrorBoundary>,
    );
    expect(screen.getByRole('progressbar', { name: 'Loading page' })).toBeInTheDocument();
    expect(await screen.findByText('This page could not be shown')).toBeInTheDocument();
    expect(screen.getByText(/Failed to fetch dynamically imported module/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });

  it('shows the page of the route navigated to, not the one before it', async () => {
    const first = lazyPage(() => Promise.resolve(() => <Link to="/second">first</Link>));
    const second = lazyPage(() => Promise.resolve(() => <p>second</p>));
    render(
      <MemoryRouter>
        <Routes>
          <Route path="/" element={<PageView page={first} />} />
          <Route path="/second" element={<PageView page={second} />} />
        </Routes>
      </MemoryRouter>,
    );
    (await screen.findByRole('link', { name: 'first' })).click();
    expect(await screen.findByText('second')).toBeInTheDocument();
  });

  it('draws a page whose code has already come at once, without a loading bar', async () => {
    const page = lazyPage(() => Promise.resolve(() => <p>ready</p>));
    await page.preload();
    render(<PageView page={page} />);
    expect(screen.getByText('ready')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});
