import type { GraphMethod } from './graph-method.ts';

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

/** Display order: strongest first, then the fallbacks; anything Graph adds later goes last. */
export const KIND_LABEL: Record<MethodKind, string> = {
  fido2: 'Passkeys (FIDO2)',
  windowsHelloForBusiness: 'Windows Hello for Business',
  platformCredential: 'Platform credentials',
  microsoftAuthenticator: 'Microsoft Authenticator',
  softwareOath: 'Software OATH tokens',
  hardwareOath: 'Hardware OATH tokens',
  temporaryAccessPass: 'Temporary Access Pass',
  phone: 'Phones',
  email: 'Email',
  password: 'Password',
  other: 'Other methods',
};
const ORDER = Object.keys(KIND_LABEL) as MethodKind[];

const KIND_BY_TYPE: Record<string, MethodKind> = {
  passwordauthenticationmethod: 'password',
  microsoftauthenticatorauthenticationmethod: 'microsoftAuthenticator',
  fido2authenticationmethod: 'fido2',
  windowshelloforbusinessauthenticationmethod: 'windowsHelloForBusiness',
  platformcredentialauthenticationmethod: 'platformCredential',
  phoneauthenticationmethod: 'phone',
  softwareoathauthenticationmethod: 'softwareOath',
  hardwareoathauthenticationmethod: 'hardwareOath',
  temporaryaccesspassauthenticationmethod: 'temporaryAccessPass',
  emailauthenticationmethod: 'email',
};

/** "#microsoft.graph.fido2AuthenticationMethod" → "fido2AuthenticationMethod". */
export function typeNameOf(method: GraphMethod): string {
  return (method['@odata.type'] ?? '').replace(/^#?microsoft\.graph\./i, '');
}

export function methodKindOf(method: GraphMethod): MethodKind {
  return KIND_BY_TYPE[typeNameOf(method).toLowerCase()] ?? 'other';
}

export interface MethodGroup {
  kind: MethodKind;
  label: string;
  methods: GraphMethod[];
}

/** Methods grouped by kind in display order; unknown types are kept (in "Other methods"), never dropped. */
export function groupMethods(methods: readonly GraphMethod[]): MethodGroup[] {
  const byKind = new Map<MethodKind, GraphMethod[]>();
  for (const method of methods) {
    const kind = methodKindOf(method);
    byKind.set(kind, [...(byKind.get(kind) ?? []), method]);
  }
  return ORDER.filter((kind) => byKind.has(kind)).map((kind) => ({
    kind,
    label: KIND_LABEL[kind],
    methods: byKind.get(kind) ?? [],
  }));
}
