import type { PhoneAuthenticationMethod } from '@microsoft/microsoft-graph-types-beta';
import { methodKindOf } from '../../../domain/auth-methods/method-kinds.ts';
import type { MethodRef, ScannedUser } from './finding-types.ts';
import { refOf } from './method-ref.ts';

export interface SharedPhone {
  /** `+15555551234` or `+15555551234x12`: the number as compared. */
  number: string;
  /** Every phone method with that number, two or more users. */
  holders: (MethodRef & { phoneType: string })[];
}

/**
 * `+1 555-555 1234` → `+15555551234`; the extension stays, since a switchboard's extensions are different
 * phones. Masked numbers (what an Authentication Administrator reads, §2.1) cannot be compared: undefined.
 */
export function normalisePhone(raw: string | null | undefined): string | undefined {
  const text = raw?.trim();
  if (!text) return undefined;
  const withExtension = /^(.*\d)\s*x\s*(\d+)$/i.exec(text);
  const main = withExtension?.[1] ?? text;
  if (/[^\d\s+().-]/.test(main)) return undefined;
  const digits = main.replace(/\D/g, '');
  if (digits.length < 5) return undefined;
  return `+${digits}${withExtension ? `x${withExtension[2]}` : ''}`;
}

export interface SharedPhoneFindings {
  shared: SharedPhone[];
  /** Phones whose number came masked and was not compared. */
  masked: number;
}

/** The same number registered by two or more users: a shared or recycled phone, or a typo. */
export function sharedPhones(users: readonly ScannedUser[]): SharedPhoneFindings {
  const byNumber = new Map<string, SharedPhone['holders']>();
  let masked = 0;
  for (const user of users) {
    for (const method of user.methods) {
      if (methodKindOf(method) !== 'phone' || !method.id) continue;
      const phone = method as PhoneAuthenticationMethod;
      const number = normalisePhone(phone.phoneNumber);
      if (!number) {
        masked++;
        continue;
      }
      byNumber.set(number, [
        ...(byNumber.get(number) ?? []),
        { ...refOf(user, method), phoneType: phone.phoneType ?? 'unknown' },
      ]);
    }
  }
  const shared = [...byNumber.entries()]
    .filter(([, holders]) => new Set(holders.map((h) => h.userId)).size > 1)
    .map(([number, holders]) => ({ number, holders }))
    .sort((a, b) => b.holders.length - a.holders.length || a.number.localeCompare(b.number));
  return { shared, masked };
}
