export type EmailCheck = { ok: true; address: string } | { ok: false; message: string };

// Deliberately plain: one @, a dot in the domain, no spaces. Graph is the final judge; this catches typos.
const SHAPE = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
// Graph documents no character rule for the email method; Entra's user attributes the SSPR email is taken
// from, `otherMails` and `mail`, "cannot contain accent characters" (graph-docs-contrib resources/user.md).
// Refused here before Graph is asked, with the way round for an international domain.
const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;

/** Validates the SSPR email a helpdesk agent types (docs/graph-notes.md §4.3). */
export function checkEmailAddress(input: string, userUpn?: string): EmailCheck {
  const address = input.trim();
  if (!address) return { ok: false, message: 'Enter an email address.' };
  if (address.length > 254) return { ok: false, message: 'An email address has at most 254 characters.' };
  if (!SHAPE.test(address))
    return { ok: false, message: 'This is not an email address. Use the form name@example.com.' };
  if (!PRINTABLE_ASCII.test(address))
    return {
      ok: false,
      message:
        'Entra does not accept accented or other non-ASCII characters in email addresses. For an international domain, use its ASCII form (xn--…).',
    };
  if (userUpn && address.toLowerCase() === userUpn.trim().toLowerCase())
    return {
      ok: false,
      message:
        'This is the account’s own sign-in name. A recovery email must be an address the user can read without signing in.',
    };
  return { ok: true, address };
}
