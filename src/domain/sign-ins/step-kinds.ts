import type { SignIn } from '@microsoft/microsoft-graph-types-beta';
import type { MethodKind } from '../auth-methods/method-catalogue.ts';

/** A sign-in, as far as method use is read from it (graph-docs-contrib beta resources/signin.md). */
export type SignInEvent = Pick<
  SignIn,
  'id' | 'createdDateTime' | 'userId' | 'authenticationDetails' | 'status'
>;

/** A sign-in that went through (`status.errorCode` 0); one without a status is taken as Graph sent it. */
export const succeeded = (event: SignInEvent) => (event.status?.errorCode ?? 0) === 0;

/** The kind the log records a method's use under: it names hardware and software OATH codes alike. */
export const loggedKindOf = (kind: MethodKind): MethodKind =>
  kind === 'hardwareOath' ? 'softwareOath' : kind;

/**
 * The method kind each `authenticationMethod` string stands for (docs/graph-notes.md §12.2): the names the
 * docs list and the ones the sign-in log is seen to write. "Previously satisfied" and "Satisfied by token" reuse
 * an earlier sign-in and are no use of a method.
 */
const KIND_OF_STEP: Readonly<Record<string, MethodKind>> = {
  password: 'password',
  sms: 'phone',
  'text message': 'phone',
  voice: 'phone',
  'phone call': 'phone',
  'authenticator app': 'microsoftAuthenticator',
  'mobile app notification': 'microsoftAuthenticator',
  'passwordless phone sign-in': 'microsoftAuthenticator',
  'passwordless microsoft authenticator': 'microsoftAuthenticator',
  'software oath token': 'softwareOath',
  'oath verification code': 'softwareOath',
  'fido2 security key': 'fido2',
  'passkey (device-bound)': 'fido2',
  'passkey (synced)': 'fido2',
  'windows hello for business': 'windowsHelloForBusiness',
  'platform credential': 'platformCredential',
  'temporary access pass': 'temporaryAccessPass',
};
const NOT_A_USE = new Set(['previously satisfied', 'satisfied by token']);

/** One successful step: its method kind (or the name as it came, when unknown), when, and whether second. */
export interface StepUse {
  kind: MethodKind | undefined;
  name: string;
  at: string | undefined;
  secondFactor: boolean;
}

/** The successful steps of a sign-in that went through; reused sign-ins, failed steps and failed sign-ins are left out. */
export function stepUses(event: SignInEvent): StepUse[] {
  const uses: StepUse[] = [];
  if (!succeeded(event)) return uses;
  for (const step of event.authenticationDetails ?? []) {
    const name = (step.authenticationMethod ?? '').trim();
    const key = name.toLowerCase();
    if (!step.succeeded || !name || NOT_A_USE.has(key)) continue;
    // "Phone call approval (Authentication phone)" and its kin name the phone after the call.
    const kind = KIND_OF_STEP[key.replace(/^phone call approval \(.*\)$/, 'phone call')];
    uses.push({
      kind,
      name,
      at: step.authenticationStepDateTime ?? event.createdDateTime ?? undefined,
      secondFactor: /multi/i.test(step.authenticationStepRequirement ?? ''),
    });
  }
  return uses;
}
