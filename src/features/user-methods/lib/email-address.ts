export type EmailCheck = { ok: true; address: string } | { ok: false; message: string };

// Deliberately plain: one @, a dot in the domain, no spaces. Graph is the final judge; this catches typos.
const SHAPE = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** Validates the SSPR email a helpdesk agent types (graph-contract.md §4.3). */
export function checkEmailAddress(input: string, userUpn?: string): EmailCheck {
  const address = input.trim();
  if (!address) return { ok: false, message: 'Enter an email address.' };
  if (address.length > 254) return { ok: false, message: 'An email address has at most 254 characters.' };
  if (!SHAPE.test(address))
    return { ok: false, message: 'This is not an email address. Use the form name@example.com.' };
  if (userUpn && address.toLowerCase() === userUpn.trim().toLowerCase())
    return {
      ok: false,
      message:
        'This is the account’s own sign-in name. A recovery email must be an address the user can read without signing in.',
    };
  return { ok: true, address };
}
