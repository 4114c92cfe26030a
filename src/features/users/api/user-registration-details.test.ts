import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { graphGet } from '../../../lib/graph/graph-client.ts';
import { GraphError } from '../../../lib/graph/graph-error.ts';
import { forgetFilterLogicRefusal } from '../../../domain/reports/registration-filter-fallback.ts';
import { graphFilter, NO_FILTERS } from '../../../domain/reports/registration-filters.ts';
import { readRegistrationPage } from './user-registration-details.ts';

vi.mock('../../../lib/graph/graph-client.ts', () => ({ graphGet: vi.fn() }));
const get = vi.mocked(graphGet);

const ROWS = ['Ada', 'Adam', 'Bob', 'Adele'].map((name, i) => ({ id: `u${i}`, userDisplayName: name }));
const filters = { ...NO_FILTERS, search: 'ad', userType: 'member' as const };
const page = (pageLink?: string) => ({ filter: graphFilter(filters), orderBy: undefined, top: 2, pageLink });

describe('the Users list where Graph refuses or / not', () => {
  beforeEach(() => {
    // Graph refuses the full filter and answers the rest with every row.
    get.mockImplementation(async (path: string) => {
      if (decodeURIComponent(path).includes(' or '))
        throw new GraphError({ status: 400, code: 'BadRequest', message: 'x' });
      return { value: ROWS };
    });
  });
  afterEach(() => {
    get.mockReset();
    forgetFilterLogicRefusal();
  });

  it('filters here, pages the matches, and says how many rows Graph returned', async () => {
    const client = new QueryClient();
    const signal = new AbortController().signal;
    const first = await readRegistrationPage(page(), filters, client, signal);
    expect(first.value.map((r) => r.userDisplayName)).toEqual(['Ada', 'Adam']);
    expect(first.filteredLocally).toEqual({ rowsRead: 4 });
    // One read per side of the search, each with what Graph documents.
    expect(decodeURIComponent(get.mock.calls[1]![0])).toContain(
      "$filter=startswith(userDisplayName,'ad') and userType eq 'member'",
    );
    expect(decodeURIComponent(get.mock.calls[2]![0])).toContain(
      "$filter=startswith(userPrincipalName,'ad') and userType eq 'member'",
    );
    const second = await readRegistrationPage(page(first['@odata.nextLink']), filters, client, signal);
    expect(second.value.map((r) => r.userDisplayName)).toEqual(['Adele']);
    expect(second['@odata.nextLink']).toBeUndefined();
    // The rows were read once; later lists skip the refused request.
    expect(get).toHaveBeenCalledTimes(3);
    await readRegistrationPage(page(), { ...filters, search: 'b' }, new QueryClient(), signal);
    expect(get).toHaveBeenCalledTimes(5);
  });

  it('passes any other failure on', async () => {
    get.mockImplementation(async () => {
      throw new GraphError({ status: 403, code: 'Authorization_RequestDenied', message: 'no' });
    });
    await expect(
      readRegistrationPage(page(), filters, new QueryClient(), new AbortController().signal),
    ).rejects.toMatchObject({
      status: 403,
    });
  });
});
