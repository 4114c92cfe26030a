import { FIDO2_MODELS, LAPTOP_NAMES, MAC_NAMES, PHONE_MODELS } from './names.ts';
import { WELL_KNOWN_ID } from './method-catalog.ts';
import type { AuthMethod, DefaultMethod, PhoneType } from './model.ts';
import type { Random } from './random.ts';

/** Registration profiles and how common they are in a typical workforce tenant. */
export const METHOD_PROFILES = [
  ['passwordOnly', 14],
  ['smsOnly', 12],
  ['phoneAndEmail', 9],
  ['authenticatorAndPhone', 24],
  ['authenticatorOnly', 8],
  ['authenticatorPasskey', 6],
  ['securityKey', 5],
  ['windowsHello', 9],
  ['oathAndPhone', 3],
  ['officePhoneOnly', 2],
  ['emailOnly', 3],
  ['syncedPasskey', 2],
  ['macPlatform', 1],
  ['everything', 2],
] as const;

export type MethodProfile = (typeof METHOD_PROFILES)[number][0];

const DAY = 86_400_000;

export interface MethodContext {
  rng: Random;
  now: number;
  /** Numbers already handed out, reused now and then: shared phones are a real hygiene finding. */
  phonePool: string[];
  hostileDeviceName: () => string | undefined;
}

function isoDaysAgo(ctx: MethodContext, minDays: number, maxDays: number): string {
  return new Date(ctx.now - ctx.rng.int(minDays, maxDays) * DAY - ctx.rng.int(0, DAY - 1)).toISOString();
}

/** Last use: recent for most, old for some (stale), unknown for a few (Graph gives no date). */
function lastUsed(ctx: MethodContext, created: string | null): string | null {
  const roll = ctx.rng.next();
  if (roll < 0.12) return null;
  const createdAt = created ? Date.parse(created) : ctx.now - 400 * DAY;
  const maxAgo = Math.max(1, Math.floor((ctx.now - createdAt) / DAY));
  const ago = roll < 0.8 ? ctx.rng.int(0, Math.min(30, maxAgo)) : ctx.rng.int(Math.min(91, maxAgo), maxAgo);
  return new Date(ctx.now - ago * DAY).toISOString();
}

export function opaqueId(rng: Random): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let out = '';
  for (let i = 0; i < 22; i++) out += alphabet[rng.int(0, alphabet.length - 1)];
  return out;
}

function phoneNumber(ctx: MethodContext): string {
  if (ctx.phonePool.length > 20 && ctx.rng.chance(0.01)) return ctx.rng.pick(ctx.phonePool);
  const number = ctx.rng.weighted([
    [`+1 425555${ctx.rng.digits(4)}`, 5],
    [`+44 7700900${ctx.rng.digits(3)}`, 2],
    [`+49 15510${ctx.rng.digits(6)}`, 2],
    [`+81 9012${ctx.rng.digits(6)}`, 1],
  ]);
  ctx.phonePool.push(number);
  return number;
}

function phone(ctx: MethodContext, phoneType: PhoneType): AuthMethod {
  const created = isoDaysAgo(ctx, 20, 1500);
  return {
    kind: 'phone',
    id: WELL_KNOWN_ID[phoneType],
    phoneType,
    phoneNumber:
      phoneNumber(ctx) + (phoneType === 'office' && ctx.rng.chance(0.3) ? `x${ctx.rng.digits(3)}` : ''),
    smsSignInState: phoneType === 'mobile' ? 'notEnabled' : 'notSupported',
    createdDateTime: created,
    lastUsedDateTime: lastUsed(ctx, created),
  };
}

function authenticator(ctx: MethodContext, passwordless: boolean): AuthMethod {
  const created = isoDaysAgo(ctx, 5, 1200);
  return {
    kind: 'microsoftAuthenticator',
    id: ctx.rng.guid(),
    displayName: ctx.hostileDeviceName() ?? ctx.rng.pick(PHONE_MODELS),
    deviceTag: 'SoftwareTokenActivated',
    phoneAppVersion: `6.${ctx.rng.int(2024, 2026)}.${ctx.rng.int(1, 12)}.${ctx.rng.int(1, 9)}`,
    passwordless,
    // Graph leaves createdDateTime null unless the device is registered for passwordless sign-in.
    createdDateTime: passwordless ? created : null,
    lastUsedDateTime: lastUsed(ctx, created),
  };
}

function fido2(ctx: MethodContext, kind: 'key' | 'authenticator' | 'synced'): AuthMethod {
  const candidates = FIDO2_MODELS.filter((m) =>
    kind === 'key'
      ? m.report === 'passKeyDeviceBound'
      : kind === 'synced'
        ? m.type === 'synced'
        : m.report === 'passKeyDeviceBoundAuthenticator',
  );
  const model = ctx.rng.pick(candidates);
  const created = isoDaysAgo(ctx, 3, 900);
  return {
    kind: 'fido2',
    id: opaqueId(ctx.rng),
    displayName:
      ctx.hostileDeviceName() ??
      (kind === 'key'
        ? `${model.model.split(' ')[0] || 'Security'} ${ctx.rng.pick(['key', 'backup key', 'USB-C'])}`
        : model.model),
    aaGuid: model.aaGuid,
    model: model.model,
    // Attestation names the authenticator: one without an AAGUID cannot have been attested. Microsoft
    // Authenticator attests through App Attest or Play Integrity (how-to-enable-authenticator-passkey.md).
    attestationLevel:
      (kind === 'key' && model.model) || kind === 'authenticator' ? 'attested' : 'notAttested',
    passkeyType: model.type,
    reportName: model.report,
    createdDateTime: created,
    lastUsedDateTime: lastUsed(ctx, created),
  };
}

