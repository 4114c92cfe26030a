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

function step(method: StepMethod, at: number, requirement: string) {
  const { method: name, detail, result } = STEP[method];
  return {
    authenticationStepDateTime: seconds(at),
    authenticationMethod: name,
    authenticationMethodDetail: detail,
    succeeded: true,
    authenticationStepResultDetail: result,
    authenticationStepRequirement: requirement,
  };
}

/** A sign-in as `GET /auditLogs/signIns` returns it; `authenticationDetails` only on beta. */
export function signInShape(record: SignInRecord, beta: boolean) {
  const { user } = record;
  const strong = record.primary !== 'password' || record.secondary !== undefined;
  const details = [step(record.primary, record.at, 'Primary authentication')];
  if (record.secondary) details.push(step(record.secondary, record.at + 9_000, 'Multifactor authentication'));
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
    status: { errorCode: 0, failureReason: 'Other.', additionalDetails: null },
    ...(beta ? { signInEventTypes: ['interactiveUser'], authenticationDetails: details } : {}),
  };
}
