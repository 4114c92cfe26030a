import { afterEach, describe, expect, it, vi } from 'vitest';
import { graphGet } from '../../../lib/graph/graph-client.ts';
import { GraphError } from '../../../lib/graph/graph-error.ts';
import { readPolicyGroups } from './policy-groups.ts';

vi.mock('../../../lib/graph/graph-client.ts', () => ({ graphGet: vi.fn() }));
const get = vi.mocked(graphGet);

const GROUP = 'big';
const MEMBERS = 50_000;
const PAGE = 999; // group-list-transitivemembers.md: $top up to 999

/** A group of 50,000 users as Graph pages it: 999 a page, a nextLink to each next page. */
function bigGroup(failOnPage?: number) {
  get.mockImplementation(async (path: string) => {
    if (path.startsWith(`/groups/${GROUP}?`)) return { displayName: 'All staff' };
    const skip = Number(/skip=(\d+)/.exec(path)?.[1] ?? 0);
    if (failOnPage !== undefined && skip / PAGE === failOnPage)
      throw new GraphError({ status: 503, code: 'serviceNotAvailable', message: 'Try again later.' });
    const value = Array.from({ length: Math.min(PAGE, MEMBERS - skip) }, (_, i) => ({ id: `u${skip + i}` }));
    const next =
      skip + PAGE < MEMBERS ? `https://graph.microsoft.com/v1.0/next?skip=${skip + PAGE}` : undefined;
    return { value, '@odata.nextLink': next };
  });
}

afterEach(() => get.mockReset());

describe('a policy group of 50,000 members', () => {
  it('is read to the end, 999 a page, every member once', async () => {
    bigGroup();
    const [group] = await readPolicyGroups([GROUP], new AbortController().signal);
    expect(group).toMatchObject({ id: GROUP, name: 'All staff' });
    expect((group as { members: Set<string> }).members.size).toBe(MEMBERS);
    // The name, then ceil(50,000 / 999) = 51 pages.
    expect(get).toHaveBeenCalledTimes(1 + Math.ceil(MEMBERS / PAGE));
  });

  it('is left unread, not counted from the pages read, when one page of 51 fails', async () => {
    bigGroup(30);
    const [group] = await readPolicyGroups([GROUP], new AbortController().signal);
    expect(group).toMatchObject({ id: GROUP, error: expect.any(GraphError) });
    expect('members' in group!).toBe(false);
  });
});
