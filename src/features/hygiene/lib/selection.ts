import type { MethodRef } from './finding-types.ts';

/** One method of one user, as a selection key and in the scan store's `forgetMethods`. */
export const methodKey = (ref: Pick<MethodRef, 'userId' | 'methodId'>) => `${ref.userId}/${ref.methodId}`;

/** The user page with this method highlighted. */
export const methodLink = (ref: Pick<MethodRef, 'userId' | 'methodId'>) =>
  `/users/${encodeURIComponent(ref.userId)}?method=${encodeURIComponent(ref.methodId)}`;
