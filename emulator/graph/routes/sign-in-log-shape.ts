import type { SignInRecord, StepMethod } from '../../tenant/sign-in-log.ts';

/**
 * How each step shows in `authenticationDetails` (docs/graph-notes.md §12.2). Where the authenticationDetail
 * page lists a name (`Password`, `SMS`, `Voice`) it is used; the others are the names a Graph docs issue
 * (#19612) reports from the live API, and for a pass and a platform credential, which no source shows, the
 * method's own name.
 */
const STEP: Record<StepMethod, { method: string; detail: string | null; result: string }> = {
  password: { method: 'Password', detail: 'Password in the cloud', result: 'Correct password' },
  sms: { method: 'SMS', detail: null, result: 'MFA successfully completed' },
  voice: { method: 'Voice', detail: null, result: 'MFA successfully completed' },
  authenticatorPush: {
    method: 'Mobile app notification',
    detail: null,
    result: 'MFA successfully completed',
  },
  authenticatorPasswordless: {
    method: 'Passwordless phone sign-in',
    detail: null,
    result: 'MFA successfully completed',
  },
  // entra-docs: "OATH verification code" is logged for hardware and software tokens alike.
  oath: { method: 'OATH verification code', detail: null, result: 'MFA successfully completed' },
  fido2: { method: 'FIDO2 security key', detail: null, result: 'MFA successfully completed' },
  windowsHello: { method: 'Windows Hello for Business', detail: null, result: 'MFA successfully completed' },
  platformCredential: { method: 'Platform Credential', detail: null, result: 'MFA successfully completed' },
  temporaryAccessPass: {
    method: 'Temporary Access Pass',
    detail: null,
    result: 'MFA successfully completed',
  },
};

const seconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A step as authenticationDetail shows it; `failed` gives the result detail of a step that did not succeed. */
function step(method: StepMethod, at: number, requirement: string, failed?: string) {
  const { method: name, detail, result } = STEP[method];
  return {
    authenticationStepDateTime: seconds(at),
    authenticationMethod: name,
    authenticationMethodDetail: detail,
    succeeded: !failed,
    authenticationStepResultDetail: failed ?? result,
    authenticationStepRequirement: requirement,
  };
}

/**
 * A sign-in's status per outcome: AADSTS50126 for a wrong password, 500121 for a failed second factor (azure-docs
 * develop/reference-error-codes.md); 0 for success.
 */
const STATUS = {
  ok: { errorCode: 0, failureReason: 'Other.', additionalDetails: null },
  badPassword: {
    errorCode: 50126,
    failureReason: 'Invalid username or password or Invalid on-premise username or password.',
    additionalDetails: null,
  },
  mfaFailed: {
    errorCode: 500121,
    failureReason: 'Authentication failed during strong authentication request.',
    additionalDetails: null,
  },
};

/** Why a second factor failed, by what could fail (the emulator's own wording: no page lists these texts). */
const FAILED_SECOND: Partial<Record<StepMethod, string>> = {
  authenticatorPush: 'MFA denied; user declined the authentication',
  sms: 'Invalid verification code',
  oath: 'Invalid verification code',
  voice: 'MFA denied; user did not answer the call',
};

/** The steps of a sign-in, as `authenticationDetails` lists them. */
function detailsOf(record: SignInRecord) {
  const { at, outcome } = record;
  const mfa = 'Multifactor authentication';
  if (outcome === 'badPassword')
    return [step('password', at, 'Primary authentication', 'Invalid username or password')];
  const details = [step(record.primary, at, 'Primary authentication')];
  if (outcome === 'previouslySatisfied')
    // The page's own name for MFA met by a claim in the token (authenticationdetail.md).
    details.push({
      authenticationStepDateTime: seconds(at),
      authenticationMethod: 'Previously satisfied',
      authenticationMethodDetail: null,
      succeeded: true,
      authenticationStepResultDetail: 'MFA requirement satisfied by claim in the token',
      authenticationStepRequirement: mfa,
    });
  if (record.secondary)
    details.push(
      step(
        record.secondary,
        at + 9_000,
        mfa,
        outcome === 'mfaFailed' ? (FAILED_SECOND[record.secondary] ?? 'MFA denied') : undefined,
      ),
    );
  return details;
}

/** A sign-in as `GET /auditLogs/signIns` returns it; `authenticationDetails` only on beta. */
export function signInShape(record: SignInRecord, beta: boolean) {
  const { user } = record;
  const strong =
    record.primary !== 'password' ||
    record.secondary !== undefined ||
    record.outcome === 'previouslySatisfied';
  const details = detailsOf(record);
  return {
    id: record.id,
    createdDateTime: seconds(record.at),
    userDisplayName: user.displayName,
    userPrincipalName: user.userPrincipalName,
    userId: user.id,
    appId: record.app.appId,
    appDisplayName: record.app.displayName,
    ipAddress: record.ipAddress,
    clientAppUsed: 'Browser',
    correlationId: record.id,
    conditionalAccessStatus: 'notApplied',
    isInteractive: true,
    authenticationRequirement: strong ? 'multiFactorAuthentication' : 'singleFactorAuthentication',
    status:
      record.outcome === 'badPassword' || record.outcome === 'mfaFailed' ? STATUS[record.outcome] : STATUS.ok,
    ...(beta ? { signInEventTypes: ['interactiveUser'], authenticationDetails: details } : {}),
  };
}
