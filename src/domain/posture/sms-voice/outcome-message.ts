import { DEADLINE_LABEL, type Deadline } from './retirement-dates.ts';
import type { RetirementOutcome } from './retirement-outcome.ts';

/** When the message says the change comes: one date where the cohort shares it, both (and who) otherwise. */
function when(dates: ReadonlySet<Deadline>): string {
  if (dates.size === 1) return `on ${DEADLINE_LABEL[[...dates][0]!]}`;
  return `on ${DEADLINE_LABEL.february} (on ${DEADLINE_LABEL.july} for Global Administrators and external users)`;
}

/**
 * A message an administrator can send the users of one outcome, in plain words, with the date that applies to
 * them (docs/sms-voice-retirement.md). None for users the retirement does not reach, or whose scope is unknown.
 */
export function outcomeMessage(outcome: RetirementOutcome, dates: ReadonlySet<Deadline>): string | undefined {
  switch (outcome) {
    case 'mustRegisterPasskey':
      return [
        'Subject: Set up a passkey before text and call codes stop',
        '',
        `Microsoft stops sending sign-in codes by text message and phone call ${when(dates)}.`,
        'Your account uses a phone code as its only second sign-in step. After that date, you will be asked to set up a passkey when you sign in, and you cannot continue until you do.',
        'Set one up now, at a time that suits you: go to https://aka.ms/mysecurityinfo, choose "Add sign-in method", then "Passkey", and follow the steps (the Microsoft Authenticator app on your phone can hold it).',
        'If you need help, contact the IT helpdesk.',
      ].join('\n');
    case 'losesPhoneKeepsMfa':
      return [
        'Subject: Text and call sign-in codes are ending',
        '',
        `Microsoft stops sending sign-in codes by text message and phone call ${when(dates)}.`,
        'You also have another way to sign in (such as the Microsoft Authenticator app), so you will not be locked out: from that date, use it instead of a phone code.',
        'For the safest sign-in, add a passkey too, at https://aka.ms/mysecurityinfo ("Add sign-in method", then "Passkey").',
      ].join('\n');
    case 'noPhoneToLose':
      return [
        'Subject: A safer way to sign in',
        '',
        `Microsoft stops sending sign-in codes by text message and phone call ${when(dates)}. This does not change how you sign in today.`,
        'You may be asked to set up a passkey when you sign in; you can do it now at https://aka.ms/mysecurityinfo ("Add sign-in method", then "Passkey").',
      ].join('\n');
    case 'passkeyReady':
      return [
        'Subject: Text and call sign-in codes are ending: you are ready',
        '',
        `Microsoft stops sending sign-in codes by text message and phone call ${when(dates)}.`,
        'You already have a passkey or another phishing-resistant way to sign in: nothing to do. Use it rather than a phone code from now on.',
      ].join('\n');
    default:
      return undefined;
  }
}
