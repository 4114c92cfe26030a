import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { graphKeys } from '../../../lib/graph/query-keys.ts';
import { dropDeletedMethod } from './use-delete-method.ts';
import type { UserPageData } from './user-page-data.ts';

describe('dropDeletedMethod', () => {
  it('takes the deleted method off the cached page and leaves the rest', () => {
    const client = new QueryClient();
    const page = {
      methods: { ok: true, status: 200, data: { value: [{ id: 'key' }, { id: 'phone' }] } },
    } as unknown as UserPageData;
    client.setQueryData(graphKeys.userPage('u1'), page);
    dropDeletedMethod(client, 'u1', 'key');
    const after = client.getQueryData<UserPageData>(graphKeys.userPage('u1'));
    expect(after?.methods.ok && after.methods.data.value.map((m) => m.id)).toEqual(['phone']);
  });

  it('leaves a page without readable methods, or no page, alone', () => {
    const client = new QueryClient();
    dropDeletedMethod(client, 'u2', 'key');
    expect(client.getQueryData(graphKeys.userPage('u2'))).toBeUndefined();
  });
});
