import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { deleteUserMethod, type DeleteMethodInput } from '../../../domain/auth-methods/delete-method.ts';
import { invalidateAfterMethodChange } from '../../../domain/auth-methods/invalidate-user.ts';
import { graphKeys } from '../../../lib/graph/query-keys.ts';
import type { UserPageData } from './user-page-data.ts';

/**
 * Takes a deleted method off the cached page at once: the refetch that confirms it waits behind the reports
 * budget when it is busy, and a method shown after "Deleted" reads as a failure.
 */
export function dropDeletedMethod(client: QueryClient, userId: string, methodId: string): void {
  client.setQueryData<UserPageData>(graphKeys.userPage(userId), (page) =>
    page?.methods.ok
      ? {
          ...page,
          methods: {
            ...page.methods,
            data: { ...page.methods.data, value: page.methods.data.value.filter((m) => m.id !== methodId) },
          },
        }
      : page,
  );
}

export function useDeleteMethod(userId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: DeleteMethodInput) => deleteUserMethod(userId, input),
    onSuccess: (_outcome, input) => {
      dropDeletedMethod(client, userId, input.methodId);
      return invalidateAfterMethodChange(client, userId);
    },
  });
}
