import type { AuthMethod } from '../../../tenant/model.ts';

/** The typed collections under /authentication and the per-method scope family each accepts. */
export interface MethodCollection {
  segment: string;
  kind: AuthMethod['kind'];
  family: string;
  deletable: boolean;
  /** Single GETs accept $expand=device (docs/graph-notes.md §4.5, §4.8, §4.9). */
  hasDevice: boolean;
}

export const METHOD_COLLECTIONS: readonly MethodCollection[] = [
  { segment: 'phoneMethods', kind: 'phone', family: 'Phone', deletable: true, hasDevice: false },
  { segment: 'emailMethods', kind: 'email', family: 'Email', deletable: true, hasDevice: false },
  { segment: 'fido2Methods', kind: 'fido2', family: 'Passkey', deletable: true, hasDevice: false },
  {
    segment: 'microsoftAuthenticatorMethods',
    kind: 'microsoftAuthenticator',
    family: 'MicrosoftAuthApp',
    deletable: true,
    hasDevice: true,
  },
  {
    segment: 'softwareOathMethods',
    kind: 'softwareOath',
    family: 'SoftwareOATH',
    deletable: true,
    hasDevice: false,
  },
  {
    segment: 'temporaryAccessPassMethods',
    kind: 'temporaryAccessPass',
    family: 'TAP',
    deletable: true,
    hasDevice: false,
  },
  {
    segment: 'windowsHelloForBusinessMethods',
    kind: 'windowsHelloForBusiness',
    family: 'WindowsHello',
    deletable: true,
    hasDevice: true,
  },
  {
    segment: 'platformCredentialMethods',
    kind: 'platformCredential',
    family: 'PlatformCred',
    deletable: true,
    hasDevice: true,
  },
  { segment: 'passwordMethods', kind: 'password', family: 'Password', deletable: false, hasDevice: false },
];

export function collectionOf(kind: AuthMethod['kind']): MethodCollection {
  return METHOD_COLLECTIONS.find((c) => c.kind === kind) as MethodCollection;
}
