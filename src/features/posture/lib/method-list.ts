import { methodLabel } from '../../../domain/auth-methods/method-labels.ts';

/** A user's registered methods by name; the password is left out as it never counts here. */
export function methodList(methods: readonly (string | null)[] | null | undefined): string {
  const names = (methods ?? []).filter((m): m is string => Boolean(m) && m !== 'password').map(methodLabel);
  return names.length > 0 ? names.join(', ') : 'Password only';
}
