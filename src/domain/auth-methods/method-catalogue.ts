import type { StrengthClass } from '../../../entra-facts/strength-classes.ts';

/**
 * What the app knows about each kind of authentication method, one row per kind (docs/graph-notes.md §4):
 * Graph's type, the collection it is deleted from, what a person calls it, how strong it is, and which
 * default-method values it backs. Every table about method kinds reads this one.
 */
export type MethodKind =
  | 'password'
  | 'microsoftAuthenticator'
  | 'fido2'
  | 'windowsHelloForBusiness'
  | 'platformCredential'
  | 'phone'
  | 'softwareOath'
  | 'hardwareOath'
  | 'temporaryAccessPass'
  | 'email'
  | 'other';

export interface MethodKindRow {
  /** `@odata.type` without `#microsoft.graph.`; undefined for the catch-all of types Graph adds later. */
  graphType: string | undefined;
  /** The type-specific collection DELETE goes to (§4.2–§4.9); undefined: never deletable here. */
  deleteSegment: string | undefined;
  /** Heading of the kind's group on the user page. */
  label: string;
  /** What a person calls one of them, for confirmation sentences. */
  noun: string;
  /** The class this kind gives a user (docs/graph-notes.md §3.1); undefined: not a sign-in factor alone. */
  strength: StrengthClass | undefined;
  /** Deleting one takes a typed confirmation: a passkey is the hardest method to get back. */
  typedConfirmation: boolean;
  /** `userDefaultAuthenticationMethodType` (and system-preferred) values this kind backs, lower-cased (§11.5). */
  defaultValues: readonly string[];
}

/** In display order: strongest first, then the fallbacks; anything Graph adds later goes last. */
export const METHOD_CATALOGUE: Readonly<Record<MethodKind, MethodKindRow>> = {
  fido2: {
    graphType: 'fido2AuthenticationMethod',
    deleteSegment: 'fido2Methods',
    label: 'Passkeys (FIDO2)',
    noun: 'passkey (FIDO2 security key)',
    strength: 'phishingResistant',
    typedConfirmation: true,
    // Values only the system-preferred string is seen to carry.
    defaultValues: ['fido2', 'passkey'],
  },
  windowsHelloForBusiness: {
    graphType: 'windowsHelloForBusinessAuthenticationMethod',
    deleteSegment: 'windowsHelloForBusinessMethods',
    label: 'Windows Hello for Business',
    noun: 'Windows Hello for Business credential',
    strength: 'phishingResistant',
    typedConfirmation: false,
    defaultValues: ['windowshelloforbusiness'],
  },
  platformCredential: {
    graphType: 'platformCredentialAuthenticationMethod',
    deleteSegment: 'platformCredentialMethods',
    label: 'Platform credentials',
    noun: 'platform credential (Platform SSO)',
    strength: 'phishingResistant',
    typedConfirmation: false,
    defaultValues: [],
  },
  microsoftAuthenticator: {
    graphType: 'microsoftAuthenticatorAuthenticationMethod',
    deleteSegment: 'microsoftAuthenticatorMethods',
    label: 'Microsoft Authenticator',
    noun: 'Microsoft Authenticator registration',
    strength: 'strong',
    typedConfirmation: false,
    defaultValues: ['push'],
  },
  softwareOath: {
    graphType: 'softwareOathAuthenticationMethod',
    deleteSegment: 'softwareOathMethods',
    label: 'Software OATH tokens',
    noun: 'software OATH token',
    strength: 'strong',
    typedConfirmation: false,
    defaultValues: ['oath'],
  },
  hardwareOath: {
    graphType: 'hardwareOathAuthenticationMethod',
    // Only beta has a hardwareOathMethods collection (§4.0); the app writes none of it.
    deleteSegment: undefined,
    label: 'Hardware OATH tokens',
    noun: 'hardware OATH token',
    strength: 'strong',
    typedConfirmation: false,
    defaultValues: ['oath'],
  },
  temporaryAccessPass: {
    graphType: 'temporaryAccessPassAuthenticationMethod',
    deleteSegment: 'temporaryAccessPassMethods',
    label: 'Temporary Access Pass',
    noun: 'Temporary Access Pass',
    strength: undefined,
    typedConfirmation: false,
    defaultValues: ['temporaryaccesspass'],
  },
  phone: {
    graphType: 'phoneAuthenticationMethod',
    deleteSegment: 'phoneMethods',
    label: 'Phones',
    noun: 'phone',
    strength: 'weakOnly',
    typedConfirmation: false,
    // Which phone backs which value is in default-method.ts: it depends on the phone's type.
    defaultValues: ['sms', 'voicemobile', 'voicealternatemobile', 'voiceoffice'],
  },
  email: {
    graphType: 'emailAuthenticationMethod',
    deleteSegment: 'emailMethods',
    label: 'Email',
    noun: 'email address',
    strength: 'weakOnly',
    typedConfirmation: false,
    defaultValues: [],
  },
  password: {
    graphType: 'passwordAuthenticationMethod',
    // The password is never deletable: it is reset instead.
    deleteSegment: undefined,
    label: 'Password',
    noun: 'password',
    strength: undefined,
    typedConfirmation: false,
    defaultValues: [],
  },
  other: {
    graphType: undefined,
    // Unknown types have no documented DELETE.
    deleteSegment: undefined,
    label: 'Other methods',
    noun: 'method',
    strength: undefined,
    typedConfirmation: false,
    defaultValues: [],
  },
};

export const METHOD_KINDS_IN_ORDER = Object.keys(METHOD_CATALOGUE) as MethodKind[];

export const kindLabel = (kind: MethodKind): string => METHOD_CATALOGUE[kind].label;
export const kindNoun = (kind: MethodKind): string => METHOD_CATALOGUE[kind].noun;
export const deleteSegmentOf = (kind: MethodKind): string | undefined => METHOD_CATALOGUE[kind].deleteSegment;
export const needsTypedConfirmation = (kind: MethodKind): boolean => METHOD_CATALOGUE[kind].typedConfirmation;

const KIND_BY_TYPE = new Map(
  METHOD_KINDS_IN_ORDER.flatMap((kind) => {
    const type = METHOD_CATALOGUE[kind].graphType;
    return type ? [[type.toLowerCase(), kind] as const] : [];
  }),
);

/** Graph's type name, any case → its kind; anything Graph adds later is `other`, never dropped. */
export function kindOfTypeName(typeName: string): MethodKind {
  return KIND_BY_TYPE.get(typeName.toLowerCase()) ?? 'other';
}