function windowsHello(ctx: MethodContext): AuthMethod {
  const created = isoDaysAgo(ctx, 3, 1100);
  return {
    kind: 'windowsHelloForBusiness',
    id: opaqueId(ctx.rng),
    displayName:
      ctx.hostileDeviceName() ??
      `${ctx.rng.pick(LAPTOP_NAMES)}-${ctx.rng.digits(3)}${String.fromCharCode(65 + ctx.rng.int(0, 25))}`,
    keyStrength: ctx.rng.weighted([
      ['normal', 95],
      ['weak', 3],
      ['unknown', 2],
    ]),
    createdDateTime: created,
    lastUsedDateTime: lastUsed(ctx, created),
  };
}

function simple(ctx: MethodContext, kind: 'softwareOath' | 'email', email: string): AuthMethod {
  const created = isoDaysAgo(ctx, 10, 1500);
  return kind === 'email'
    ? { kind, id: WELL_KNOWN_ID.email, emailAddress: email, createdDateTime: null, lastUsedDateTime: null }
    : { kind, id: ctx.rng.guid(), createdDateTime: created, lastUsedDateTime: lastUsed(ctx, created) };
}

function platformCredential(ctx: MethodContext): AuthMethod {
  const created = isoDaysAgo(ctx, 3, 400);
  return {
    kind: 'platformCredential',
    id: opaqueId(ctx.rng),
    displayName: ctx.rng.pick(MAC_NAMES),
    keyStrength: 'normal',
    platform: 'macOS',
    createdDateTime: created,
    lastUsedDateTime: lastUsed(ctx, created),
  };
}

export interface GeneratedMethods {
  methods: AuthMethod[];
  defaultMethod: DefaultMethod;
}

/** Builds one user's methods for a profile; the password is always there. */
export function methodsForProfile(
  ctx: MethodContext,
  profile: MethodProfile,
  personalEmail: string,
): GeneratedMethods {
  const m: AuthMethod[] = [];
  const add = (...items: AuthMethod[]) => m.push(...items);
  switch (profile) {
    case 'passwordOnly':
      break;
    case 'smsOnly':
      add(phone(ctx, 'mobile'));
      break;
    case 'phoneAndEmail':
      add(phone(ctx, 'mobile'), simple(ctx, 'email', personalEmail));
      if (ctx.rng.chance(0.2)) add(phone(ctx, 'alternateMobile'));
      break;
    case 'authenticatorAndPhone':
      add(authenticator(ctx, ctx.rng.chance(0.25)), phone(ctx, 'mobile'));
      if (ctx.rng.chance(0.05)) add(authenticator(ctx, false));
      break;
    case 'authenticatorOnly':
      add(authenticator(ctx, ctx.rng.chance(0.2)));
      break;
    case 'authenticatorPasskey':
      add(authenticator(ctx, false), fido2(ctx, 'authenticator'));
      break;
    case 'securityKey':
      add(fido2(ctx, 'key'), authenticator(ctx, false));
      if (ctx.rng.chance(0.3)) add(fido2(ctx, 'key'));
      break;
    case 'windowsHello':
      add(windowsHello(ctx), authenticator(ctx, false), phone(ctx, 'mobile'));
      if (ctx.rng.chance(0.08)) add(windowsHello(ctx));
      break;
    case 'oathAndPhone':
      add(simple(ctx, 'softwareOath', personalEmail), phone(ctx, 'mobile'));
      break;
    case 'officePhoneOnly':
      add(phone(ctx, 'office'));
      break;
    case 'emailOnly':
      add(simple(ctx, 'email', personalEmail));
      break;
    case 'syncedPasskey':
      add(fido2(ctx, 'synced'), phone(ctx, 'mobile'));
      break;
    case 'macPlatform':
      add(platformCredential(ctx), authenticator(ctx, false));
      break;
    case 'everything':
      add(
        phone(ctx, 'mobile'),
        phone(ctx, 'alternateMobile'),
        phone(ctx, 'office'),
        simple(ctx, 'email', personalEmail),
        authenticator(ctx, true),
        simple(ctx, 'softwareOath', personalEmail),
        fido2(ctx, 'key'),
        windowsHello(ctx),
      );
      break;
  }
  m.push({
    kind: 'password',
    id: WELL_KNOWN_ID.password,
    createdDateTime: isoDaysAgo(ctx, 0, 700),
    lastUsedDateTime: null,
  });
  return { methods: m, defaultMethod: defaultFor(ctx, m) };
}

function defaultFor(ctx: MethodContext, methods: AuthMethod[]): DefaultMethod {
  if (methods.some((x) => x.kind === 'microsoftAuthenticator')) return 'push';
  const mobile = methods.some((x) => x.kind === 'phone' && x.phoneType === 'mobile');
  if (mobile) return ctx.rng.chance(0.85) ? 'sms' : 'voiceMobile';
  if (methods.some((x) => x.kind === 'softwareOath')) return 'oath';
  if (methods.some((x) => x.kind === 'phone' && x.phoneType === 'office')) return 'voiceOffice';
  return 'none';
}

export function temporaryAccessPass(ctx: MethodContext): AuthMethod {
  const start = ctx.now - ctx.rng.int(0, 6 * 60) * 60_000;
  return {
    kind: 'temporaryAccessPass',
    id: ctx.rng.guid(),
    createdDateTime: new Date(start).toISOString(),
    startDateTime: new Date(start).toISOString(),
    lifetimeInMinutes: ctx.rng.pick([60, 480, 1440]),
    isUsableOnce: ctx.rng.chance(0.5),
    used: false,
    lastUsedDateTime: null,
  };
}
