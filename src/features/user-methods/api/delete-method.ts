import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteUserMethod, type DeleteMethodInput } from '../../../lib/auth-methods/delete-method.ts';
import { invalidateAfterMethodChange } from '../../../lib/auth-methods/invalidate-user.ts';

export function useDeleteMethod(userId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: DeleteMethodInput) => deleteUserMethod(userId, input),
    onSuccess: () => invalidateAfterMethodChange(client, userId),
  });
}
