import { duplicateRegistrations, type DuplicateGroup } from './duplicate-registrations.ts';
import type { MethodRef, ScannedUser } from './finding-types.ts';
import { sharedPhones, type SharedPhoneFindings } from './shared-phones.ts';
import { staleMethods, type StaleFindings } from './stale-methods.ts';
import { validTaps, type ValidTap } from './valid-taps.ts';

export interface Findings {
  stale: StaleFindings;
  duplicates: DuplicateGroup[];
  /** The duplicates' extra registrations, one row each, with the device they share. */
  duplicateExtras: (MethodRef & { device: string; keep: MethodRef })[];
  taps: ValidTap[];
  phones: SharedPhoneFindings;
}

export function findingsOf(users: readonly ScannedUser[], now: number, days: number): Findings {
  const duplicates = duplicateRegistrations(users);
  return {
    stale: staleMethods(users, now, days),
    duplicates,
    duplicateExtras: duplicates.flatMap((g) =>
      g.extras.map((e) => ({ ...e, device: g.device, keep: g.keep })),
    ),
    taps: validTaps(users, now),
    phones: sharedPhones(users),
  };
}
