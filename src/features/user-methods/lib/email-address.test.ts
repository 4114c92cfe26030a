import { describe, expect, it } from 'vitest';
import { checkEmailAddress } from './email-address.ts';

describe('checkEmailAddress', () => {
  it('accepts an ordinary address and trims it', () => {
    expect(checkEmailAddress('  kim@fabrikam.com ')).toEqual({ ok: true, address: 'kim@fabrikam.com' });
    expect(checkEmailAddress('a.b+c@mail.example.co.uk').ok).toBe(true);
  });

  it.each([
    '',
    '   ',
    'kim',
    'kim@',
    '@fabrikam.com',
    'kim@fabrikam',
    'kim @fabrikam.com',
    'a@b@c.com',
    'kim@.com',
  ])('rejects %j with a message', (input) => {
    const check = checkEmailAddress(input);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toMatch(/\w/);
  });

  it('rejects an address longer than 254 characters', () => {
    expect(checkEmailAddress(`${'a'.repeat(250)}@b.com`).ok).toBe(false);
  });

  it('refuses accented and other non-ASCII characters, as Entra does, and says what to type instead', () => {
    for (const input of ['jörg@contoso.com', 'kim@bücher.de', 'kim@contoso.com\u200b']) {
      const check = checkEmailAddress(input);
      expect(check, input).toMatchObject({ ok: false, message: expect.stringMatching(/non-ASCII.*xn--/) });
    }
    expect(checkEmailAddress('kim@xn--bcher-kva.de').ok).toBe(true);
  });

  it('refuses the user’s own UPN, whatever its case', () => {
    const check = checkEmailAddress('Alice@Contoso.com', 'alice@contoso.com');
    expect(check.ok).toBe(false);
  });
});
