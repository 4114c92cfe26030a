import type {
  EmailAuthenticationMethod,
  HardwareOathAuthenticationMethod,
  MicrosoftAuthenticatorAuthenticationMethod,
  PhoneAuthenticationMethod,
  PlatformCredentialAuthenticationMethod,
  WindowsHelloForBusinessAuthenticationMethod,
} from '@microsoft/microsoft-graph-types-beta';
import type { Fido2Method, GraphMethod, TapMethod } from '../../../domain/auth-methods/graph-method.ts';
import { formatDateTime, formatLifetime, humanise, UNKNOWN } from './format-values.ts';
import { methodKindOf, typeNameOf } from '../../../domain/auth-methods/method-kinds.ts';
import type { MethodKind } from '../../../domain/auth-methods/method-catalogue.ts';
import { classifyPasskey, PASSKEY_CLASS_LABEL } from '../../../domain/passkeys/passkey-class.ts';

export interface MethodDetail {
  label: string;
  value: string;
}

/** What tells a human which phone, key or device this is. */
export interface MethodDescription {
  id: string;
  kind: MethodKind;
  title: string;
  details: MethodDetail[];
  /** "Created", or "Last changed" for the password, whose createdDateTime is its last change. */
  createdLabel: string;
  created: string;
  lastUsed: string;
}

type DateFormat = (iso: string | null | undefined) => string;

const PHONE_TITLE: Record<string, string> = {
  mobile: 'Mobile phone',
  alternatemobile: 'Alternate mobile phone',
  office: 'Office phone',
};

// methodUsabilityReason is PascalCase in v1.0 docs and camelCase in beta: compare lower-cased (§4.7).
const TAP_REASON: Record<string, string> = {
  enabledbypolicy: 'enabled by policy',
  disabledbypolicy: 'disabled by policy',
  expired: 'expired',
  notyetvalid: 'not yet valid',
  onetimeused: 'its one use is spent',
};

export function tapUsabilityText(tap: TapMethod): string {
  const reason = tap.methodUsabilityReason
    ? (TAP_REASON[tap.methodUsabilityReason.toLowerCase()] ??
      humanise(tap.methodUsabilityReason).toLowerCase())
    : undefined;
  if (tap.isUsable == null) return reason ? `Not reported (${reason})` : 'Not reported';
  return `${tap.isUsable ? 'Yes' : 'No'}${reason ? ` — ${reason}` : ''}`;
}

function present(details: { label: string; value: string | null | undefined }[]): MethodDetail[] {
  return details.filter((d): d is MethodDetail => d.value != null && d.value !== '');
}

function kindSpecific(
  kind: MethodKind,
  method: GraphMethod,
  date: DateFormat,
  aaguidNames: Readonly<Record<string, string>> | undefined,
): { title: string; details: MethodDetail[] } {
  switch (kind) {
    case 'phone': {
      const phone = method as PhoneAuthenticationMethod;
      return {
        title: PHONE_TITLE[(phone.phoneType ?? '').toLowerCase()] ?? 'Phone',
        details: present([
          { label: 'Number', value: phone.phoneNumber ?? UNKNOWN },
          { label: 'Type', value: humanise(phone.phoneType) },
          { label: 'SMS sign-in', value: humanise(phone.smsSignInState) },
        ]),
      };
    }
    case 'fido2': {
      const key = method as Fido2Method;
      const identity = aaguidNames && classifyPasskey(key, aaguidNames);
      return {
        title: key.displayName || 'Passkey',
        details: present([
          {
            label: 'Authenticator',
            value:
              identity &&
              [PASSKEY_CLASS_LABEL[identity.class], identity.name ?? identity.why].filter(Boolean).join(': '),
          },
          { label: 'Model', value: key.model ?? UNKNOWN },
          { label: 'AAGUID', value: key.aaGuid },
          { label: 'Passkey type', value: key.passkeyType && humanise(key.passkeyType) },
          { label: 'Attestation', value: key.attestationLevel && humanise(key.attestationLevel) },
        ]),
      };
    }
    case 'microsoftAuthenticator': {
      const app = method as MicrosoftAuthenticatorAuthenticationMethod;
      return {
        title: app.displayName || 'Authenticator device',
        details: present([
          { label: 'App version', value: app.phoneAppVersion ?? UNKNOWN },
          { label: 'App', value: app.clientAppName && humanise(app.clientAppName) },
          { label: 'Device tag', value: app.deviceTag && humanise(app.deviceTag) },
        ]),
      };
    }
    case 'windowsHelloForBusiness': {
      const hello = method as WindowsHelloForBusinessAuthenticationMethod;
      return {
        title: hello.displayName || 'Windows device',
        details: [{ label: 'Key strength', value: humanise(hello.keyStrength) }],
      };
    }
    case 'platformCredential': {
      const cred = method as PlatformCredentialAuthenticationMethod;
      return {
        title: cred.displayName || 'Platform credential',
        details: [
          {
            label: 'Platform',
            value:
              cred.platform === 'macOS' || cred.platform === 'iOS' ? cred.platform : humanise(cred.platform),
          },
          { label: 'Key strength', value: humanise(cred.keyStrength) },
        ],
      };
    }
    case 'softwareOath':
      return { title: 'Authenticator app or software token (OATH)', details: [] };
    case 'hardwareOath': {
      const token = (method as HardwareOathAuthenticationMethod).device;
      return {
        title: token?.displayName || 'Hardware token',
        details: present([
          { label: 'Serial number', value: token?.serialNumber },
          { label: 'Manufacturer', value: token?.manufacturer },
          { label: 'Model', value: token?.model },
        ]),
      };
    }
    case 'temporaryAccessPass': {
      const tap = method as TapMethod;
      return {
        title: 'Temporary Access Pass',
        details: [
          { label: 'Lifetime', value: formatLifetime(tap.lifetimeInMinutes) },
          { label: 'Starts', value: date(tap.startDateTime) },
          {
            label: 'Use',
            value: tap.isUsableOnce == null ? UNKNOWN : tap.isUsableOnce ? 'One-time' : 'Multi-use',
          },
          { label: 'Usable now', value: tapUsabilityText(tap) },
        ],
      };
    }
    case 'email':
      return { title: (method as EmailAuthenticationMethod).emailAddress || 'Email address', details: [] };
    case 'password':
      return { title: 'Password', details: [] };
    case 'other': {
      // A type Graph added after this app was written: show what it is rather than hide it.
      const name = (method as { displayName?: unknown }).displayName;
      return {
        title: typeof name === 'string' && name ? name : humanise(typeNameOf(method) || 'unknown method'),
        details: [{ label: 'Graph type', value: typeNameOf(method) || UNKNOWN }],
      };
    }
  }
}

/** `aaguidNames`, once loaded, name a passkey's authenticator (domain/passkeys). */
export function describeMethod(
  method: GraphMethod,
  date: DateFormat = formatDateTime,
  aaguidNames?: Readonly<Record<string, string>>,
): MethodDescription {
  const kind = methodKindOf(method);
  const { title, details } = kindSpecific(kind, method, date, aaguidNames);
  return {
    id: method.id ?? '',
    kind,
    title,
    details,
    createdLabel: kind === 'password' ? 'Last changed' : 'Created',
    created: date(method.createdDateTime),
    lastUsed: date(method.lastUsedDateTime),
  };
}
