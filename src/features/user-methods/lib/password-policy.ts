/** Entra's password policy as far as a form can check it; the banned-word list is the server's (§4.10). */
export const PASSWORD_POLICY_HINT =
  'At least 8 characters, with three of: upper case, lower case, digits, symbols. Entra also rejects common and personal words.';

export function passwordProblem(password: string): string | undefined {
  if (password.length < 8) return 'Use at least 8 characters.';
  if (password.length > 256) return 'Use at most 256 characters.';
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(password)).length;
  if (classes < 3) return 'Use three of: upper case, lower case, digits, symbols.';
  return undefined;
}
