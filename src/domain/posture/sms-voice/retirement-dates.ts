/**
 * When Microsoft-provided SMS and voice stop, per user (docs/sms-voice-retirement.md §1, entra-docs
 * concept-sms-voice-retirement-faq.yml, 23 September 2026). The FAQ gives days, not hours: the app counts
 * down to 00:00 UTC of each, and says so.
 */
export const FEBRUARY_2027 = Date.UTC(2027, 1, 1);
export const JULY_2027 = Date.UTC(2027, 6, 1);

export type Deadline = 'february' | 'july';

export const DEADLINE_AT: Record<Deadline, number> = { february: FEBRUARY_2027, july: JULY_2027 };
export const DEADLINE_LABEL: Record<Deadline, string> = {
  february: '1 February 2027',
  july: '1 July 2027',
};

/** What decides a user's date: whether they are a Global Administrator, and whether they are external. */
export interface DeadlineFacts {
  /** `eligible`: PIM-eligible only, not active. */
  globalAdministrator: 'active' | 'eligible' | 'no' | 'unknown';
  /** `externalMember`: a member account that signs in with another organisation's identity. */
  kind: 'member' | 'internalGuest' | 'externalGuest' | 'externalMember';
}

export interface UserDeadline {
  deadline: Deadline;
  /** Why, where the docs leave the case open: the app takes the earlier date and says so. */
  note?: string;
}

/**
 * "the retirement applies to all users except Global Administrators and external users" from 1 February 2027;
 * "retired on July 1, 2027 for Global Administrators and external users"; "Internal guest users aren't
 * included in that July 1 group". The FAQ is silent on PIM-eligible Global Administrators and on external
 * members: both are put on the earlier date, which is the one to plan for.
 */
export function deadlineOf(facts: DeadlineFacts): UserDeadline {
  if (facts.globalAdministrator === 'active') return { deadline: 'july' };
  if (facts.kind === 'externalGuest') return { deadline: 'july' };
  if (facts.globalAdministrator === 'eligible')
    return {
      deadline: 'february',
      note: 'Eligible for Global Administrator but not active: the FAQ does not say which date applies; planned on the earlier one.',
    };
  if (facts.globalAdministrator === 'unknown')
    return {
      deadline: 'february',
      note: 'Their roles could not be read: if they are a Global Administrator, their date is 1 July 2027.',
    };
  if (facts.kind === 'externalMember')
    return {
      deadline: 'february',
      note: 'A member who signs in with another organisation’s account: the FAQ’s “external users” may include them (1 July); planned on the earlier date.',
    };
  return { deadline: 'february' };
}

/** Time left until a date, whole units; all zero once it has passed. */
export function timeUntil(
  at: number,
  now: number,
): { days: number; hours: number; minutes: number; passed: boolean } {
  const left = Math.max(0, at - now);
  const minutes = Math.floor(left / 60_000);
  return {
    days: Math.floor(minutes / 1440),
    hours: Math.floor((minutes % 1440) / 60),
    minutes: minutes % 60,
    passed: left === 0,
  };
}
