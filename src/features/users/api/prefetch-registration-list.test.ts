import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { graphGet } from '../../../lib/graph/graph-client.ts';
import {
  filtersFromSearchParams,
  graphFilter,
  graphOrderBy,
} from '../../../domain/reports/registration-filters.ts';
import { DEFAULT_PAGE_SIZE, prefetchRegistrationList } from './prefetch-registration-list.ts';
import { userRegistrationDetailsQuery } from './user-registration-details.ts';

vi.mock('../../../lib/graph/graph-client.ts', () => ({ graphGet: vi.fn() }));
const get = vi.mocked(graphGet);

afterEach(() => vi.resetAllMocks());

describe('prefetchRegistrationList', () => {
  it('asks for the page the list will show, under the key its own query reads', async () => {
    get.mockResolvedValue({ value: [{ id: 'u1' }] });
    const client = new QueryClient();
    const params = new URLSearchParams('q=Ma&userType=guest&sort=userPrincipalName');
    prefetchRegistrationList(client, params);
    const filters = filtersFromSearchParams(params);
    const pageQuery = userRegistrationDetailsQuery({
      filter: graphFilter(filters),
      orderBy: graphOrderBy(filters.sort),
      top: DEFAULT_PAGE_SIZE,
      pageLink: undefined,
    });
    await vi.waitFor(() =>
      expect(client.getQueryData(pageQuery.queryKey)).toEqual({ value: [{ id: 'u1' }] }),
    );
    expect(get).toHaveBeenCalledTimes(1);
    const path = String(get.mock.calls[0]?.[0]);
    expect(path).toContain(`$top=${DEFAULT_PAGE_SIZE}`);
    expect(decodeURIComponent(path)).toContain("startswith(userPrincipalName,'Ma')");
  });
});
