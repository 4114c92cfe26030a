// @vitest-environment jsdom
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GraphError } from '../../../lib/graph/graph-error.ts';
import type { RegistrationDetailsResponse } from '../api/user-registration-details.ts';
import { RegistrationResults } from './registration-results.tsx';

function Harness(props: {
  fetcher: () => Promise<RegistrationDetailsResponse>;
  filtered?: boolean;
  onClearFilters?: () => void;
}) {
  const query = useQuery({ queryKey: ['test'], queryFn: props.fetcher, retry: false });
  return (
    <RegistrationResults
      query={query}
      filtered={props.filtered ?? false}
      onClearFilters={props.onClearFilters ?? (() => undefined)}
    >
      {(page) => <p>{`${page.value.length} rows`}</p>}
    </RegistrationResults>
  );
}

function renderHarness(props: Parameters<typeof Harness>[0]) {
  const client = new QueryClient();
  return render(
    <QueryClientProvider client={client}>
      <Harness {...props} />
    </QueryClientProvider>,
  );
}

afterEach(cleanup);

describe('RegistrationResults', () => {
  it('shows a busy placeholder while the first page loads', () => {
    renderHarness({ fetcher: () => new Promise(() => undefined) });
    expect(screen.getByRole('progressbar', { name: 'Loading users' })).toHaveAttribute('aria-busy', 'true');
  });

  it('draws the rows once a page arrives', async () => {
    renderHarness({
      fetcher: async () => ({ value: [{ id: '1' }, { id: '2' }], '@odata.nextLink': 'https://g/next' }),
    });
    expect(await screen.findByText('2 rows')).toBeInTheDocument();
  });

  it('says no users match and offers to clear the filters', async () => {
    const onClearFilters = vi.fn();
    renderHarness({ fetcher: async () => ({ value: [] }), filtered: true, onClearFilters });
    expect(await screen.findByText('No users match these filters')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onClearFilters).toHaveBeenCalledOnce();
  });

  it('explains an empty report without filters, with nothing to clear', async () => {
    renderHarness({ fetcher: async () => ({ value: [] }) });
    expect(await screen.findByText('No users in this report yet')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
  });

  it('explains a missing role with the report access hint, and retries', async () => {
    const fetcher = vi.fn(async (): Promise<RegistrationDetailsResponse> => {
      throw new GraphError({ status: 403, code: 'Authorization_RequestDenied', message: 'Denied' });
    });
    renderHarness({ fetcher });
    expect(await screen.findByText('You do not have access to this data')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Reports Reader');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(fetcher).toHaveBeenCalledTimes(2);
  });
});
